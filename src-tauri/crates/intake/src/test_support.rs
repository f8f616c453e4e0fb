//! A throwaway certificate authority and a loopback server certificate for tests and the load
//! example, and a throwaway PostgreSQL cluster for the tests of the PostgreSQL store (feature
//! `test-support`).

use crate::config::TlsPem;

pub struct TestPki {
    pub ca_cert_pem: String,
    pub server_cert_pem: String,
    pub server_key_pem: String,
    pub server_cert_der: Vec<u8>,
}

impl TestPki {
    /// A CA and a certificate for `localhost`, `127.0.0.1` and `::1` signed by it.
    pub fn new() -> TestPki {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "CoverReady test CA");
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca_key = KeyPair::generate().expect("CA key");
        let ca_cert = ca_params.self_signed(&ca_key).expect("CA certificate");
        let mut params = CertificateParams::new(vec![
            "localhost".to_owned(),
            "127.0.0.1".to_owned(),
            "::1".to_owned(),
        ])
        .expect("server params");
        params
            .distinguished_name
            .push(DnType::CommonName, "localhost");
        let key = KeyPair::generate().expect("server key");
        let cert = params
            .signed_by(&key, &ca_cert, &ca_key)
            .expect("server certificate");
        TestPki {
            ca_cert_pem: ca_cert.pem(),
            server_cert_pem: cert.pem(),
            server_key_pem: key.serialize_pem(),
            server_cert_der: cert.der().to_vec(),
        }
    }

    pub fn tls(&self) -> TlsPem {
        TlsPem {
            cert_chain_pem: self.server_cert_pem.clone().into_bytes(),
            private_key_pem: self.server_key_pem.clone().into_bytes(),
        }
    }
}

impl Default for TestPki {
    fn default() -> TestPki {
        TestPki::new()
    }
}

/// A PostgreSQL cluster of its own for one test: `initdb` into a temporary folder, `postgres`
/// on a free port of 127.0.0.1 (its socket in that folder too), stopped and deleted on drop.
///
/// The server programs are found through `pg_config --bindir`, then
/// `/usr/lib/postgresql/*/bin` (newest first). A machine without them fails the test with a
/// message that says what to install: a test of the PostgreSQL store never passes by skipping.
///
/// `initdb` and `postgres` refuse to run as root, and CI runs as root: then both run as
/// `nobody` (through `setpriv`), and the folder is handed to that user.
pub struct TestPostgres {
    dir: Option<tempfile::TempDir>,
    child: Option<std::process::Child>,
    bin: std::path::PathBuf,
    as_user: Option<(u32, u32)>,
    pub port: u16,
}

impl TestPostgres {
    /// Starts a cluster with one database, `intake`; panics with the reason if it cannot.
    pub fn start() -> TestPostgres {
        TestPostgres::start_from(postgres_bin_dir())
    }

