// The static server `cargo xtask serve` runs over the built site (dist/), and the e2e tests'
// server: files as they are on disk, with the precompressed copies that www/compress.mjs
// writes (`NAME.br`, `NAME.gz`) sent with `Content-Encoding` when the browser accepts them.
// While the first build is still running (no index.html yet) it answers with a page that
// says so and reloads itself, so the address works from the moment it is printed.
//
//   node xtask/site-server.mjs DIR [--port N]     (default port 8080, on 127.0.0.1)
import http from "node:http";
import fs from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Content types by file extension (the browser benchmark's server uses them too). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".py": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".zip": "application/zip",
};

const BUILDING = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<title>Loopscope — building</title>
<body style="font:16px system-ui;margin:3rem">
<h1 style="font-size:1.3rem">Loopscope is being built…</h1>
<p>The first build takes a few minutes; this page reloads itself when the playground is ready.</p>`;

/** The encodings a request accepts, by name (q=0 refuses one). */
function accepted(header = "") {
  const names = new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/** Which file answers `urlPath`, and how: { file, encoding } or null. */
async function resolve(root, urlPath, acceptEncoding) {
  let file = path.join(root, urlPath.endsWith("/") ? urlPath + "index.html" : urlPath);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) file = path.join(file, "index.html");
  else if (!stat?.isFile()) return null;
  const ok = accepted(acceptEncoding);
  for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (ok.has(encoding) && existsSync(file + ext)) return { file, body: file + ext, encoding };
  }
  return existsSync(file) ? { file, body: file, encoding: null } : null;
}

/** Serves the folder `dir`; resolves to { url, port, close }. Port 0 picks a free one. */
export async function serveSite(dir, { port = 0, host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end("bad path");
      return;
    }
    if (!existsSync(path.join(root, "index.html"))) {
      res.writeHead(503, { "content-type": TYPES[".html"], "retry-after": "2" }).end(BUILDING);
      return;
    }
    const found = await resolve(root, urlPath, req.headers["accept-encoding"]);
    if (!found) {
      res.writeHead(404, { "content-type": TYPES[".txt"] }).end("not found");
      return;
    }
    try {
      const body = await fs.readFile(found.body);
      const headers = {
        "content-type": TYPES[path.extname(found.file)] || "application/octet-stream",
        "content-length": body.length,
        // Names are stable (Trunk.toml: filehash = false): always revalidate.
        "cache-control": "no-cache",
        vary: "Accept-Encoding",
      };
      if (found.encoding) headers["content-encoding"] = found.encoding;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      // The build swapped the file out between the lookup and the read.
      res.writeHead(503, { "retry-after": "1" }).end();
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const bound = server.address().port;
  return {
    url: `http://${host}:${bound}/`,
    port: bound,
    close: () => new Promise((r) => server.close(r)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port");
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 8080;
  if (!dir || !Number.isInteger(port)) {
    console.error("usage: node xtask/site-server.mjs DIR [--port N]");
    process.exit(2);
  }
  const site = await serveSite(dir, { port }).catch((e) => {
    console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
  const index = path.join(path.resolve(dir), "index.html");
  let announced = false;
  const announce = () => {
    if (announced || !existsSync(index)) return;
    announced = true;
    console.log(`\nLoopscope playground: ${site.url}  (Ctrl+C stops)\n`);
  };
  console.log(`Serving ${dir} on ${site.url} (the page says when the first build is still running)`);
  announce();
  const timer = setInterval(announce, 500);
  timer.unref();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
}
