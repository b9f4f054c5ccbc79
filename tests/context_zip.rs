//! `context import` of a zip archive (docker accepts zip as well as tar, told apart by
//! `http.DetectContentType`) against docker 28: archives written here — deflated and stored
//! files, a directory entry, and the broken ones Go's `archive/zip` refuses — imported from a
//! file and from stdin by both clients into stores of their own; stdout, stderr, exit code and
//! the imported context (`context inspect`) compared exactly.

mod common;

use std::io::Write;
use std::path::Path;

use common::{docker, hvdock, normalise, output, Run};

/// One entry: name, data, compression method (0 stored, 8 deflate, others as given), whether
/// its CRC is stored wrong, and whether it is a directory.
struct Entry<'a> {
    name: &'a str,
    data: &'a [u8],
    method: u16,
    bad_crc: bool,
}

fn file<'a>(name: &'a str, data: &'a [u8], method: u16) -> Entry<'a> {
    Entry {
        name,
        data,
        method,
        bad_crc: false,
    }
}

/// A zip made by a Unix host, as `zip` writes one.
fn zip(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let packed = match e.method {
            8 => {
                let mut z =
                    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
                z.write_all(e.data).unwrap();
                z.finish().unwrap()
            }
            _ => e.data.to_vec(),
        };
        let mut crc = flate2::Crc::new();
        crc.update(e.data);
        let crc = crc.sum() ^ u32::from(e.bad_crc);
        let dir = e.name.ends_with('/');
        let mode: u32 = if dir { 0o040755 } else { 0o100644 };
        let offset = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0u16.to_le_bytes()); // flags
            v.extend_from_slice(&e.method.to_le_bytes());
            v.extend_from_slice(&0u32.to_le_bytes()); // time, date
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&(packed.len() as u32).to_le_bytes());
            v.extend_from_slice(&(e.data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(b"PK\x03\x04");
        common(&mut out);
        out.extend_from_slice(e.name.as_bytes());
        out.extend_from_slice(&packed);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&0x031eu16.to_le_bytes()); // made by: Unix
        common(&mut central);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&(mode << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(e.name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0u8; 4]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const META: &[u8] = br#"{"Name":"hvpz","Metadata":{"Description":"from a zip"},"Endpoints":{"docker":{"Host":"tcp://192.0.2.7:2375","SkipTLSVerify":false}}}"#;

fn run_in(c: std::process::Command, cwd: &Path, stdin: Option<&[u8]>) -> Run {
    let mut c = c;
    c.current_dir(cwd);
    output(c, stdin)
}

#[test]
fn context_import_of_a_zip_as_docker() {
    if docker(&[]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let (hcfg, dcfg) = (root.join("hcfg"), root.join("dcfg"));
    std::fs::create_dir_all(&hcfg).unwrap();
    std::fs::create_dir_all(&dcfg).unwrap();
    let good = zip(&[
        file("tls/", b"", 0),
        file("meta.json", META, 8),
        file("tls/docker/ca.pem", b"CA", 0),
        file("tls/docker/cert.pem", b"CERT CERT CERT CERT", 8),
    ]);
    let archives: Vec<(&str, Vec<u8>)> = vec![
        ("good.zip", good.clone()),
        ("nometa.zip", zip(&[file("tls/docker/ca.pem", b"CA", 8)])),
        (
            "other.zip",
            zip(&[file("meta.json", META, 8), file("other.txt", b"x", 0)]),
        ),
        ("dotted.zip", zip(&[file("tls/../meta.json", META, 0)])),
        (
            "flat.zip",
            zip(&[file("meta.json", META, 0), file("tls/ca.pem", b"CA", 0)]),
        ),
        (
            "crc.zip",
            zip(&[Entry {
                name: "meta.json",
                data: META,
                method: 8,
                bad_crc: true,
            }]),
        ),
        ("method.zip", zip(&[file("meta.json", META, 12)])),
        ("badmeta.zip", zip(&[file("meta.json", b"{nope", 8)])),
        ("cut.zip", good[..good.len() - 30].to_vec()),
        ("header.zip", b"PK\x03\x04 and nothing else".to_vec()),
    ];
    for (name, bytes) in &archives {
        std::fs::write(root.join(name), bytes).unwrap();
    }
    let mut n = 0;
    for (name, bytes) in &archives {
        for from_stdin in [false, true] {
            n += 1;
            let ctx = format!("hvpz{n}");
            let source = if from_stdin { "-" } else { name };
            let stdin = from_stdin.then_some(bytes.as_slice());
            let line = ["context", "import", ctx.as_str(), source];
            let mut h = vec!["--config", hcfg.to_str().unwrap()];
            h.extend_from_slice(&line);
            let mine = run_in(hvdock(&h), root, stdin);
            let mut d = vec!["--config", dcfg.to_str().unwrap()];
            d.extend_from_slice(&line);
            let theirs = run_in(docker(&d).unwrap(), root, stdin);
            let what = format!("{name} {line:?}");
            assert_eq!(
                (mine.code, mine.stdout.as_str(), normalise(&mine.stderr)),
                (theirs.code, theirs.stdout.as_str(), theirs.stderr.clone()),
                "{what}"
            );
            // What was imported, as docker reads it from each store.
            let inspect = |cfg: &Path| {
                let r = output(
                    docker(&[
                        "--config",
                        cfg.to_str().unwrap(),
                        "context",
                        "inspect",
                        &ctx,
                    ])
                    .unwrap(),
                    None,
                );
                let c = cfg.to_str().unwrap();
                (
                    r.code,
                    r.stdout.replace(c, "CFG"),
                    r.stderr.replace(c, "CFG"),
                )
            };
            assert_eq!(
                inspect(&hcfg),
                inspect(&dcfg),
                "{what}: the imported context"
            );
        }
    }
    // The good archive was imported, with its TLS files.
    let r = output(
        docker(&[
            "--config",
            hcfg.to_str().unwrap(),
            "context",
            "inspect",
            "hvpz1",
        ])
        .unwrap(),
        None,
    );
    assert!(
        r.stdout.contains("\"Description\": \"from a zip\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\"cert.pem\""), "{}", r.stdout);
}
