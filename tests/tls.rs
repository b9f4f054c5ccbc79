//! Security: `--tls`/`--tlsverify` against a TLS endpoint on 127.0.0.1 (a TLS-terminating proxy
//! written here, requiring client certificates, in front of the real engine; certificates made
//! in the test with rcgen); credentials never printed, even with `-D`; config.json saved
//! atomically with mode 0600 keeping unknown keys; `--password` on the command line warns.

mod common;

#[allow(dead_code, unused_imports)]
#[path = "../src/config/mod.rs"]
mod config;

// What config.json's writer uses (Go's HTML escapes), as the binary has it.
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../src/format/mod.rs"]
mod format;

#[allow(dead_code)]
#[path = "../src/clock.rs"]
mod clock;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::*;
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair, SanType};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    fn path(&self, f: &str) -> String {
        self.dir.path().join(f).to_string_lossy().into_owned()
    }
}

fn ca(name: &str) -> (rcgen::Certificate, KeyPair) {
    let mut p = CertificateParams::new(Vec::<String>::new()).expect("params");
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.distinguished_name.push(rcgen::DnType::CommonName, name);
    let key = KeyPair::generate().expect("key");
    let cert = p.self_signed(&key).expect("self-signed");
    (cert, key)
}

fn leaf(
    cn: &str,
    server: bool,
    issuer: &(rcgen::Certificate, KeyPair),
) -> (rcgen::Certificate, KeyPair) {
    let mut p = CertificateParams::new(if server {
        vec!["localhost".to_string()]
    } else {
        Vec::new()
    })
    .expect("params");
    if server {
        p.subject_alt_names
            .push(SanType::IpAddress("127.0.0.1".parse().expect("ip")));
    }
    p.distinguished_name.push(rcgen::DnType::CommonName, cn);
    let key = KeyPair::generate().expect("key");
    let cert = p.signed_by(&key, &issuer.0, &issuer.1).expect("sign");
    (cert, key)
}

/// Writes ca.pem/cert.pem/key.pem (client) and wrong-ca.pem; returns them with the server's
/// certificate, key and the CA clients must chain to.
fn make_pki() -> (
    Pki,
    CertificateDer<'static>,
    PrivateKeyDer<'static>,
    CertificateDer<'static>,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = ca("hvdock test CA");
    let wrong = ca("some other CA");
    let server = leaf("localhost", true, &good);
    let client = leaf("hvdock client", false, &good);
    let w = |f: &str, s: String| std::fs::write(dir.path().join(f), s).expect("write pem");
    w("ca.pem", good.0.pem());
    w("wrong-ca.pem", wrong.0.pem());
    w("cert.pem", client.0.pem());
    w("key.pem", client.1.serialize_pem());
    let server_cert = server.0.der().clone();
    let server_key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server.1.serialize_der()));
    let ca_der = good.0.der().clone();
    (Pki { dir }, server_cert, server_key, ca_der)
}

/// A TLS endpoint on 127.0.0.1 that requires a client certificate from `client_ca` and forwards
/// to the engine's unix socket. Returns its port; it lives as long as the test process.
fn tls_proxy(
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
    client_ca: CertificateDer<'static>,
) -> u16 {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(client_ca).expect("client CA");
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .build()
    .expect("client verifier");
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_client_cert_verifier(verifier)
        .with_single_cert(vec![cert], key)
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    listener.set_nonblocking(true).expect("nonblocking");
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let Ok(mut unix) = tokio::net::UnixStream::connect(SOCKET).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut unix).await;
                });
            }
        });
    });
    port
}

struct Fixture {
    pki: Pki,
    host: String,
}

fn fixture() -> &'static Fixture {
    static F: std::sync::OnceLock<Fixture> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let (pki, cert, key, ca) = make_pki();
        let port = tls_proxy(cert, key, ca);
        Fixture {
            pki,
            host: format!("tcp://127.0.0.1:{port}"),
        }
    })
}

fn server_os(mut c: std::process::Command) -> Run {
    c.env("HVDOCK_TIMEOUT", "20");
    output(c, None)
}

