//! `hvdock context export`: the context's metadata and TLS files as docker's tar stream
//! (`meta.json`, `tls/`, `tls/<endpoint>/<file>`), to `<name>.dockercontext`, a file or stdout.

use std::io::Write;

use anyhow::Result;

use super::{create::validate_name, default_endpoint, store};
use crate::cli::context::ExportArgs;
use crate::commands::Ctx;
use crate::engine::context::{ContextMeta, EndpointMeta, DEFAULT_CONTEXT};
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// Go's `formatOctal`: zero-padded octal filling the field but its last byte (a NUL).
fn octal(field: &mut [u8], value: u64) {
    let digits = format!("{value:0w$o}", w = field.len() - 1);
    field[..digits.len()].copy_from_slice(digits.as_bytes());
}

/// One entry as Go's `archive/tar` writes docker's (USTAR, owner 0, time 0): its header block,
/// then `data`.
fn entry(out: &mut Vec<u8>, path: &str, mode: u64, data: &[u8], dir: bool) {
    let mut h = [0u8; 512];
    let name = path.as_bytes();
    h[..name.len().min(100)].copy_from_slice(&name[..name.len().min(100)]);
    octal(&mut h[100..108], mode);
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], data.len() as u64);
    octal(&mut h[136..148], 0);
    h[156] = if dir { b'5' } else { b'0' };
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    octal(&mut h[329..337], 0);
    octal(&mut h[337..345], 0);
    h[148..156].copy_from_slice(b"        ");
    let sum: u64 = h.iter().map(|b| u64::from(*b)).sum();
    octal(&mut h[148..155], sum);
    h[154] = 0;
    h[155] = b' ';
    // Go pads the previous entry's data when the next header comes; the last stays unpadded.
    out.resize(out.len().div_ceil(512) * 512, 0);
    out.extend_from_slice(&h);
    out.extend_from_slice(data);
}

/// The archive of one context (docker's `store.Export`).
fn archive(ctx: &Ctx, name: &str) -> Result<Vec<u8>> {
    let s = store(ctx);
    let (meta, tls) = if name == DEFAULT_CONTEXT {
        let mut m = ContextMeta {
            name: name.into(),
            metadata: serde_json::json!({}),
            ..Default::default()
        };
        m.endpoints.insert(
            "docker".into(),
            EndpointMeta {
                host: default_endpoint(ctx)?,
                skip_tls_verify: false,
            },
        );
        (m, Vec::new())
    } else {
        let m = s.load(name).map_err(fail)?;
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        if let Ok(entries) = std::fs::read_dir(s.tls_dir(name)) {
            for e in entries.flatten() {
                files.push((
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path())?,
                ));
            }
        }
        files.sort();
        (m, files)
    };
    let body = serde_json::to_vec(&meta)?;
    // docker closes its pipe before the tar writer: its archives end without the trailer.
    let mut out = Vec::new();
    entry(&mut out, "meta.json", 0o644, &body, false);
    entry(&mut out, "tls", 0o700, &[], true);
    if !tls.is_empty() {
        entry(&mut out, "tls/docker", 0o700, &[], true);
        for (file, data) in &tls {
            entry(&mut out, &format!("tls/docker/{file}"), 0o600, data, false);
        }
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    if a.name != DEFAULT_CONTEXT {
        validate_name(&a.name)?;
    }
    let dest = a
        .dest
        .clone()
        .unwrap_or_else(|| format!("{}.dockercontext", a.name));
    if dest == "-" {
        // SAFETY: isatty only inspects the descriptor.
        if unsafe { libc::isatty(1) } == 1 {
            return Err(fail(
                "cowardly refusing to export to a terminal, specify a file path",
            ));
        }
        let data = archive(ctx, &a.name)?;
        let mut out = std::io::stdout().lock();
        out.write_all(&data)?;
        out.flush()?;
        return Ok(());
    }
    // docker creates the file before it reads the context: a failure leaves it empty.
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create_new(true);
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts.open(&dest).map_err(|e| {
        fail(format!(
            "open {dest}: {}",
            crate::plugins::metadata::errno_text(&e)
        ))
    })?;
    let data = archive(ctx, &a.name)?;
    f.write_all(&data)?;
    eprintln!("Written file {}", crate::help::go_quote(&dest));
    Ok(())
}
