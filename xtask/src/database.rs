//! PostgreSQL for the database tests: installs it, starts throwaway clusters, and builds
//! the oracle (CPython with the real `asyncpg` and SQLAlchemy) that blesses `tests/database/`.
//!
//! A [`Cluster`] is a fresh PostgreSQL in a temporary folder on a free local port, stopped
//! and deleted when dropped. TCP connections from 127.0.0.1 log in with a password
//! (`scram-sha-256`, as a real server asks), as role `"user"` with password `pass`; the
//! unix socket in the cluster's folder trusts everyone, and is how we administer it with
//! `psql`. The template database `sample` holds `www/pglite/sample.sql`, and
//! [`Cluster::reset`] makes `mydb` a fresh copy of it before each program.
//!
//! Programs are written against the tutorials' DSN, `postgresql://user:pass@localhost:5432/mydb`,
//! verbatim. Under CPython, `xtask/oracle/sitecustomize.py` sends a connection to port 5432
//! on localhost to our cluster's port instead (`LOOPSCOPE_PG_PORT`); under Loopscope,
//! `loopscope run --database URL` does the same.

use crate::tools::{self, output, workspace_root};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The role and password the programs log in with.
pub const ROLE: &str = "user";
pub const PASSWORD: &str = "pass";

/// Where PostgreSQL's server programs are (`initdb`, `pg_ctl`, `psql`): `pg_config
/// --bindir`, else the newest `/usr/lib/postgresql/*/bin` (Debian keeps them off `PATH`),
/// else `PATH`.
pub fn bin_dir() -> Option<PathBuf> {
    let has_server = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Ok(out) = output(Command::new("pg_config").arg("--bindir")) {
        let dir = PathBuf::from(out.trim());
        if has_server(&dir) {
            return Some(dir);
        }
    }
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse().ok()?;
            Some((major, e.path().join("bin")))
        })
        .filter(|(_, dir)| has_server(dir))
        .collect();
    debian.sort();
    if let Some((_, dir)) = debian.pop() {
        return Some(dir);
    }
    let initdb = output(Command::new("sh").args(["-c", "command -v initdb"])).ok()?;
    let dir = Path::new(initdb.trim()).parent()?.to_path_buf();
    has_server(&dir).then_some(dir)
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0")
}