/// `hvdock MODE --tlscacert CA --tlscert cert.pem --tlskey key.pem -H <fixture> version`,
/// asking for the server's OS (`mode` is `--tls` or `--tlsverify`, `ca` a file of the PKI).
fn server_os_with_client_cert(f: &Fixture, mode: &str, ca: &str) -> Run {
    let (ca, cert, key) = (
        f.pki.path(ca),
        f.pki.path("cert.pem"),
        f.pki.path("key.pem"),
    );
    server_os(hvdock(&[
        mode,
        "--tlscacert",
        &ca,
        "--tlscert",
        &cert,
        "--tlskey",
        &key,
        "-H",
        &f.host,
        "version",
        "--format",
        "{{.Server.Os}}",
    ]))
}

#[test]
fn tlsverify_with_the_right_ca_and_client_cert_works() {
    let f = fixture();
    let r = server_os_with_client_cert(f, "--tlsverify", "ca.pem");
    assert_eq!((r.code, r.stdout.as_str()), (0, "linux\n"), "{}", r.stderr);
}

#[test]
fn a_wrong_ca_is_refused_clearly() {
    let f = fixture();
    let r = server_os_with_client_cert(f, "--tlsverify", "wrong-ca.pem");
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    assert!(
        !r.stdout.contains("linux"),
        "talked to the daemon through an unverified endpoint"
    );
    assert!(
        r.stderr.contains("tls") && r.stderr.to_lowercase().contains("certificate"),
        "unclear error: {}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn no_client_certificate_is_refused() {
    let f = fixture();
    let ca = f.pki.path("ca.pem");
    let r = server_os(hvdock(&[
        "--tlsverify",
        "--tlscacert",
        &ca,
        "-H",
        &f.host,
        "version",
        "--format",
        "{{.Server.Os}}",
    ]));
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("linux"));
    assert!(
        !r.stderr.trim().is_empty() && !r.stderr.contains("panicked"),
        "{}",
        r.stderr
    );
}

#[test]
fn tls_without_verify_works() {
    let f = fixture();
    // The wrong CA is not consulted: --tls alone does not verify the daemon.
    let r = server_os_with_client_cert(f, "--tls", "wrong-ca.pem");
    assert_eq!((r.code, r.stdout.as_str()), (0, "linux\n"), "{}", r.stderr);
}

#[test]
fn docker_tls_verify_and_cert_path_work() {
    let f = fixture();
    let mut c = hvdock(&["version", "--format", "{{.Server.Os}}"]);
    c.env("DOCKER_HOST", &f.host)
        .env("DOCKER_TLS_VERIFY", "1")
        .env("DOCKER_CERT_PATH", f.pki.dir.path());
    let r = server_os(c);
    assert_eq!((r.code, r.stdout.as_str()), (0, "linux\n"), "{}", r.stderr);

    // The same directory with the wrong CA in ca.pem is refused.
    let other = tempfile::tempdir().expect("tempdir");
    for (from, to) in [
        ("wrong-ca.pem", "ca.pem"),
        ("cert.pem", "cert.pem"),
        ("key.pem", "key.pem"),
    ] {
        std::fs::copy(f.pki.dir.path().join(from), other.path().join(to)).expect("copy");
    }
    let mut c = hvdock(&["version", "--format", "{{.Server.Os}}"]);
    c.env("DOCKER_HOST", &f.host)
        .env("DOCKER_TLS_VERIFY", "1")
        .env("DOCKER_CERT_PATH", other.path());
    let r = server_os(c);
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
}