    fn start_from(bin: Option<std::path::PathBuf>) -> TestPostgres {
        use std::process::Stdio;
        let bin = bin.unwrap_or_else(|| {
            panic!(
                "PostgreSQL server programs not found (no `pg_config --bindir`, nothing in \
                 /usr/lib/postgresql/*/bin): install the `postgresql` package (.ci/setup does)"
            )
        });
        let as_user = running_as_root().then(unprivileged_ids);
        let dir = tempfile::Builder::new()
            .prefix("coverready-pg-")
            .tempdir_in(cluster_parent(as_user.is_some()))
            .expect("a temporary folder for the test cluster");
        if let Some((uid, gid)) = as_user {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid))
                .expect("handing the test cluster's folder to the unprivileged user");
        }
        let data = dir.path().join("data");
        let out = command(&bin.join("initdb"), as_user)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ])
            .stdin(Stdio::null())
            .output()
            .expect("running initdb");
        assert!(
            out.status.success(),
            "initdb failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let mut dir = dir;
        let mut failures = Vec::new();
        for _attempt in 0..3 {
            let mut cluster = TestPostgres::launch(dir, &bin, as_user);
            match cluster.wait_ready() {
                Ok(()) => {
                    cluster.create_database("intake");
                    return cluster;
                }
                Err(e) => {
                    // Most likely the port was taken between choosing and binding it: the data
                    // folder is intact, so start once more on another port.
                    failures.push(e);
                    cluster.stop_server();
                    dir = cluster.dir.take().expect("the cluster's folder");
                }
            }
        }
        panic!(
            "the test PostgreSQL did not start: {}",
            failures.join("; then: ")
        );
    }

    fn launch(
        dir: tempfile::TempDir,
        bin: &std::path::Path,
        as_user: Option<(u32, u32)>,
    ) -> TestPostgres {
        use std::process::Stdio;
        let port = free_port();
        let log = dir.path().join("postgres.log");
        let log_file = std::fs::File::create(&log).expect("the test cluster's log");
        let child = command(&bin.join("postgres"), as_user)
            .arg("-D")
            .arg(dir.path().join("data"))
            .arg("-k")
            .arg(dir.path())
            .args(["-c", "listen_addresses=127.0.0.1", "-p", &port.to_string()])
            // A test cluster never needs to survive a crash of the machine.
            .args(["-c", "fsync=off", "-c", "synchronous_commit=off"])
            .args(["-c", "full_page_writes=off"])
            // Small and self-contained: several test clusters run at once, and CI may keep its
            // build in /dev/shm, where PostgreSQL's default dynamic shared memory would go.
            .args(["-c", "shared_buffers=16MB", "-c", "max_connections=60"])
            .args(["-c", "dynamic_shared_memory_type=mmap"])
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("the test cluster's log"))
            .stderr(log_file)
            .spawn()
            .expect("starting postgres");
        TestPostgres {
            dir: Some(dir),
            child: Some(child),
            bin: bin.to_path_buf(),
            as_user,
            port,
        }
    }

    /// `postgres://postgres@127.0.0.1:PORT/intake`.
    pub fn url(&self) -> String {
        self.url_of("intake")
    }

    pub fn url_of(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Creates another empty database in this cluster and answers its URL.
    pub fn create_database(&self, name: &str) -> String {
        let out = std::process::Command::new(self.bin.join("createdb"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                name,
            ])
            .output()
            .expect("running createdb");
        assert!(
            out.status.success(),
            "createdb {name} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.url_of(name)
    }

    fn log(&self) -> String {
        self.dir
            .as_ref()
            .and_then(|d| std::fs::read_to_string(d.path().join("postgres.log")).ok())
            .unwrap_or_default()
    }

    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    self.child = None;
                    return Err(format!("postgres exited ({status}): {}", self.log()));
                }
            }
            let ready = std::process::Command::new(self.bin.join("pg_isready"))
                .args(["-q", "-h", "127.0.0.1", "-p", &self.port.to_string()])
                .status()
                .is_ok_and(|s| s.success());
            if ready {
                return Ok(());
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("postgres not ready after 60 s: {}", self.log()));
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    fn stop_server(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        if let Some(dir) = self.dir.as_ref() {
            // Immediate shutdown stops the postmaster and every backend it started.
            let _ = command(&self.bin.join("pg_ctl"), self.as_user)
                .arg("-D")
                .arg(dir.path().join("data"))
                .args(["-m", "immediate", "-w", "-t", "20", "stop"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status();
        }
        if !matches!(child.try_wait(), Ok(Some(_))) {
            let _ = child.kill();
        }
        let _ = child.wait();
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        self.stop_server();
    }
}

fn command(program: &std::path::Path, as_user: Option<(u32, u32)>) -> std::process::Command {
    match as_user {
        None => std::process::Command::new(program),
        Some((uid, gid)) => {
            let mut cmd = std::process::Command::new("setpriv");
            cmd.arg(format!("--reuid={uid}"))
                .arg(format!("--regid={gid}"))
                .arg("--clear-groups")
                .arg("--")
                .arg(program);
            cmd
        }
    }
}

/// Where the cluster's folder goes: the system's temp folder, unless the unprivileged user could
/// not reach it (a `TMPDIR` under `/root`) or its path would make the socket's too long for a Unix
/// socket (about 100 bytes); then `/tmp`.
fn cluster_parent(unprivileged: bool) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let temp = std::env::temp_dir();
    let reachable = !unprivileged
        || temp
            .ancestors()
            .all(|dir| std::fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o001 != 0));
    if reachable && temp.as_os_str().len() <= 48 {
        temp
    } else {
        std::path::PathBuf::from("/tmp")
    }
}

fn postgres_bin_dir() -> Option<std::path::PathBuf> {
    postgres_bin_dir_in("pg_config", std::path::Path::new("/usr/lib/postgresql"))
}

fn has_server(dir: &std::path::Path) -> bool {
    dir.join("initdb").is_file() && dir.join("postgres").is_file()
}

/// `pg_config --bindir` if that has the server programs, else the newest `root/<version>/bin`.
fn postgres_bin_dir_in(pg_config: &str, root: &std::path::Path) -> Option<std::path::PathBuf> {
    if let Ok(out) = std::process::Command::new(pg_config)
        .arg("--bindir")
        .output()
    {
        let dir = std::path::PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_server(&dir) {
            return Some(dir);
        }
    }
    let mut versions: Vec<(u32, std::path::PathBuf)> = std::fs::read_dir(root)
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            has_server(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

/// The owner of `/proc/self` is this process's effective user.
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// `nobody`'s user and group ids, from `id`.
fn unprivileged_ids() -> (u32, u32) {
    let id = |flag: &str| -> u32 {
        let out = std::process::Command::new("id")
            .args([flag, "nobody"])
            .output()
            .expect("running id");
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("running as root and no user `nobody` to run postgres as"))
    };
    (id("-u"), id("-g"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_newest_server_programs_or_none() {
        let root = tempfile::tempdir().unwrap();
        let none = root.path().join("no-such-pg_config");
        let none = none.to_str().unwrap();
        assert_eq!(postgres_bin_dir_in(none, root.path()), None);
        for version in ["13", "16", "9x"] {
            let bin = root.path().join(version).join("bin");
            std::fs::create_dir_all(&bin).unwrap();
            std::fs::write(bin.join("initdb"), "").unwrap();
            std::fs::write(bin.join("postgres"), "").unwrap();
        }
        // 17 has client programs only: not a server.
        std::fs::create_dir_all(root.path().join("17/bin")).unwrap();
        assert_eq!(
            postgres_bin_dir_in(none, root.path()),
            Some(root.path().join("16/bin"))
        );
    }

    /// A machine without PostgreSQL fails the test that needs it, saying what to install.
    #[test]
    #[should_panic(expected = "install the `postgresql` package")]
    fn without_postgresql_a_test_fails_loudly() {
        let _ = TestPostgres::start_from(None);
    }
}
