//! `hvdock context import`: a tar stream made by `context export` (docker's or hvdock's) into
//! the store under a new name.

use std::io::Read;

use anyhow::Result;

use super::{create::validate_name, store};
use crate::cli::context::ImportArgs;
use crate::commands::Ctx;
use crate::engine::context::{ContextMeta, Store};
use crate::error::CliError;

/// docker's limit on an imported archive.
const MAX_SIZE: u64 = 10 << 20;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// docker's `isValidFilePath`.
fn check_path(p: &str) -> Result<()> {
    let why = if p != "meta.json" && !p.starts_with("tls/") {
        "unexpected context file"
    } else if p.split('/').any(|c| c.is_empty() || c == "." || c == "..") {
        "unexpected path format"
    } else if p.contains('\\') {
        "unexpected '\\' in path"
    } else {
        return Ok(());
    };
    Err(fail(format!("{p}: {why}")))
}

pub fn run(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    validate_name(&a.name)?;
    let s = store(ctx);
    if s.meta_path(&a.name).exists() {
        return Err(fail(format!("context {:?} already exists", a.name)));
    }
    let mut data = Vec::new();
    let read = if a.source == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_SIZE + 1)
            .read_to_end(&mut data)
    } else {
        let f = std::fs::File::open(&a.source).map_err(|e| {
            fail(format!(
                "open {}: {}",
                a.source,
                crate::plugins::metadata::errno_text(&e)
            ))
        })?;
        f.take(MAX_SIZE + 1).read_to_end(&mut data)
    };
    read?;
    if data.len() as u64 > MAX_SIZE {
        return Err(fail("read limit exceeded"));
    }
    let mut meta: Option<ContextMeta> = None;
    let mut tls: Vec<(String, Vec<u8>)> = Vec::new();
    if super::zip::is_zip(&data) {
        for f in super::zip::entries(&data)? {
            if !f.is_regular() {
                continue;
            }
            check_path(&f.name)?;
            let body = super::zip::read(&data, &f, MAX_SIZE)?;
            take(&s, &a.name, &f.name, body, &mut meta, &mut tls)?;
        }
    } else {
        read_tar(&s, &a.name, data, &mut meta, &mut tls)?;
    }
    let Some(meta) = meta else {
        return Err(fail("invalid context: no metadata found"));
    };
    let files: Vec<(&str, Vec<u8>)> = tls.iter().map(|(f, d)| (f.as_str(), d.clone())).collect();
    s.save(&meta, &files)?;
    println!("{}", a.name);
    eprintln!("Successfully imported context {:?}", a.name);
    Ok(())
}

/// A tar archive (docker's `importTar`): its regular files, in order.
fn read_tar(
    s: &Store,
    name: &str,
    mut data: Vec<u8>,
    meta: &mut Option<ContextMeta>,
    tls: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    if !data.is_empty() && data.len() < 512 {
        return Err(fail("unexpected EOF"));
    }
    // docker's own archives end right after the last file's data (no padding, no trailer),
    // which Go's reader accepts: complete them.
    data.resize(data.len().div_ceil(512) * 512 + 1024, 0);
    let mut archive = tar::Archive::new(&data[..]);
    let entries = archive
        .entries()
        .map_err(|_| fail("archive/tar: invalid tar header"))?;
    for entry in entries {
        let mut entry = entry.map_err(|_| fail("archive/tar: invalid tar header"))?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            continue;
        }
        let path = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        check_path(&path)?;
        let mut body = Vec::new();
        entry.read_to_end(&mut body)?;
        take(s, name, &path, body, meta, tls)?;
    }
    Ok(())
}

/// One file of the archive, its path checked: the metadata (renamed, and stored at once, as
/// docker stores it: a later failure leaves the context imported without its TLS files) or a
/// TLS file.
fn take(
    s: &Store,
    name: &str,
    path: &str,
    body: Vec<u8>,
    meta: &mut Option<ContextMeta>,
    tls: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    if path == "meta.json" {
        // Go's decoder's wording for what does not parse.
        let mut m: ContextMeta = serde_json::from_slice(&body).map_err(|e| {
            fail(crate::format::go_json::syntax_error(&body).unwrap_or_else(|| e.to_string()))
        })?;
        m.name = name.to_string();
        s.save(&m, &[])?;
        *meta = Some(m);
        return Ok(());
    }
    let rest = &path["tls/".len()..];
    match rest.split_once('/') {
        Some(("docker", file)) => tls.push((file.to_string(), body)),
        Some(_) => {}
        None => return Err(fail("archive format is invalid")),
    }
    Ok(())
}
