//! The build context as docker's client packs it: a directory walked in lexical order into a
//! tar (owner 0:0) minus what `.dockerignore` excludes, or stdin (a tar sent as it is, or a bare
//! Dockerfile); a Dockerfile from outside the context or from stdin goes in under a random
//! `.dockerfile.<hex>` name that `.dockerignore` then lists.
//!
//! The context is streamed: checked first as docker's `ValidateContextDirectory` does (every file
//! it would send can be opened), then packed while it is sent, never held whole.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::dockerignore::{self, Matcher};
use crate::commands::tar_upload::append_file;
use crate::engine::upload::{Producer, Sink};
use crate::error::CliError;
use crate::opts::oserror::describe;

/// A context ready to be streamed, and the Dockerfile's path inside it.
pub struct Context {
    pub body: Producer,
    pub dockerfile: String,
}

/// How much of stdin is looked at to tell an archive from a Dockerfile (docker's
/// `archiveHeaderSize`).
const ARCHIVE_HEADER: u64 = 512;

fn prepare_error(msg: impl std::fmt::Display) -> anyhow::Error {
    CliError::message(format!("unable to prepare context: {msg}"), 1)
}

fn random_name() -> String {
    let mut bytes = [0u8; 10];
    let filled = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if filled.is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        bytes.copy_from_slice(&t.to_le_bytes()[..10]);
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(".dockerfile.{hex}")
}

fn header(kind: tar::EntryType, size: u64, mode: u32, mtime: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_size(size);
    h.set_mode(mode);
    h.set_mtime(mtime);
    h.set_uid(0);
    h.set_gid(0);
    h
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Is this an archive the daemon can take (tar, or gzip/bzip2/xz/zstd)?
pub fn is_archive(data: &[u8]) -> bool {
    let starts = |m: &[u8]| data.starts_with(m);
    starts(&[0x1f, 0x8b])
        || starts(b"BZh")
        || starts(&[0xfd, b'7', b'z', b'X', b'Z', 0])
        || starts(&[0x28, 0xb5, 0x2f, 0xfd])
        || data.get(257..262) == Some(b"ustar")
}

/// A context read from stdin: a tar streamed as it is, or a bare Dockerfile (put aside in a
/// scratch file first, as docker's client does: its tar header needs its size).
pub fn from_stdin(dockerfile: Option<&str>) -> Result<Context> {
    let mut stdin = std::io::stdin();
    let mut head = Vec::new();
    (&mut stdin).take(ARCHIVE_HEADER).read_to_end(&mut head)?;
    if is_archive(&head) {
        let name = dockerfile.filter(|f| !f.is_empty()).unwrap_or("Dockerfile");
        return Ok(Context {
            body: Box::new(move |sink: &mut Sink| {
                sink.write_all(&head)?;
                sink.copy_all(&mut stdin)?;
                Ok(())
            }),
            dockerfile: name.to_string(),
        });
    }
    let (mut file, size) = spool(&head, &mut stdin.lock())?;
    Ok(Context {
        body: Box::new(move |sink: &mut Sink| {
            let mut b = tar::Builder::new(sink);
            let mut h = header(tar::EntryType::Regular, size, 0o600, now());
            append_file(&mut b, &mut h, "Dockerfile", &mut file, size)?;
            b.finish()?;
            Ok(())
        }),
        dockerfile: "Dockerfile".into(),
    })
}

/// `head` and then all of `rest` (stdin) in an unnamed scratch file, rewound, and its size:
/// memory stays bounded whatever the size.
pub fn spool(head: &[u8], rest: &mut dyn Read) -> Result<(std::fs::File, u64)> {
    use std::io::{Seek, SeekFrom};
    let mut file = scratch_file()
        .map_err(|e| CliError::message(format!("failed to create temporary file: {e}"), 1))?;
    file.write_all(head)?;
    std::io::copy(rest, &mut file)?;
    let size = file.seek(SeekFrom::End(0))?;
    file.seek(SeekFrom::Start(0))?;
    Ok((file, size))
}

/// A file in the temporary directory that no name points to (gone once closed).
fn scratch_file() -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = std::env::temp_dir();
    let mut open = std::fs::OpenOptions::new();
    open.read(true).write(true).mode(0o600);
    if let Ok(f) = open.clone().custom_flags(libc::O_TMPFILE).open(&dir) {
        return Ok(f);
    }
    // A file system without O_TMPFILE: a fresh name, removed at once.
    let path = dir.join(random_name());
    let f = open.create_new(true).open(&path)?;
    std::fs::remove_file(&path)?;
    Ok(f)
}

