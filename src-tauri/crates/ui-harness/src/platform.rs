//! The platform the UI's uploads go to: the reference intake server, over TLS with a throw-away
//! certificate authority, on 127.0.0.1 — so a test's upload is packaged, signed, checked against
//! the certificate, sent, receipted and withdrawn by the real engine and a real server.

use coverready_core::{Error, ErrorCode, PlatformOptions};
use coverready_intake::test_support::TestPki;
use coverready_intake::{IntakeConfig, RunningServer};
use serde::Deserialize;

/// One session's platform, started the first time a test asks for it.
pub struct Platform {
    // Dropped in this order: the server's tasks end with the runtime.
    server: RunningServer,
    runtime: tokio::runtime::Runtime,
    pki: TestPki,
    _data: tempfile::TempDir,
}

/// An answer the platform gives to the next upload instead of handling it (a test's setup).
#[derive(Deserialize)]
pub struct Fault {
    pub status: u16,
    pub retry_after_secs: Option<u64>,
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorCode::Internal, format!("test platform: {e}"))
}

impl Platform {
    /// `plain` serves HTTP instead of TLS, as a test intake on this computer may. With
    /// `content_version`, it publishes the repository's content as a pack of that version,
    /// signed by a throw-away root this (debug) process is told to trust.
    pub fn start(
        faults: &[Fault],
        plain: bool,
        content_version: Option<&str>,
    ) -> Result<Platform, Error> {
        let data = tempfile::tempdir().map_err(internal)?;
        let pki = TestPki::new();
        let mut config = IntakeConfig::new(data.path().join("intake"));
        config.tls = (!plain).then(|| pki.tls());
        if let Some(version) = content_version {
            use coverready_content_builder::testkit::{Draft, TestKey};
            let root = TestKey::new();
            let root_file = data.path().join("content-root.pub");
            root.write_public(&root_file);
            let pack = data.path().join("latest.coverready-content");
            std::fs::write(&pack, Draft::from_repo(version).signed(&root)).map_err(internal)?;
            std::env::set_var(coverready_content::TEST_ROOT_ENV, &root_file);
            config.content_pack = Some(pack);
        }
        for fault in faults {
            config.faults.push(fault.status, fault.retry_after_secs);
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(internal)?;
        let server = runtime
            .block_on(coverready_intake::spawn_for_test(config))
            .map_err(internal)?;
        Ok(Platform {
            server,
            runtime,
            pki,
            _data: data,
        })
    }

    /// What the owner would type: `https://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        self.server.url.clone()
    }

    /// What the app trusts to reach it: the public roots and this platform's test CA.
    pub fn options(&self) -> PlatformOptions {
        PlatformOptions {
            extra_roots_pem: vec![self.pki.ca_cert_pem.clone().into_bytes()],
        }
    }

    /// Takes the platform off the network, as when the machine it runs on goes away.
    pub fn stop(self) {
        let Platform {
            server, runtime, ..
        } = self;
        runtime.block_on(server.stop());
    }
}
