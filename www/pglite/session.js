// Loopscope's database in the page: many client connections on PGlite's one session.
//
// A program's connections (our asyncpg's sockets) send PostgreSQL protocol v3 bytes; this
// turns each connection's byte stream into whole messages and runs them on the one
// PGlite instance with `execProtocolRaw`, in order, and hands each connection the bytes
// that came back. Rules (PGlite has a single session, a server has one per connection):
//   - The startup packet is answered for PGlite: an SSLRequest gets 'N' (PGlite would
//     throw and spin on it), a CancelRequest is dropped (one session cannot cancel
//     itself), a StartupMessage runs on the session and its answer goes to the client.
//   - A connection holds the session from its first message until a ReadyForQuery that
//     says idle ('I'): while it is inside a transaction ('T', 'E') or in the middle of an
//     extended query or a COPY, other connections' messages wait their turn.
//   - COPY ... FROM STDIN (which PGlite's raw protocol cannot take: it exits) is played
//     here: we answer CopyInResponse, collect the CopyData, and run the same COPY from
//     '/dev/blob' with the data as PGlite's blob, answering CommandComplete and the
//     session's ReadyForQuery (or the error). COPY ... TO STDOUT is refused with an error.
//   - Terminate (which PGlite answers with nothing) closes the connection on our side; a
//     transaction it left open is rolled back and the statements it prepared deallocated.
//   - A connection that waits longer than `WAIT_LIMIT_MS` for another one's open
//     transaction gets an ErrorResponse naming the one that holds it, instead of hanging
//     for ever (on a real server both would run; here the second can only wait).

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const GSS_REQUEST = 80877104;
export const WAIT_LIMIT_MS = 5000;
/** Rows of each table the Database panel shows (its count says how many there are). */
export const SNAPSHOT_ROWS = 100;