/// The Dockerfile the build uses: `-f` relative to the current directory, else
/// `Dockerfile` (or `dockerfile`) in the context.
fn locate_dockerfile(dir: &Path, flag: Option<&str>) -> Result<PathBuf> {
    let path = match flag.filter(|f| !f.is_empty()) {
        Some(f) => std::path::absolute(f)?,
        None => {
            let default = dir.join("Dockerfile");
            let lower = dir.join("dockerfile");
            if default.symlink_metadata().is_err() && lower.symlink_metadata().is_ok() {
                lower
            } else {
                default
            }
        }
    };
    if let Err(e) = path.symlink_metadata() {
        return Err(prepare_error(format!(
            "unable to evaluate symlinks in Dockerfile path: lstat {}: {}",
            path.display(),
            describe(&e)
        )));
    }
    Ok(path)
}

/// Packs `dir`; `dockerfile_flag` is `-f` (`-` means `stdin_dockerfile` holds it, spooled and
/// with its size).
pub fn from_dir(
    dir: &Path,
    dockerfile_flag: Option<&str>,
    stdin_dockerfile: Option<(std::fs::File, u64)>,
) -> Result<Context> {
    let meta = std::fs::metadata(dir)
        .map_err(|_| prepare_error(format!("path {:?} not found", dir.display().to_string())))?;
    if !meta.is_dir() {
        return Err(prepare_error(format!(
            "context must be a directory: {}",
            dir.display()
        )));
    }
    let abs_dir = std::path::absolute(dir)?;
    // The Dockerfile inside the context, or the file and size of one from elsewhere.
    let (inside, outside): (Option<String>, Option<(std::fs::File, u64)>) = match stdin_dockerfile {
        Some(spooled) => (None, Some(spooled)),
        None => {
            let df = locate_dockerfile(&abs_dir, dockerfile_flag)?;
            match df.strip_prefix(&abs_dir) {
                Ok(rel) => (Some(rel.to_string_lossy().replace('\\', "/")), None),
                Err(_) => {
                    let file = std::fs::File::open(&df).map_err(|e| prepare_error(describe(&e)))?;
                    let size = file.metadata()?.len();
                    (None, Some((file, size)))
                }
            }
        }
    };
    let ignore = match std::fs::read(abs_dir.join(".dockerignore")) {
        Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(CliError::message(
                format!("failed to read .dockerignore: {}", describe(&e)),
                1,
            ))
        }
    };
    let mut patterns = ignore
        .as_deref()
        .map(dockerignore::parse)
        .unwrap_or_default();
    // TrimBuildFilesFromExcludes: the Dockerfile and .dockerignore are always sent.
    let probe = Matcher::new(&patterns).map_err(|e| CliError::message(e, 1))?;
    if probe.excluded(".dockerignore") {
        patterns.push("!.dockerignore".into());
    }
    if let Some(df) = &inside {
        if probe.excluded(df) {
            patterns.push(format!("!{df}"));
        }
    }
    let matcher = Matcher::new(&patterns).map_err(|e| CliError::message(e, 1))?;
    check(&abs_dir, &matcher)?;
    // A Dockerfile from elsewhere goes in under a random name that .dockerignore then lists.
    let (dockerfile, extra) = match (inside, outside) {
        (Some(rel), _) => (rel, None),
        (None, file) => {
            let name = random_name();
            let mut ignore_text = ignore.unwrap_or_else(|| ".dockerignore".into());
            ignore_text.push_str(&format!("\n{name}\n"));
            let extra = (name.clone(), file, ignore_text);
            (name, Some(extra))
        }
    };
    let body: Producer = Box::new(move |sink: &mut Sink| {
        let mut b = tar::Builder::new(sink);
        b.follow_symlinks(false);
        let enter_excluded = matcher.has_exclusions();
        walk(
            &abs_dir,
            "",
            &matcher,
            enter_excluded,
            &mut |path, full, meta| add(&mut b, path, full, meta),
        )?;
        if let Some((name, file, ignore_text)) = extra {
            let t = now();
            match file {
                Some((mut file, size)) => {
                    let mut h = header(tar::EntryType::Regular, size, 0o600, t);
                    append_file(&mut b, &mut h, &name, &mut file, size)?;
                }
                None => {
                    let mut h = header(tar::EntryType::Regular, 0, 0o600, t);
                    b.append_data(&mut h, &name, std::io::empty())?;
                }
            }
            let mut h = header(tar::EntryType::Regular, ignore_text.len() as u64, 0o600, t);
            b.append_data(&mut h, ".dockerignore", ignore_text.as_bytes())?;
        }
        b.finish()?;
        Ok(())
    });
    Ok(Context { body, dockerfile })
}