/// Installs Debian's `postgresql` when its server programs are missing (as root; otherwise
/// says what to install).
pub fn ensure_postgresql() -> Result<String, String> {
    if let Some(dir) = bin_dir() {
        return Ok(format!("present ({})", dir.display()));
    }
    if !is_root() {
        return Err("PostgreSQL is missing. Install Debian's `postgresql` \
                    (sudo apt-get install postgresql) and run again."
            .into());
    }
    tools::run(
        Command::new("apt-get")
            .args(["update", "-qq"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    tools::run(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "postgresql"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    match bin_dir() {
        Some(dir) => Ok(format!("installed ({})", dir.display())),
        None => Err("installed postgresql, but found no initdb and pg_ctl".into()),
    }
}

/// A throwaway PostgreSQL: started by [`Cluster::start`], stopped and deleted on drop.
pub struct Cluster {
    bin: PathBuf,
    /// The temporary folder: `data/` (the cluster), `log`, and the unix socket.
    dir: PathBuf,
    port: u16,
    /// Root runs the server as `postgres` (PostgreSQL refuses to run as root).
    as_postgres: bool,
    running: bool,
}

impl Cluster {
    /// Makes, starts and fills a cluster: role `"user"`, template database `sample` from
    /// `www/pglite/sample.sql`, and a first `mydb`.
    pub fn start() -> Result<Cluster, String> {
        let t0 = Instant::now();
        let bin = bin_dir().ok_or("PostgreSQL is not installed (cargo xtask setup)")?;
        let as_postgres = is_root();
        sweep_stale_clusters(&bin, as_postgres);
        let dir = temp_dir()?;
        let mut cluster = Cluster {
            bin,
            dir,
            port: 0,
            as_postgres,
            running: false,
        };
        if as_postgres {
            output(Command::new("chown").arg("postgres:").arg(&cluster.dir))?;
        }
        let data = cluster.dir.join("data");
        output(
            cluster
                .server_command("initdb")
                .arg("-D")
                .arg(&data)
                .args(["-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"])
                .arg("--locale=C.UTF-8"),
        )?;
        let hba = "\
# Written by cargo xtask (database.rs): the socket for administration, a password over TCP.
local all all trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
";
        std::fs::write(data.join("pg_hba.conf"), hba)
            .map_err(|e| format!("writing pg_hba.conf: {e}"))?;
        // A free port can be taken between our look and the server's bind: try again.
        let mut last_error = String::new();
        for _ in 0..3 {
            cluster.port = free_port()?;
            let options = format!(
                "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off \
                 -c full_page_writes=off -c synchronous_commit=off -c TimeZone=UTC",
                cluster.port,
                cluster.dir.display()
            );
            let started = output(
                cluster
                    .server_command("pg_ctl")
                    .arg("-D")
                    .arg(&data)
                    .arg("-l")
                    .arg(cluster.dir.join("log"))
                    .args(["-w", "-t", "60", "-o", &options, "start"]),
            );
            match started {
                Ok(_) => {
                    cluster.running = true;
                    break;
                }
                Err(e) => last_error = e,
            }
        }
        if !cluster.running {
            let log = std::fs::read_to_string(cluster.dir.join("log")).unwrap_or_default();
            return Err(format!("starting PostgreSQL: {last_error}\n{log}"));
        }
        cluster.psql(
            "postgres",
            &[
                &format!("CREATE ROLE \"{ROLE}\" LOGIN SUPERUSER PASSWORD '{PASSWORD}'"),
                &format!("CREATE DATABASE sample OWNER \"{ROLE}\""),
            ],
        )?;
        // Loaded as "user", so the tables are the programs' own.
        let sample = workspace_root().join("www/pglite/sample.sql");
        output(
            cluster
                .psql_command("sample")
                .args(["-U", ROLE, "-f"])
                .arg(&sample),
        )?;
        cluster.reset()?;
        eprintln!(
            "[database] PostgreSQL on 127.0.0.1:{} ({}) ready in {:.1}s",
            cluster.port,
            cluster.dir.display(),
            t0.elapsed().as_secs_f64()
        );
        Ok(cluster)
    }

    /// The server's address for clients: `postgresql://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("postgresql://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// A libpq connection string `psql` can administer the cluster with (over the unix
    /// socket, as the superuser `postgres`).
    pub fn admin_conninfo(&self) -> String {
        format!(
            "host={} port={} user=postgres dbname=postgres",
            self.dir.display(),
            self.port
        )
    }

    /// This cluster's `psql`.
    pub fn psql_path(&self) -> PathBuf {
        self.bin.join("psql")
    }

    /// What a test run needs to reach the cluster (`crates/cli/tests/database.rs` reads
    /// these): its URL, how to reset `mydb` with `psql`, and which `psql`.
    pub fn test_env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("LOOPSCOPE_TEST_DATABASE", self.url()),
            ("LOOPSCOPE_TEST_PG_ADMIN", self.admin_conninfo()),
            (
                "LOOPSCOPE_TEST_PSQL",
                self.psql_path().display().to_string(),
            ),
            ("LOOPSCOPE_PG_PORT", self.port.to_string()),
        ]
    }

    /// Makes `mydb` a fresh copy of `sample`, owned by `"user"`, closing any connection a
    /// previous program left open.
    pub fn reset(&self) -> Result<(), String> {
        self.psql("postgres", &reset_sql()).map(|_| ())
    }

    /// Runs each statement on its own (`DROP DATABASE` refuses a transaction block).
    fn psql(&self, database: &str, statements: &[&str]) -> Result<String, String> {
        let mut cmd = self.psql_command(database);
        for s in statements {
            cmd.arg("-c").arg(s);
        }
        output(&mut cmd)
    }

    fn psql_command(&self, database: &str) -> Command {
        let mut cmd = Command::new(self.psql_path());
        cmd.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h"])
            .arg(&self.dir)
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-d",
                database,
            ]);
        cmd
    }

    /// `initdb` or `pg_ctl`, run as `postgres` when we are root.
    fn server_command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        // `postgres` may not be allowed into the caller's folder.
        cmd.current_dir(&self.dir);
        cmd
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.running {
            let data = self.dir.join("data");
            let _ = output(self.server_command("pg_ctl").arg("-D").arg(&data).args([
                "-m",
                "immediate",
                "-w",
                "stop",
            ]));
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The statements that make `mydb` a fresh copy of `sample`.
pub fn reset_sql() -> [&'static str; 2] {
    [
        "DROP DATABASE IF EXISTS mydb WITH (FORCE)",
        "CREATE DATABASE mydb TEMPLATE sample OWNER \"user\"",
    ]
}

/// The temporary folders' names start with this, then the owning xtask's process id.
const TEMP_PREFIX: &str = "loopscope-pg-";

/// Stops and deletes the clusters of xtask runs that ended without dropping them (killed,
/// or interrupted with Ctrl-C), so they do not pile up.
fn sweep_stale_clusters(bin: &Path, as_postgres: bool) {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(TEMP_PREFIX)
            .and_then(|rest| rest.split('-').next())
        else {
            continue;
        };
        if !Path::new("/proc/self").exists() || process_alive(pid) {
            continue;
        }
        let stale = Cluster {
            bin: bin.to_path_buf(),
            dir: entry.path(),
            port: 0,
            as_postgres,
            running: entry.path().join("data/postmaster.pid").exists(),
        };
        eprintln!(
            "[database] removing a stale cluster in {}",
            stale.dir.display()
        );
        drop(stale);
    }
}

/// True while process `pid` runs (a zombie, killed but not yet reaped, does not count).
fn process_alive(pid: &str) -> bool {
    std::fs::read_to_string(Path::new("/proc").join(pid).join("stat")).is_ok_and(|stat| {
        !stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.starts_with(" Z"))
    })
}

