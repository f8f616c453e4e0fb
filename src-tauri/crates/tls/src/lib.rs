//! The one rustls setup shared by the domain probe, the submission client and the intake server:
//! the crypto provider, root stores, PEM certificates, a WebPKI chain check with the caller's own
//! policy on top, and the certificate fingerprint recorded in consent.
//!
//! The callers differ only in what they do with the WebPKI verdict (the domain probe records it
//! and carries on, the submission client pins to a consented certificate), so that decision is
//! the [`ChainPolicy`] they pass in; everything around it lives here once.

use std::fmt::Debug;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{VerifierBuilderError, WebPkiServerVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use sha2::{Digest, Sha256};

/// Why a TLS configuration could not be built. Each variant shows the underlying message
/// unchanged, so callers that wrap it in their own error keep the text they always had.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// PEM data held no certificate at all (callers may word this for their own input).
    #[error("no certificate in the PEM data")]
    NoCertificate,
    #[error("{0}")]
    Pem(#[from] rustls::pki_types::pem::Error),
    #[error("{0}")]
    Rustls(#[from] rustls::Error),
    #[error("{0}")]
    Verifier(#[from] VerifierBuilderError),
}

/// ring rather than the default aws-lc-rs: no cmake/nasm in the build, and the same provider
/// on both ends of our own protocol.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// A root store holding the bundled public roots (Mozilla's, via webpki-roots) or nothing.
pub fn root_store(trust_public_roots: bool) -> RootCertStore {
    let mut roots = RootCertStore::empty();
    if trust_public_roots {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    roots
}

/// Every certificate in `pem`, in order. Empty PEM is an error: a file that was meant to hold a
/// certificate and holds none is a mistake, never "trust nothing extra".
pub fn certificates_from_pem(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs = CertificateDer::pem_slice_iter(pem).collect::<Result<Vec<_>, _>>()?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate);
    }
    Ok(certs)
}

/// Adds every certificate in `pem` to `roots` as a trust anchor (a broker's or a test's own CA).
pub fn add_pem_roots(roots: &mut RootCertStore, pem: &[u8]) -> Result<(), TlsError> {
    for cert in certificates_from_pem(pem)? {
        roots.add(cert)?;
    }
    Ok(())
}

/// `sha256:<lower-case hex>` of a DER certificate: the identity recorded in consent and pinned.
pub fn certificate_identity(der: &[u8]) -> String {
    let hex: String = Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// What a client does with the WebPKI verdict on the presented chain.
pub trait ChainPolicy: Debug + Send + Sync {
    /// `webpki` is the standard chain check's verdict; the result is what the handshake gets.
    /// Returning `Ok` for a failed chain is allowed (a probe that reports rather than refuses);
    /// the handshake signatures are still checked against the presented certificate either way.
    fn decide(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        webpki: Result<ServerCertVerified, rustls::Error>,
    ) -> Result<ServerCertVerified, rustls::Error>;
}

/// The standard WebPKI verifier with a [`ChainPolicy`] deciding on its verdict. Signature checks
/// and schemes are always the WebPKI verifier's own.
#[derive(Debug)]
pub struct PolicyVerifier<P> {
    webpki: Arc<WebPkiServerVerifier>,
    policy: P,
}

impl<P> PolicyVerifier<P> {
    pub fn policy(&self) -> &P {
        &self.policy
    }
}

impl<P: ChainPolicy> ServerCertVerifier for PolicyVerifier<P> {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = self.webpki.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        self.policy.decide(end_entity, intermediates, verdict)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.webpki.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.webpki.supported_verify_schemes()
    }
}

/// A verifier checking chains against `roots` with `policy` on top, on the shared provider.
pub fn policy_verifier<P: ChainPolicy>(
    roots: Arc<RootCertStore>,
    policy: P,
) -> Result<Arc<PolicyVerifier<P>>, TlsError> {
    verifier_with_provider(roots, policy, provider())
}

fn verifier_with_provider<P: ChainPolicy>(
    roots: Arc<RootCertStore>,
    policy: P,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<PolicyVerifier<P>>, TlsError> {
    let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider).build()?;
    Ok(Arc::new(PolicyVerifier { webpki, policy }))
}

/// A client configuration offering `versions`, verifying with [`PolicyVerifier`] over `roots`,
/// without client certificates. The verifier is returned too, so the caller can read back what
/// its policy saw during the handshake.
pub fn client_config<P: ChainPolicy + 'static>(
    roots: Arc<RootCertStore>,
    policy: P,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> Result<(ClientConfig, Arc<PolicyVerifier<P>>), TlsError> {
    let provider = provider();
    let verifier = verifier_with_provider(roots, policy, provider.clone())?;
    let config = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    Ok((config, verifier))
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    use rustls::CertificateError;

    use super::*;

    /// Records the verdict it was given and accepts everything, like the domain probe.
    #[derive(Debug, Default)]
    struct Record(Mutex<Vec<Result<(), rustls::Error>>>);

    impl ChainPolicy for Record {
        fn decide(
            &self,
            _end_entity: &CertificateDer<'_>,
            _intermediates: &[CertificateDer<'_>],
            webpki: Result<ServerCertVerified, rustls::Error>,
        ) -> Result<ServerCertVerified, rustls::Error> {
            if let Ok(mut seen) = self.0.lock() {
                seen.push(webpki.map(|_| ()));
            }
            Ok(ServerCertVerified::assertion())
        }
    }

    /// Passes the verdict through, like a strict client.
    #[derive(Debug)]
    struct Strict;

    impl ChainPolicy for Strict {
        fn decide(
            &self,
            _end_entity: &CertificateDer<'_>,
            _intermediates: &[CertificateDer<'_>],
            webpki: Result<ServerCertVerified, rustls::Error>,
        ) -> Result<ServerCertVerified, rustls::Error> {
            webpki
        }
    }

    struct Pki {
        ca_pem: String,
        leaf: CertificateDer<'static>,
    }

    /// A CA called `ca` and a leaf for `name` signed by it.
    fn pki(ca: &str, name: &str) -> Pki {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, ca);
        let issuer = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        let leaf_key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(vec![name.to_owned()])
            .unwrap()
            .signed_by(&leaf_key, &issuer)
            .unwrap();
        Pki {
            ca_pem: issuer.pem(),
            leaf: leaf.der().clone(),
        }
    }

    fn now() -> UnixTime {
        UnixTime::now()
    }

    #[test]
    fn policy_sees_webpki_verdict_and_decides() {
        let trusted = pki("trusted CA", "intake.example");
        let stranger = pki("stranger CA", "intake.example");
        let mut roots = root_store(false);
        add_pem_roots(&mut roots, trusted.ca_pem.as_bytes()).unwrap();
        let roots = Arc::new(roots);
        let name = ServerName::try_from("intake.example").unwrap();

        let recording = policy_verifier(roots.clone(), Record::default()).unwrap();
        for leaf in [&trusted.leaf, &stranger.leaf] {
            recording
                .verify_server_cert(leaf, &[], &name, &[], now())
                .expect("the recording policy lets every handshake go on");
        }
        let seen = recording.policy().0.lock().unwrap();
        assert!(seen[0].is_ok(), "{:?}", seen[0]);
        assert_eq!(
            seen[1],
            Err(rustls::Error::InvalidCertificate(
                CertificateError::UnknownIssuer
            ))
        );

        let strict = policy_verifier(roots, Strict).unwrap();
        assert!(strict
            .verify_server_cert(&trusted.leaf, &[], &name, &[], now())
            .is_ok());
        let wrong_name = ServerName::try_from("other.example").unwrap();
        assert!(strict
            .verify_server_cert(&trusted.leaf, &[], &wrong_name, &[], now())
            .is_err());
        assert!(strict
            .verify_server_cert(&stranger.leaf, &[], &name, &[], now())
            .is_err());
        assert!(!strict.supported_verify_schemes().is_empty());
    }

    #[test]
    fn client_config_needs_a_usable_version() {
        let roots = Arc::new(root_store(true));
        let (config, verifier) = client_config(roots.clone(), Strict, rustls::DEFAULT_VERSIONS)
            .expect("the default versions have ring cipher suites");
        assert!(
            config.alpn_protocols.is_empty(),
            "ALPN is the caller's choice"
        );
        assert!(!verifier.supported_verify_schemes().is_empty());
        // No version offered leaves no cipher suite: an error, not a panic or a silent config.
        assert!(matches!(
            client_config(roots, Strict, &[]),
            Err(TlsError::Rustls(_))
        ));
    }

    #[test]
    fn public_roots_are_optional() {
        assert!(root_store(false).is_empty());
        assert!(!root_store(true).is_empty());
        // With no roots at all WebPKI has nothing to chain to: refused, not a panic.
        assert!(matches!(
            policy_verifier(Arc::new(root_store(false)), Strict),
            Err(TlsError::Verifier(_))
        ));
    }

    #[test]
    fn pem_input() {
        let pki = pki("CA", "a.example");
        let certs = certificates_from_pem(pki.ca_pem.as_bytes()).unwrap();
        assert_eq!(certs.len(), 1);
        let two = format!("{}{}", pki.ca_pem, pki.ca_pem);
        assert_eq!(certificates_from_pem(two.as_bytes()).unwrap().len(), 2);
        assert!(matches!(
            certificates_from_pem(b""),
            Err(TlsError::NoCertificate)
        ));
        assert!(matches!(
            certificates_from_pem(b"not pem at all"),
            Err(TlsError::NoCertificate)
        ));
        let mut roots = root_store(false);
        assert!(matches!(
            add_pem_roots(
                &mut roots,
                b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
            ),
            Err(TlsError::Rustls(_))
        ));
        let broken = b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n";
        assert!(matches!(
            certificates_from_pem(broken),
            Err(TlsError::Pem(_))
        ));
    }

    #[test]
    fn identity_is_sha256_of_der() {
        // SHA-256 of the empty string, a fixed vector.
        assert_eq!(
            certificate_identity(b""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let pki = pki("CA", "a.example");
        let id = certificate_identity(pki.leaf.as_ref());
        assert_eq!(id.len(), "sha256:".len() + 64);
        assert_ne!(id, certificate_identity(b""));
    }
}