/// docker's `ValidateContextDirectory`, before anything is sent: every file that would be sent
/// can be opened (symlinks and FIFOs are not opened).
fn check(root: &Path, m: &Matcher) -> Result<()> {
    let checking = |e: String| CliError::message(format!("error checking context: {e}"), 1);
    walk(root, "", m, false, &mut |_, full, meta| {
        let ft = meta.file_type();
        if ft.is_dir() || ft.is_symlink() || std::os::unix::fs::FileTypeExt::is_fifo(&ft) {
            return Ok(());
        }
        match std::fs::File::open(full) {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(checking(format!(
                "no permission to read from '{}'",
                full.display()
            ))),
            _ => Ok(()),
        }
    })
}

/// Visits what the context holds below `rel`, in lexical order: each entry `.dockerignore` does
/// not exclude, a directory before its contents; an excluded directory is entered only when
/// `enter_excluded` (a `!` pattern may take back something under it).
fn walk(
    root: &Path,
    rel: &str,
    m: &Matcher,
    enter_excluded: bool,
    visit: &mut dyn FnMut(&str, &Path, &std::fs::Metadata) -> Result<()>,
) -> Result<()> {
    let dir = if rel.is_empty() {
        root.to_path_buf()
    } else {
        root.join(rel)
    };
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::PermissionDenied => format!("can't stat '{}'", dir.display()),
            _ => describe(&e),
        };
        CliError::message(format!("error checking context: {why}"), 1)
    })?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let path = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        let full = root.join(&path);
        let meta = std::fs::symlink_metadata(&full)?;
        let excluded = m.excluded(&path);
        if !excluded {
            visit(&path, &full, &meta)?;
        }
        if meta.is_dir() && (!excluded || enter_excluded) {
            walk(root, &path, m, enter_excluded, visit)?;
        }
    }
    Ok(())
}

/// One entry of the context's tar (owner 0:0).
fn add(
    b: &mut tar::Builder<&mut Sink>,
    path: &str,
    full: &Path,
    meta: &std::fs::Metadata,
) -> Result<()> {
    if meta.is_dir() {
        let mut h = header(tar::EntryType::Directory, 0, mode(meta), mtime(meta));
        b.append_data(&mut h, format!("{path}/"), std::io::empty())?;
    } else if meta.file_type().is_symlink() {
        let target = std::fs::read_link(full)?;
        let mut h = header(tar::EntryType::Symlink, 0, mode(meta), mtime(meta));
        b.append_link(&mut h, path, target)?;
    } else if meta.is_file() {
        let mut f = std::fs::File::open(full).map_err(|e| {
            CliError::message(format!("error checking context: {}", describe(&e)), 1)
        })?;
        let mut h = header(tar::EntryType::Regular, 0, mode(meta), mtime(meta));
        append_file(b, &mut h, path, &mut f, meta.len())?;
    }
    Ok(())
}

fn mode(m: &std::fs::Metadata) -> u32 {
    std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o7777
}

fn mtime(m: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::mtime(m).max(0) as u64
}
