//! The build context as docker's client packs it: a directory walked in lexical order into a
//! tar (owner 0:0) minus what `.dockerignore` excludes, or stdin (a tar sent as it is, or a bare
//! Dockerfile); a Dockerfile from outside the context or from stdin goes in under a random
//! `.dockerfile.<hex>` name that `.dockerignore` then lists.
//!
//! A directory is walked once (one `stat` per entry), checked as docker's
//! `ValidateContextDirectory` does (every file it would send can be opened), and measured: the
//! tar's exact length — headers as Go's `archive/tar` writes them (src/commands/build/gotar.rs),
//! data padded to 512-byte blocks, two zero blocks at the end — goes out as the request's
//! `Content-Length`, and the files' bytes move to the socket inside the kernel
//! (src/engine/sized_body.rs). The daemon receives the tar docker's client sends for the same
//! directory, byte for byte; memory holds the list of entries, never their data.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::dockerignore::{self, Matcher};
use super::gotar::{self, Entry};
use crate::engine::sized_body::Out;
use crate::engine::upload::Sink;
use crate::engine::upload_file::Body;
use crate::error::CliError;
use crate::opts::oserror::describe;

/// A context ready to be sent, and the Dockerfile's path inside it.
pub struct Context {
    pub body: Body,
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

/// A file docker's client adds itself (mode 0600, the current time), as `name`.
fn added(name: &str, size: u64) -> Entry {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64().round() as i64)
        .unwrap_or(0);
    Entry {
        name: name.as_bytes().to_vec(),
        kind: gotar::REGULAR,
        mode: 0o600,
        size,
        mtime: now,
        ..Entry::default()
    }
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
            body: Body::Stream(Box::new(move |sink: &mut Sink| {
                sink.write_all(&head)?;
                sink.copy_all(&mut stdin)?;
                Ok(())
            })),
            dockerfile: name.to_string(),
        });
    }
    let (file, size) = spool(&head, &mut stdin.lock())?;
    let plan = vec![Planned {
        entry: added("Dockerfile", size),
        data: Data::Spooled(file),
    }];
    Ok(Context {
        body: sized(PathBuf::new(), plan),
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

/// One entry of the context's tar, and where its data comes from.
struct Planned {
    entry: Entry,
    data: Data,
}

enum Data {
    /// None (a directory, a link, a device...).
    None,
    /// The file at the entry's name in the context.
    Disk,
    /// A file opened (or spooled) already: a Dockerfile from elsewhere.
    Spooled(File),
    /// Bytes of our own: `.dockerignore` listing that Dockerfile.
    Text(Vec<u8>),
}

/// The tar of `plan` (data under `root`) as a body of its exact length.
fn sized(root: PathBuf, plan: Vec<Planned>) -> Body {
    let len = plan
        .iter()
        .map(|p| {
            let size = p.entry.size;
            gotar::header(&p.entry).len() as u64 + size + gotar::padding(size) as u64
        })
        .sum::<u64>()
        + gotar::END.len() as u64;
    Body::Sized(
        len,
        Box::new(move |out: &mut dyn Out| {
            for p in plan {
                out.bytes(&gotar::header(&p.entry))?;
                let size = p.entry.size;
                match p.data {
                    Data::Disk if size > 0 => {
                        let full = root.join(OsStr::from_bytes(&p.entry.name));
                        let mut f = File::open(&full).map_err(|e| {
                            CliError::message(
                                format!("error checking context: {}", describe(&e)),
                                1,
                            )
                        })?;
                        out.file(&mut f, size)?;
                    }
                    Data::Spooled(mut f) => out.file(&mut f, size)?,
                    Data::Text(t) => out.bytes(&t)?,
                    Data::Disk | Data::None => {}
                }
                out.bytes(&[0u8; 512][..gotar::padding(size)])?;
            }
            out.bytes(&gotar::END)?;
            Ok(())
        }),
    )
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
        Ok(b) => Some(b),
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
        .map(|b| dockerignore::parse(&String::from_utf8_lossy(b)))
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
    let mut walk = Walk {
        root: &abs_dir,
        m: &matcher,
        enter_excluded: matcher.has_exclusions(),
        plan: Vec::new(),
        linked: HashMap::new(),
    };
    walk.dir(Path::new(""), true)?;
    let mut plan = walk.plan;
    // A Dockerfile from elsewhere goes in under a random name that .dockerignore then lists
    // (docker's `AddDockerfileToBuildContext`: the context's own .dockerignore changed where
    // it stands, or a new one added).
    let dockerfile = match (inside, outside) {
        (Some(rel), _) => rel,
        (None, file) => {
            let name = random_name();
            let mut text = ignore.unwrap_or_else(|| b".dockerignore".to_vec());
            text.extend_from_slice(format!("\n{name}\n").as_bytes());
            plan.push(match file {
                Some((file, size)) => Planned {
                    entry: added(&name, size),
                    data: Data::Spooled(file),
                },
                None => Planned {
                    entry: added(&name, 0),
                    data: Data::None,
                },
            });
            let own = plan
                .iter_mut()
                .find(|p| p.entry.name == b".dockerignore" && p.entry.kind == gotar::REGULAR);
            match own {
                Some(p) => {
                    p.entry.size = text.len() as u64;
                    p.data = Data::Text(text);
                }
                None => plan.push(Planned {
                    entry: added(".dockerignore", text.len() as u64),
                    data: Data::Text(text),
                }),
            }
            name
        }
    };
    Ok(Context {
        body: sized(abs_dir, plan),
        dockerfile,
    })
}

/// One walk of the context: what `.dockerignore` leaves, in lexical order, a directory before
/// its contents, each entry `stat`ed once; checked as docker's `ValidateContextDirectory` does.
struct Walk<'a> {
    root: &'a Path,
    m: &'a Matcher,
    /// A `!` pattern may take back something under an excluded directory: enter those too.
    enter_excluded: bool,
    plan: Vec<Planned>,
    /// The first name of each file with more than one link; later ones are hard links to it.
    linked: HashMap<(u64, u64), Vec<u8>>,
}

impl Walk<'_> {
    /// The entries below `rel`; `checked` unless under an excluded directory (which docker's
    /// check skips).
    fn dir(&mut self, rel: &Path, checked: bool) -> Result<()> {
        let dir = self.root.join(rel);
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            let why = match e.kind() {
                std::io::ErrorKind::PermissionDenied => format!("can't stat '{}'", dir.display()),
                _ => describe(&e),
            };
            CliError::message(format!("error checking context: {why}"), 1)
        })?;
        let mut found: Vec<(std::ffi::OsString, std::fs::Metadata)> = Vec::new();
        for e in entries {
            let e = e?;
            // The directory's own descriptor and the name: no path to resolve again.
            let meta = e.metadata()?;
            found.push((e.file_name(), meta));
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, meta) in found {
            let path = rel.join(&name);
            let excluded = self.m.excluded(&path.to_string_lossy());
            if !excluded {
                self.add(&path, &meta, checked)?;
            }
            if meta.is_dir() && (!excluded || self.enter_excluded) {
                self.dir(&path, checked && !excluded)?;
            }
        }
        Ok(())
    }

    fn add(&mut self, path: &Path, meta: &std::fs::Metadata, checked: bool) -> Result<()> {
        let full = self.root.join(path);
        let ft = meta.file_type();
        let mut entry = Entry {
            name: path.as_os_str().as_bytes().to_vec(),
            mode: meta.mode() & 0o7777,
            mtime: meta.mtime(),
            ..Entry::default()
        };
        let mut data = Data::None;
        if ft.is_dir() {
            entry.kind = gotar::DIRECTORY;
            entry.name.push(b'/');
        } else if ft.is_symlink() {
            entry.kind = gotar::SYMLINK;
            entry.link = std::fs::read_link(&full)?.as_os_str().as_bytes().to_vec();
        } else if ft.is_file() {
            entry.kind = gotar::REGULAR;
            entry.size = meta.len();
            if let Some(cap) = capability(&full) {
                entry.xattrs = vec![("SCHILY.xattr.security.capability".into(), cap)];
            }
            data = Data::Disk;
        } else if ft.is_fifo() {
            entry.kind = gotar::FIFO;
        } else if ft.is_char_device() || ft.is_block_device() {
            entry.kind = if ft.is_char_device() {
                gotar::CHAR
            } else {
                gotar::BLOCK_DEVICE
            };
            let rdev = meta.rdev();
            (entry.devmajor, entry.devminor) = (libc::major(rdev), libc::minor(rdev));
        } else {
            // A socket: Go's tar writer has no header for it, and docker's client leaves it out.
            return Ok(());
        }
        // docker's ValidateContextDirectory: whatever would be read can be opened.
        if checked && !(ft.is_dir() || ft.is_symlink() || ft.is_fifo()) {
            if let Err(e) = File::open(&full) {
                if e.kind() == std::io::ErrorKind::PermissionDenied {
                    return Err(CliError::message(
                        format!(
                            "error checking context: no permission to read from '{}'",
                            full.display()
                        ),
                        1,
                    ));
                }
            }
        }
        if !ft.is_dir() && meta.nlink() > 1 {
            match self.linked.get(&(meta.dev(), meta.ino())) {
                Some(first) => {
                    entry.kind = gotar::HARD_LINK;
                    entry.link = first.clone();
                    entry.size = 0;
                    data = Data::None;
                }
                None => {
                    self.linked
                        .insert((meta.dev(), meta.ino()), entry.name.clone());
                }
            }
        }
        self.plan.push(Planned { entry, data });
        Ok(())
    }
}

/// The file's `security.capability` attribute, which docker's client puts in the tar.
fn capability(full: &Path) -> Option<Vec<u8>> {
    let path = std::ffi::CString::new(full.as_os_str().as_bytes()).ok()?;
    let mut buf = [0u8; 256];
    // SAFETY: a NUL-terminated path and a buffer of the length given.
    let n = unsafe {
        libc::lgetxattr(
            path.as_ptr(),
            c"security.capability".as_ptr(),
            buf.as_mut_ptr().cast(),
            buf.len(),
        )
    };
    usize::try_from(n).ok().map(|n| buf[..n].to_vec())
}