fn free_port() -> Result<u16, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("finding a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("finding a free port: {e}"))
}

/// A new folder under the system's temporary folder (short: the unix socket's path is
/// limited to about 100 bytes).
fn temp_dir() -> Result<PathBuf, String> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("{TEMP_PREFIX}{}-{nanos}", std::process::id()));
    std::fs::create_dir(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    Ok(dir)
}

/// The oracle's pinned packages (`asyncpg`, SQLAlchemy, greenlet; pydantic and its own).
fn requirements() -> PathBuf {
    workspace_root().join("tests/database/requirements.txt")
}

/// CPython with the real `asyncpg`, SQLAlchemy and pydantic: a virtual environment outside the clone
/// (beside the tools, `~/.local/share/loopscope/oracle-venv`), installed from PyPI with
/// `tests/database/requirements.txt` and rebuilt only when that file changes. Returns
/// its `python`.
pub fn ensure_oracle_venv() -> Result<PathBuf, String> {
    let t0 = Instant::now();
    let prefix = tools::prefix();
    let venv = prefix
        .parent()
        .map(|p| p.join("oracle-venv"))
        .unwrap_or_else(|| prefix.join("oracle-venv"));
    let python = venv.join("bin/python");
    let stamp = venv.join(".loopscope-requirements");
    let want = std::fs::read(requirements())
        .map_err(|e| format!("reading tests/database/requirements.txt: {e}"))?;
    if python.is_file() && std::fs::read(&stamp).is_ok_and(|have| have == want) {
        return Ok(python);
    }
    if !python.is_file() {
        let make = || output(Command::new("python3").args(["-m", "venv"]).arg(&venv));
        if let Err(e) = make() {
            // Debian keeps `venv`'s pip (ensurepip) in a package of its own.
            if !is_root() {
                return Err(format!(
                    "{e}\nInstall Debian's python3-venv (sudo apt-get install python3-venv) and run again."
                ));
            }
            let _ = std::fs::remove_dir_all(&venv);
            tools::run(
                Command::new("apt-get")
                    .args(["install", "-y", "-qq", "python3-venv"])
                    .env("DEBIAN_FRONTEND", "noninteractive"),
            )?;
            make()?;
        }
    }
    tools::run(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(requirements()),
    )?;
    std::fs::write(&stamp, want).map_err(|e| format!("writing {}: {e}", stamp.display()))?;
    eprintln!(
        "[database] oracle venv {} built in {:.1}s",
        venv.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(python)
}

/// `python PROGRAM` under the oracle: its connections to localhost:5432 go to `port`
/// (`xtask/oracle/sitecustomize.py`).
pub fn oracle_command(python: &Path, port: u16) -> Command {
    let mut cmd = Command::new(python);
    cmd.env("PYTHONPATH", workspace_root().join("xtask/oracle"))
        .env("LOOPSCOPE_PG_PORT", port.to_string());
    cmd
}

/// `cargo xtask db [CMD...]`: starts a cluster, runs CMD with the tests' variables set
/// (default: the database tests), and stops it.
pub fn run_with_cluster(argv: &[String]) -> Result<(), String> {
    ensure_postgresql()?;
    let cluster = Cluster::start()?;
    let default = ["cargo", "test", "-p", "loopscope-cli", "--test", "database"];
    let argv: Vec<String> = if argv.is_empty() {
        default.iter().map(|s| s.to_string()).collect()
    } else {
        argv.to_vec()
    };
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]).envs(cluster.test_env());
    tools::run(&mut cmd)
}
