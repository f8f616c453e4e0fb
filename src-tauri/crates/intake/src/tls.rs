//! TLS for the intake server: a rustls server configuration from a PEM certificate chain and key.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::config::TlsPem;
use crate::IntakeError;

pub fn server_config(pem: &TlsPem) -> Result<Arc<rustls::ServerConfig>, IntakeError> {
    let bad = |e: &dyn std::fmt::Display| IntakeError::Tls(e.to_string());
    let certs = CertificateDer::pem_slice_iter(&pem.cert_chain_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(&e))?;
    if certs.is_empty() {
        return Err(bad(&"no certificate in the certificate file"));
    }
    let key = PrivateKeyDer::from_pem_slice(&pem.private_key_pem).map_err(|e| bad(&e))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| bad(&e))?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|e| bad(&e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
