//! TLS for the intake server: a rustls server configuration from a PEM certificate chain and key,
//! on the same provider and PEM reading as the client side (coverready-tls).

use std::sync::Arc;

use coverready_tls::TlsError;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::PrivateKeyDer;

use crate::config::TlsPem;
use crate::IntakeError;

pub fn server_config(pem: &TlsPem) -> Result<Arc<rustls::ServerConfig>, IntakeError> {
    let bad = |e: &dyn std::fmt::Display| IntakeError::Tls(e.to_string());
    let certs =
        coverready_tls::certificates_from_pem(&pem.cert_chain_pem).map_err(|e| match e {
            // Named for the operator's input: it is the certificate file that is empty.
            TlsError::NoCertificate => bad(&"no certificate in the certificate file"),
            other => bad(&other),
        })?;
    let key = PrivateKeyDer::from_pem_slice(&pem.private_key_pem).map_err(|e| bad(&e))?;
    let mut config = rustls::ServerConfig::builder_with_provider(coverready_tls::provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(&e))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| bad(&e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