function int32(bytes, at) {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** An ErrorResponse message (severity ERROR) with `code` and `message`. */
export function errorResponse(code, message, detail) {
  const enc = new TextEncoder();
  const fields = [["S", "ERROR"], ["V", "ERROR"], ["C", code], ["M", message]];
  if (detail) fields.push(["D", detail]);
  const parts = [];
  for (const [k, v] of fields) parts.push(enc.encode(k), enc.encode(v), new Uint8Array([0]));
  parts.push(new Uint8Array([0]));
  const length = parts.reduce((n, p) => n + p.length, 0) + 4;
  const out = new Uint8Array(length + 1);
  out[0] = 69; // 'E'
  out[1] = (length >>> 24) & 255;
  out[2] = (length >>> 16) & 255;
  out[3] = (length >>> 8) & 255;
  out[4] = length & 255;
  let at = 5;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function simpleQuery(sql) {
  const body = new TextEncoder().encode(sql);
  const length = body.length + 5;
  const out = new Uint8Array(length + 1);
  out[0] = 81; // 'Q'
  out[1] = (length >>> 24) & 255;
  out[2] = (length >>> 16) & 255;
  out[3] = (length >>> 8) & 255;
  out[4] = length & 255;
  out.set(body, 5);
  return out;
}

/** The status byte of the last ReadyForQuery in `bytes`, or null if there is none. */
function lastReadyStatus(bytes) {
  let status = null;
  let at = 0;
  while (at + 5 <= bytes.length) {
    const size = int32(bytes, at + 1);
    if (bytes[at] === 90 && size === 5) status = String.fromCharCode(bytes[at + 5]);
    at += size + 1;
  }
  return status;
}

/** A StartupMessage's settings other than user, database and client_encoding. */
function startupSettings(body) {
  const parts = new TextDecoder().decode(body).split("\0");
  const out = [];
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) {
    if (!["user", "database", "client_encoding", "options", "replication"].includes(parts[i])) {
      out.push([parts[i], parts[i + 1]]);
    }
  }
  return out;
}

/** The statement name a Parse message declares ('' for the unnamed one). */
function parseName(message) {
  let end = 5;
  while (end < message.length && message[end] !== 0) end++;
  return new TextDecoder().decode(message.subarray(5, end));
}

export class Sessions {
  /**
   * `pg` is a PGlite instance (or anything with `execProtocolRaw`); `deliver(conn, event)`
   * hands a connection its events: {kind: 'data', bytes}, {kind: 'eof'}.
   */
  constructor(pg, deliver) {
    this.pg = pg;
    this.deliver = deliver;
    this.conns = new Map();
    this.holder = null;
    this.queue = [];
    this.running = false;
  }

  open(conn) {
    this.conns.set(conn, { buffer: new Uint8Array(0), started: false, statements: new Set(), waitingSince: null });
  }

  /** Bytes a connection sent. */
  send(conn, bytes) {
    const c = this.conns.get(conn);
    if (!c) return;
    c.buffer = concat(c.buffer, bytes);
    const batch = [];
    for (;;) {
      const buf = c.buffer;
      if (!c.started) {
        if (buf.length < 8) break;
        const size = int32(buf, 0);
        if (buf.length < size) break;
        const code = int32(buf, 4);
        c.buffer = buf.slice(size);
        if (code === SSL_REQUEST || code === GSS_REQUEST) {
          this.deliver(conn, { kind: "data", bytes: new Uint8Array([78]) }); // 'N'
          continue;
        }
        if (code === CANCEL_REQUEST) {
          this.close(conn);
          this.deliver(conn, { kind: "eof" });
          return;
        }
        c.started = true;
        batch.push(buf.slice(0, size));
        c.settings = startupSettings(buf.subarray(8, size));
        continue;
      }
      if (buf.length < 5) break;
      const size = int32(buf, 1) + 1;
      if (buf.length < size) break;
      const message = buf.slice(0, size);
      c.buffer = buf.slice(size);
      if (message[0] === 88) {
        // Terminate: PGlite answers nothing; the connection ends here.
        if (batch.length) this.enqueue(conn, batch.splice(0));
        this.enqueue(conn, null);
        return;
      }
      if (c.copy) {
        // Inside COPY FROM STDIN: CopyData is collected, CopyDone or CopyFail ends it.
        if (message[0] === 100) c.copy.chunks.push(message.slice(5));
        else if (message[0] === 99 || message[0] === 102) {
          const copy = c.copy;
          c.copy = null;
          copy.failed = message[0] === 102 ? new TextDecoder().decode(message.subarray(5, message.length - 1)) : null;
          this.queue.push({ conn, batch: [], copy });
          this.pump();
        }
        continue;
      }
      if (message[0] === 81) {
        const sql = new TextDecoder().decode(message.subarray(5, message.length - 1));
        if (/^\s*COPY\b[\s\S]*\bFROM\s+STDIN\b/i.test(sql)) {
          if (batch.length) this.enqueue(conn, batch.splice(0));
          c.copy = { sql: sql.replace(/\bFROM\s+STDIN\b/i, "FROM '/dev/blob'"), chunks: [], started: false };
          this.enqueue(conn, [], { start: true, sql, binary: /FORMAT\s+binary|\bBINARY\b/i.test(sql) });
          continue;
        }
        if (/^\s*COPY\b[\s\S]*\bTO\s+STDOUT\b/i.test(sql)) {
          if (batch.length) this.enqueue(conn, batch.splice(0));
          this.enqueue(conn, [], { refuse: "COPY TO STDOUT is not available with the database in the page (PGlite)" });
          continue;
        }
      }
      if (message[0] === 80) c.statements.add(parseName(message));
      batch.push(message);
    }
    if (batch.length) this.enqueue(conn, batch);
  }

  /** Runs one step of the COPY emulation; returns the bytes for the client. */
  async copyStep(copy) {
    if (copy.start) {
      // CopyInResponse: overall format, and no per-column formats (clients do not need them).
      return new Uint8Array([71, 0, 0, 0, 7, copy.binary ? 1 : 0, 0, 0]);
    }
    if (copy.refuse) {
      return concat(errorResponse("0A000", copy.refuse), (await this.pg.execProtocolRaw(new Uint8Array([83, 0, 0, 0, 4]))).slice());
    }
    let reply;
    if (copy.failed !== null) {
      reply = errorResponse("57014", `COPY from stdin failed: ${copy.failed}`);
    } else {
      const size = copy.chunks.reduce((n, b) => n + b.length, 0);
      const data = new Uint8Array(size);
      let at = 0;
      for (const b of copy.chunks) {
        data.set(b, at);
        at += b.length;
      }
      try {
        const result = await this.pg.query(copy.sql, [], { blob: new Blob([data]) });
        const tag = new TextEncoder().encode(`COPY ${result.affectedRows ?? 0}`);
        reply = new Uint8Array(tag.length + 6);
        reply[0] = 67; // 'C'
        const length = tag.length + 5;
        reply[1] = (length >>> 24) & 255;
        reply[2] = (length >>> 16) & 255;
        reply[3] = (length >>> 8) & 255;
        reply[4] = length & 255;
        reply.set(tag, 5);
      } catch (error) {
        reply = errorResponse(error.code || "XX000", error.message || String(error), error.detail);
      }
    }
    // The session's own ReadyForQuery says whether a transaction is open (or failed).
    return concat(reply, (await this.pg.execProtocolRaw(new Uint8Array([83, 0, 0, 0, 4]))).slice());
  }

  /** The program closed the connection (or it went away with its run). */
  close(conn) {
    if (!this.conns.has(conn)) return;
    this.enqueue(conn, null);
  }

  enqueue(conn, batch, copy = null) {
    const c = this.conns.get(conn);
    if (c && c.waitingSince === null && this.holder !== null && this.holder !== conn) {
      c.waitingSince = Date.now();
    }
    this.queue.push({ conn, batch, copy });
    this.pump();
  }

  /** Runs queued work: the holder's first, then others' in order when the session is free. */
  async pump() {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.queue.findIndex((w) => this.holder === null || w.conn === this.holder);
        if (index < 0) break;
        const [{ conn, batch, copy, look }] = this.queue.splice(index, 1);
        if (look) {
          look(await this.tables());
          continue;
        }
        const c = this.conns.get(conn);
        if (c) c.waitingSince = null;
        if (batch === null) {
          await this.finish(conn);
          continue;
        }
        if (!c) continue;
        if (copy) {
          const reply = await this.copyStep(copy);
          // The connection holds the session from CopyInResponse to its ReadyForQuery.
          this.holder = copy.start ? conn : lastReadyStatus(reply) === "I" ? null : conn;
          this.deliver(conn, { kind: "data", bytes: reply });
          continue;
        }
        const bytes = batch.length === 1 ? batch[0] : batch.reduce(concat);
        let reply;
        try {
          // A copy: PGlite reuses the buffer it answers in for its next call.
          reply = (await this.pg.execProtocolRaw(bytes)).slice();
        } catch (error) {
          reply = errorResponse("XX000", `PGlite failed: ${error && error.message ? error.message : error}`);
        }
        if (c.settings) {
          // PGlite ignores a StartupMessage's settings: apply them as SET does.
          for (const [name, value] of c.settings) {
            const quoted = value.replaceAll("'", "''");
            try {
              await this.pg.execProtocolRaw(simpleQuery(`SET "${name.replaceAll('"', '""')}" TO '${quoted}'`));
            } catch {
              // An unknown setting: a server would refuse the connection; PGlite goes on.
            }
          }
          c.settings = null;
        }
        const status = lastReadyStatus(reply);
        this.holder = status === "I" ? null : conn;
        if (reply.length) this.deliver(conn, { kind: "data", bytes: reply });
      }
    } finally {
      this.running = false;
    }
  }

  /** Ends a connection: rolls back what it left open, forgets its statements. */
  async finish(conn) {
    const c = this.conns.get(conn);
    if (!c) return;
    this.conns.delete(conn);
    this.queue = this.queue.filter((w) => w.conn !== conn);
    const cleanup = [];
    if (this.holder === conn) cleanup.push("ROLLBACK");
    for (const name of c.statements) {
      if (name) cleanup.push(`DEALLOCATE "${name.replaceAll('"', '""')}"`);
    }
    this.holder = this.holder === conn ? null : this.holder;
    for (const sql of cleanup) {
      try {
        await this.pg.execProtocolRaw(simpleQuery(sql));
      } catch {
        // The session is reset with the next run anyway.
      }
    }
    this.deliver(conn, { kind: "eof" });
  }

  /**
   * Connections that have waited too long for another's open transaction: each gets an
   * ErrorResponse and ReadyForQuery, as if its statement had failed. Call periodically.
   */
  expireWaits(now = Date.now()) {
    if (this.holder === null) return;
    for (const [conn, c] of this.conns) {
      if (conn === this.holder || c.waitingSince === null || now - c.waitingSince < WAIT_LIMIT_MS) continue;
      const waiting = this.queue.filter((w) => w.conn === conn && w.batch !== null);
      if (!waiting.length) continue;
      this.queue = this.queue.filter((w) => w.conn !== conn || w.batch === null);
      c.waitingSince = null;
      const error = errorResponse(
        "55P03",
        `connection ${conn} waited ${WAIT_LIMIT_MS / 1000} s for connection ${this.holder}, which holds an open transaction`,
        "Loopscope's database in the page (PGlite) has one session: while one connection is inside a transaction, the others wait until it commits or rolls back.",
      );
      this.deliver(conn, { kind: "data", bytes: concat(error, new Uint8Array([90, 0, 0, 0, 5, 73])) });
    }
  }

  /**
   * What the database holds, for the page's Database panel: once every connection's
   * queued work is done and no transaction is open, each table of the public schema with
   * its columns (name and type), its row count and its first `SNAPSHOT_ROWS` rows, every value as
   * PostgreSQL's text output (null for NULL), in primary-key order where there is one.
   */
  snapshot() {
    return new Promise((look) => {
      this.queue.push({ conn: null, batch: null, look });
      this.pump();
    });
  }

  async tables() {
    const ident = (name) => `"${name.replaceAll('"', '""')}"`;
    try {
      const { rows } = await this.pg.query(
        `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_attribute a ON a.attrelid = c.oid
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
            AND a.attnum > 0 AND NOT a.attisdropped
          ORDER BY c.relname, a.attnum`,
        [],
        { rowMode: "array" },
      );
      const tables = [];
      for (const [table, column, type] of rows) {
        if (!tables.length || tables[tables.length - 1].name !== table) tables.push({ name: table, columns: [] });
        tables[tables.length - 1].columns.push([column, type]);
      }
      for (const t of tables) {
        const key = await this.pg.query(
          `SELECT a.attname FROM pg_index i
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = $1::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey, a.attnum)`,
          [`public.${ident(t.name)}`],
          { rowMode: "array" },
        );
        const order = key.rows.length ? ` ORDER BY ${key.rows.map(([c]) => ident(c)).join(", ")}` : "";
        const columns = t.columns.map(([c]) => `${ident(c)}::text`).join(", ");
        const from = `public.${ident(t.name)}`;
        const count = await this.pg.query(`SELECT count(*)::text FROM ${from}`, [], { rowMode: "array" });
        t.count = Number(count.rows[0][0]);
        const shown = await this.pg.query(`SELECT ${columns || "NULL"} FROM ${from}${order} LIMIT ${SNAPSHOT_ROWS}`, [], { rowMode: "array" });
        t.rows = columns ? shown.rows : shown.rows.map(() => []);
      }
      return { tables };
    } catch (error) {
      return { tables: [], error: String(error && error.message ? error.message : error) };
    }
  }

  /** Starts over for a new run: every connection gone, the sample data fresh. */
  async reset(sampleSql) {
    for (const conn of [...this.conns.keys()]) this.deliver(conn, { kind: "eof" });
    this.conns.clear();
    this.queue = [];
    this.holder = null;
    // The program's role is "user" (the tutorials' DSN), as on our test server; PGlite's
    // one database stays "postgres".
    const statements = [
      "ROLLBACK",
      "DEALLOCATE ALL",
      "RESET SESSION AUTHORIZATION",
      "DROP SCHEMA IF EXISTS public CASCADE",
      "CREATE SCHEMA public",
      "DO $$ BEGIN CREATE ROLE \"user\" LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
      "SET SESSION AUTHORIZATION \"user\"",
      "RESET ALL",
    ];
    for (const sql of statements) await this.pg.execProtocolRaw(simpleQuery(sql));
    if (sampleSql) await this.pg.exec(sampleSql);
  }
}