fn context_id(name: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(name.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Stores a context the way docker does (meta.json + tls/<id>/docker/*.pem).
fn store_context(config: &Path, name: &str, host: &str, pki: &Pki) {
    let id = context_id(name);
    let meta = config.join("contexts/meta").join(&id);
    std::fs::create_dir_all(&meta).expect("meta dir");
    let body = serde_json::json!({
        "Name": name,
        "Metadata": {},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": false}},
    });
    std::fs::write(meta.join("meta.json"), body.to_string()).expect("meta.json");
    let tls: PathBuf = config.join("contexts/tls").join(&id).join("docker");
    std::fs::create_dir_all(&tls).expect("tls dir");
    for f in ["ca.pem", "cert.pem", "key.pem"] {
        std::fs::copy(pki.dir.path().join(f), tls.join(f)).expect("copy pem");
    }
}

#[test]
fn a_context_with_tls_material_works() {
    let f = fixture();
    let config = tempfile::tempdir().expect("tempdir");
    store_context(config.path(), "secure", &f.host, &f.pki);
    let cfg = config.path().to_string_lossy().into_owned();
    let r = server_os(hvdock(&[
        "--config",
        &cfg,
        "--context",
        "secure",
        "version",
        "--format",
        "{{.Server.Os}}",
    ]));
    assert_eq!((r.code, r.stdout.as_str()), (0, "linux\n"), "{}", r.stderr);
}

const SECRET: &str = "s3cr3t-Pa55word";

/// `-D` logs requests but never the credentials in X-Registry-Auth, which is still sent.
#[test]
fn debug_logs_redact_registry_credentials() {
    use base64::Engine as _;
    let config = tempfile::tempdir().expect("tempdir");
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("hvuser:{SECRET}"));
    std::fs::write(
        config.path().join("config.json"),
        serde_json::json!({"auths": {"127.0.0.1:1": {"auth": auth}}}).to_string(),
    )
    .expect("config.json");
    let proxy = common::proxy::Proxy::start(SOCKET);
    let cfg = config.path().to_string_lossy().into_owned();
    let host = proxy.host();
    let r = output(
        hvdock(&[
            "--config",
            &cfg,
            "-H",
            &host,
            "-D",
            "pull",
            "127.0.0.1:1/hvdock/none:latest",
        ]),
        None,
    );
    let wire = String::from_utf8_lossy(&proxy.raw()).to_lowercase();
    assert!(
        wire.contains("x-registry-auth:"),
        "the pull did not send credentials, so this test proves nothing: {}",
        r.stderr
    );
    for text in [&r.stdout, &r.stderr] {
        assert!(!text.contains(SECRET), "the password was printed: {text}");
        assert!(
            !text.contains(&auth),
            "the encoded credentials were printed: {text}"
        );
    }
    assert!(
        r.stderr.contains("DEBU"),
        "-D printed no debug log: {}",
        r.stderr
    );
}

/// `login --password` warns as docker does and never echoes the password.
#[test]
fn password_on_the_command_line_warns() {
    let config = tempfile::tempdir().expect("tempdir");
    let cfg = config.path().to_string_lossy().into_owned();
    let r = output(
        hvdock(&[
            "--config",
            &cfg,
            "login",
            "-u",
            "hvuser",
            "--password",
            SECRET,
            "127.0.0.1:1",
        ]),
        None,
    );
    assert!(
        r.stderr
            .contains("WARNING! Using --password via the CLI is insecure. Use --password-stdin."),
        "{}",
        r.stderr
    );
    assert!(
        !r.stdout.contains(SECRET) && !r.stderr.contains(SECRET),
        "{}",
        r.stderr
    );
    if let Some(mut d) = docker(&[
        "--config",
        &cfg,
        "login",
        "-u",
        "hvuser",
        "--password",
        SECRET,
        "127.0.0.1:1",
    ]) {
        d.env("HVDOCK_TIMEOUT", "5");
        let theirs = output(d, None);
        let warning = |s: &str| s.lines().next().unwrap_or_default().to_string();
        assert_eq!(warning(&r.stderr), warning(&theirs.stderr));
    }
}

#[cfg(unix)]
#[test]
fn config_json_is_saved_atomically_with_mode_0600_keeping_unknown_keys() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.json");
    std::fs::write(
        &path,
        r#"{"zzUnknown":{"nested":[1,2,{"x":true}]},"auths":{},"aFirst":"kept","detachKeys":"ctrl-x"}"#,
    )
    .expect("seed");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let mut cfg = config::ConfigFile::load(dir.path()).expect("load");
    cfg.data.insert(
        "currentContext".into(),
        serde_json::Value::String("secure".into()),
    );
    cfg.save().expect("save");
    let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "config.json mode {mode:o}");
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("valid json");
    assert_eq!(saved["zzUnknown"]["nested"][2]["x"], true);
    assert_eq!(saved["aFirst"], "kept");
    assert_eq!(saved["detachKeys"], "ctrl-x");
    assert_eq!(saved["currentContext"], "secure");
    let keys: Vec<&String> = saved.as_object().expect("object").keys().collect();
    assert_eq!(
        keys,
        [
            "auths",
            "detachKeys",
            "currentContext",
            "zzUnknown",
            "aFirst"
        ],
        "docker's order for the keys it knows, then the others as the file had them"
    );
    // Nothing temporary is left next to it, and a second save over the first works.
    cfg.save().expect("save again");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert_eq!(names, ["config.json"], "temporary files left: {names:?}");
}
