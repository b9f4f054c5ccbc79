//! The rustls client configuration for `--tls`, `--tlsverify` and contexts with TLS material.

use std::sync::Arc;

use tokio_rustls::rustls::client::danger::{
    HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier,
};
use tokio_rustls::rustls::crypto::{
    ring, verify_tls12_signature, verify_tls13_signature, CryptoProvider,
};
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use tokio_rustls::rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::endpoint::Tls;

fn read_pem(path: &std::path::Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        format!(
            "could not read CA certificate \"{}\": open {}: {}",
            path.display(),
            path.display(),
            super::context::io_text(&e)
        )
    })
}

fn certs(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let pem = read_pem(path)?;
    let certs: Result<Vec<_>, _> = rustls_pemfile::certs(&mut pem.as_slice()).collect();
    let certs =
        certs.map_err(|e| format!("failed to parse certificates in {}: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!(
            "failed to append certificates from PEM file: \"{}\"",
            path.display()
        ));
    }
    Ok(certs)
}

/// Go's `x509.CertPool.AppendCertsFromPEM`: does `pem` hold at least one certificate that
/// parses? (Other blocks and ones that do not parse are skipped.)
pub fn holds_a_certificate(pem: &[u8]) -> bool {
    let ders: Vec<CertificateDer<'static>> = rustls_pemfile::certs(&mut &pem[..])
        .filter_map(Result::ok)
        .collect();
    RootCertStore::empty().add_parsable_certificates(ders).0 > 0
}

/// What docker's context endpoint says of a client key pair it cannot use (`tlsConfig`), `None`
/// when it can: no PEM block in the key, an encrypted key, no certificate PEM.
pub fn key_pair_problem(cert: &[u8], key: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(key);
    let Some(begin) = text.find("-----BEGIN ") else {
        return Some("no valid private key found".into());
    };
    if text[begin..].contains("ENCRYPTED") {
        return Some("private key is encrypted - support for encrypted private keys has been removed, see https://docs.docker.com/go/deprecated/".into());
    }
    let has_cert = rustls_pemfile::certs(&mut &cert[..]).any(|c| c.is_ok());
    if !has_cert {
        return Some(
            "failed to retrieve context tls info: tls: failed to find any PEM data in certificate input"
                .into(),
        );
    }
    None
}

pub fn client_config(tls: &Tls) -> Result<Arc<ClientConfig>, String> {
    let provider = Arc::new(ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let builder = if tls.verify {
        let mut roots = RootCertStore::empty();
        match &tls.files.ca {
            Some(ca) => {
                for c in certs(ca)? {
                    roots
                        .add(c)
                        .map_err(|e| format!("invalid CA certificate {}: {e}", ca.display()))?;
                }
            }
            None => {
                for path in [
                    "/etc/ssl/certs/ca-certificates.crt",
                    "/etc/pki/tls/certs/ca-bundle.crt",
                ] {
                    if let Ok(list) = certs(std::path::Path::new(path)) {
                        for c in list {
                            let _ = roots.add(c);
                        }
                        break;
                    }
                }
            }
        }
        builder.with_root_certificates(roots)
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
    };
    let config = match (&tls.files.cert, &tls.files.key) {
        (Some(cert), Some(key)) => {
            let chain = certs(cert)?;
            let key_pem = read_pem(key)?;
            let key: PrivateKeyDer<'static> = rustls_pemfile::private_key(&mut key_pem.as_slice())
                .map_err(|e| format!("failed to parse key {}: {e}", key.display()))?
                .ok_or_else(|| format!("no private key found in {}", key.display()))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| format!("could not load X509 key pair: {e}"))?
        }
        _ => builder.with_no_client_auth(),
    };
    Ok(Arc::new(config))
}

/// `--tls` without `--tlsverify`: docker's InsecureSkipVerify. Signatures are still checked.
#[derive(Debug)]
struct NoVerify(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, tokio_rustls::rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, tokio_rustls::rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, tokio_rustls::rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
