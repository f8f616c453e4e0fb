//! TLS for the client: the usual WebPKI chain check (public roots and/or a custom root CA), plus
//! pinning to the certificate the owner consented to. Pinning happens inside the handshake, so a
//! different server never receives a byte of the package. The rustls plumbing is
//! coverready-tls's; this module holds only the pinning policy.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use coverready_tls::ChainPolicy;
use rustls::client::danger::ServerCertVerified;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;

pub use coverready_tls::certificate_identity;

use crate::SubmissionError;

/// The roots to trust: the bundled public roots unless turned off, plus every PEM certificate
/// given (a broker's or a test's own CA).
pub(crate) fn root_store(
    trust_public_roots: bool,
    extra_roots_pem: &[Vec<u8>],
) -> Result<Arc<RootCertStore>, SubmissionError> {
    let mut roots = coverready_tls::root_store(trust_public_roots);
    for pem in extra_roots_pem {
        coverready_tls::add_pem_roots(&mut roots, pem).map_err(|e| invalid_ca(&e))?;
    }
    Ok(Arc::new(roots))
}

fn invalid_ca(e: &dyn std::fmt::Display) -> SubmissionError {
    SubmissionError::InvalidInput {
        field: "root_ca".to_owned(),
        detail: e.to_string(),
    }
}

/// What the verifier saw during the handshake, shared with the code that made the request.
#[derive(Debug, Default)]
pub(crate) struct HandshakeWitness {
    pub observed: Mutex<Option<String>>,
    pub mismatch: AtomicBool,
}

impl HandshakeWitness {
    pub fn observed(&self) -> Option<String> {
        self.observed.lock().ok().and_then(|o| o.clone())
    }

    pub fn saw_mismatch(&self) -> bool {
        self.mismatch.load(Ordering::SeqCst)
    }
}

/// A valid chain is required first; then the certificate's identity is recorded and, when one
/// was consented to, compared.
#[derive(Debug)]
struct Pinning {
    /// `None` observes only (the consent screen); `Some` refuses any other certificate.
    expected: Option<String>,
    witness: Arc<HandshakeWitness>,
}

impl ChainPolicy for Pinning {
    fn decide(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        webpki: Result<ServerCertVerified, rustls::Error>,
    ) -> Result<ServerCertVerified, rustls::Error> {
        webpki?;
        let identity = certificate_identity(end_entity.as_ref());
        if let Ok(mut slot) = self.witness.observed.lock() {
            *slot = Some(identity.clone());
        }
        match &self.expected {
            Some(expected) if *expected != identity => {
                self.witness.mismatch.store(true, Ordering::SeqCst);
                Err(rustls::Error::General(
                    "server certificate differs from the one consented to".to_owned(),
                ))
            }
            _ => Ok(ServerCertVerified::assertion()),
        }
    }
}

/// A rustls client configuration that checks the chain against `roots` and, when `expected` is
/// given, also that the server's certificate is exactly that one.
pub(crate) fn client_config(
    roots: Arc<RootCertStore>,
    expected: Option<String>,
    witness: Arc<HandshakeWitness>,
) -> Result<rustls::ClientConfig, SubmissionError> {
    let (mut config, _) = coverready_tls::client_config(
        roots,
        Pinning { expected, witness },
        rustls::DEFAULT_VERSIONS,
    )
    .map_err(|e| invalid_ca(&e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
