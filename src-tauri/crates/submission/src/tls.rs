//! TLS for the client: the usual WebPKI chain check (public roots and/or a custom root CA), plus
//! pinning to the certificate the owner consented to. Pinning happens inside the handshake, so a
//! different server never receives a byte of the package.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::encoding::sha256_hex;
use crate::SubmissionError;

/// `sha256:<hex>` of a DER certificate: the identity recorded in consent.
pub fn certificate_identity(der: &[u8]) -> String {
    format!("sha256:{}", sha256_hex(der))
}

pub(crate) fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The roots to trust: the bundled public roots unless turned off, plus every PEM certificate
/// given (a broker's or a test's own CA).
pub(crate) fn root_store(
    trust_public_roots: bool,
    extra_roots_pem: &[Vec<u8>],
) -> Result<Arc<RootCertStore>, SubmissionError> {
    let mut roots = RootCertStore::empty();
    if trust_public_roots {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    for pem in extra_roots_pem {
        let mut found = false;
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|e| invalid_ca(&e))?;
            roots.add(cert).map_err(|e| invalid_ca(&e))?;
            found = true;
        }
        if !found {
            return Err(invalid_ca(&"no certificate in the PEM data"));
        }
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

#[derive(Debug)]
struct IdentityVerifier {
    chain: Arc<WebPkiServerVerifier>,
    /// `None` observes only (the consent screen); `Some` refuses any other certificate.
    expected: Option<String>,
    witness: Arc<HandshakeWitness>,
}

impl ServerCertVerifier for IdentityVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.chain.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )?;
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

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.chain.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.chain.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.chain.supported_verify_schemes()
    }
}

/// A rustls client configuration that checks the chain against `roots` and, when `expected` is
/// given, also that the server's certificate is exactly that one.
pub(crate) fn client_config(
    roots: Arc<RootCertStore>,
    expected: Option<String>,
    witness: Arc<HandshakeWitness>,
) -> Result<rustls::ClientConfig, SubmissionError> {
    let provider = provider();
    let chain = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
        .build()
        .map_err(|e| invalid_ca(&e))?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| invalid_ca(&e))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(IdentityVerifier {
            chain,
            expected,
            witness,
        }))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
