//! The local half of `cp`, as docker's `pkg/archive` copy rules: source and destination
//! `CopyInfo`, `PrepareArchiveCopy` (which directory to extract into, which names to rebase),
//! `TarResource` (the archive of a host path) and `Untar` with `NoLchown` and
//! `NoOverwriteDirNonDir`. Errors carry Go's wording (`lstat /x: no such file or directory`).

use std::collections::HashMap;
use std::ffi::{CString, OsStr};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

use crate::commands::tar_upload::append_file;
use crate::engine::upload::Sink;
use crate::opts::oserror::describe;
use crate::opts::paths::clean;

/// Go's `archive.ErrCannotCopyDir` and friends.
pub const CANNOT_COPY_DIR: &str = "cannot copy directory";
pub const DIR_NOT_EXISTS: &str = "no such directory";
pub const NOT_DIRECTORY: &str = "not a directory";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopyInfo {
    pub path: String,
    pub exists: bool,
    pub is_dir: bool,
    pub rebase_name: String,
}

/// Go's `filepath.Base`.
pub fn base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

/// Go's `filepath.Dir`.
pub fn dir(p: &str) -> String {
    let d = match p.rfind('/') {
        Some(i) => &p[..=i],
        None => "",
    };
    clean(d)
}

/// Go's `filepath.Split`: everything up to and including the last `/`, and the rest.
fn split(p: &str) -> (&str, &str) {
    match p.rfind('/') {
        Some(i) => (&p[..=i], &p[i + 1..]),
        None => ("", p),
    }
}

/// Go's `filepath.Join` of two parts.
pub fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => String::new(),
        (true, false) => clean(b),
        (false, true) => clean(a),
        (false, false) => clean(&format!("{a}/{b}")),
    }
}

fn specifies_current_dir(p: &str) -> bool {
    base(p) == "."
}

fn trailing_sep(p: &str) -> bool {
    p.ends_with('/')
}

/// `archive.SplitPathDirEntry`: directory and entry, a trailing `/.` kept as the entry `.`.
pub fn split_path_dir_entry(p: &str) -> (String, String) {
    let mut cleaned = clean(p);
    if specifies_current_dir(p) {
        cleaned.push_str("/.");
    }
    (dir(&cleaned), base(&cleaned))
}

/// `archive.PreserveTrailingDotOrSeparator`.
pub fn preserve_trailing(cleaned: &str, original: &str) -> String {
    let mut c = cleaned.to_string();
    if !specifies_current_dir(&c) && specifies_current_dir(original) {
        if !trailing_sep(&c) {
            c.push('/');
        }
        c.push('.');
    }
    if !trailing_sep(&c) && trailing_sep(original) {
        c.push('/');
    }
    c
}

/// docker's `resolveLocalPath`: absolute, cleaned, trailing `/` or `/.` kept.
pub fn resolve_local_path(p: &str) -> Result<String, String> {
    let abs = if p.starts_with('/') {
        clean(p)
    } else {
        let cwd = std::env::current_dir().map_err(|e| format!("getwd: {}", describe(&e)))?;
        clean(&format!("{}/{p}", cwd.to_string_lossy()))
    };
    Ok(preserve_trailing(&abs, p))
}

/// `archive.GetRebaseName`.
pub fn rebase_name(path: &str, resolved: &str) -> (String, String) {
    let mut resolved = resolved.to_string();
    if specifies_current_dir(path) && !specifies_current_dir(&resolved) {
        resolved.push_str("/.");
    }
    if trailing_sep(path) && !trailing_sep(&resolved) {
        resolved.push('/');
    }
    let rebase = if base(path) != base(&resolved) {
        base(path)
    } else {
        String::new()
    };
    (resolved, rebase)
}

fn lstat(p: &str) -> std::io::Result<std::fs::Metadata> {
    std::fs::symlink_metadata(OsStr::new(p))
}

/// Go's `os.PathError` text: `op path: reason`.
fn path_err(op: &str, p: &str, e: &std::io::Error) -> String {
    format!("{op} {p}: {}", describe(e))
}

/// Go's `filepath.EvalSymlinks` for an absolute path.
pub fn eval_symlinks(path: &str) -> Result<String, String> {
    if path.is_empty() {
        return Ok(String::new());
    }
    let mut rest: std::collections::VecDeque<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let mut dest = if path.starts_with('/') {
        "/".to_string()
    } else {
        String::new()
    };
    let mut links = 0;
    while let Some(c) = rest.pop_front() {
        if c == "." {
            continue;
        }
        if c == ".." {
            dest = if dest.is_empty() {
                "..".into()
            } else {
                dir(&dest)
            };
            continue;
        }
        let candidate = if dest.is_empty() {
            c.clone()
        } else {
            join(&dest, &c)
        };
        let meta = lstat(&candidate).map_err(|e| path_err("lstat", &candidate, &e))?;
        if !meta.file_type().is_symlink() {
            if !meta.is_dir() && !rest.is_empty() {
                return Err(NOT_DIRECTORY.into());
            }
            dest = candidate;
            continue;
        }
        links += 1;
        if links > 255 {
            return Err("EvalSymlinks: too many links".into());
        }
        let target = std::fs::read_link(OsStr::new(&candidate))
            .map_err(|e| path_err("readlink", &candidate, &e))?;
        let target = target.to_string_lossy().into_owned();
        if target.starts_with('/') {
            dest = "/".into();
        }
        for part in target.split('/').filter(|s| !s.is_empty()).rev() {
            rest.push_front(part.to_string());
        }
    }
    Ok(if dest.is_empty() {
        ".".into()
    } else {
        clean(&dest)
    })
}

/// `archive.CopyInfoSourcePath`.
pub fn source_info(path: &str, follow: bool) -> Result<CopyInfo, String> {
    let (resolved, rebase) = if follow {
        let r = eval_symlinks(path)?;
        rebase_name(path, &r)
    } else {
        let (dir_path, base_path) = split(path);
        let resolved_dir = eval_symlinks(dir_path)?;
        let resolved = format!("{resolved_dir}/{base_path}");
        let rebase = if trailing_sep(path) && base(path) != base(&resolved) {
            base(path)
        } else {
            String::new()
        };
        (resolved, rebase)
    };
    let meta = lstat(&resolved).map_err(|e| path_err("lstat", &resolved, &e))?;
    Ok(CopyInfo {
        path: resolved,
        exists: true,
        is_dir: meta.is_dir(),
        rebase_name: rebase,
    })
}

/// `archive.CopyInfoDestinationPath`: symlinks at the end followed, a missing path accepted when
/// its parent is a directory.
pub fn destination_info(path: &str) -> Result<CopyInfo, String> {
    let original = path.to_string();
    let mut path = path.to_string();
    let mut stat = lstat(&path);
    if let Ok(m) = &stat {
        if !m.file_type().is_symlink() {
            return Ok(CopyInfo {
                path,
                exists: true,
                is_dir: m.is_dir(),
                ..Default::default()
            });
        }
    }
    let mut n = 0;
    while let Ok(m) = &stat {
        if !m.file_type().is_symlink() {
            break;
        }
        if n > 10 {
            return Err(format!("too many symlinks in {original}"));
        }
        n += 1;
        let target =
            std::fs::read_link(OsStr::new(&path)).map_err(|e| path_err("readlink", &path, &e))?;
        let mut target = target.to_string_lossy().into_owned();
        if !target.starts_with('/') {
            let (parent, _) = split_path_dir_entry(&path);
            target = join(&parent, &target);
        }
        path = target;
        stat = lstat(&path);
    }
    match stat {
        Ok(m) => Ok(CopyInfo {
            path,
            exists: true,
            is_dir: m.is_dir(),
            ..Default::default()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let (parent, _) = split_path_dir_entry(&path);
            let pm = std::fs::metadata(OsStr::new(&parent))
                .map_err(|e| path_err("stat", &parent, &e))?;
            if !pm.is_dir() {
                return Err(NOT_DIRECTORY.into());
            }
            Ok(CopyInfo {
                path,
                ..Default::default()
            })
        }
        Err(e) => Err(path_err("lstat", &path, &e)),
    }
}

fn asserts_directory(p: &str) -> bool {
    trailing_sep(p) || specifies_current_dir(p)
}

/// `archive.PrepareArchiveCopy`: the directory to extract into and the rename (old base, new
/// base) the archive's entries need, if any.
pub fn prepare(
    src: &CopyInfo,
    dst: &CopyInfo,
) -> Result<(String, Option<(String, String)>), String> {
    let (dst_dir, dst_base) = split_path_dir_entry(&dst.path);
    let (_, mut src_base) = split_path_dir_entry(&src.path);
    if !src.rebase_name.is_empty() {
        src_base = src.rebase_name.clone();
    }
    if dst.exists && dst.is_dir {
        return Ok((dst.path.clone(), None));
    }
    if dst.exists && src.is_dir {
        return Err(CANNOT_COPY_DIR.into());
    }
    if !dst.exists && !src.is_dir && asserts_directory(&dst.path) {
        return Err(DIR_NOT_EXISTS.into());
    }
    Ok((dst_dir, Some((src_base, dst_base))))
}

/// Go's `strings.Replace(s, old, new, 1)` over bytes (`old` empty inserts at the start).
pub fn replace_first(s: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    if old.is_empty() {
        let mut v = new.to_vec();
        v.extend_from_slice(s);
        return v;
    }
    match s.windows(old.len()).position(|w| w == old) {
        Some(i) => {
            let mut v = s[..i].to_vec();
            v.extend_from_slice(new);
            v.extend_from_slice(&s[i + old.len()..]);
            v
        }
        None => s.to_vec(),
    }
}

/// `RebaseArchiveEntries`' rename: `/` as the old base stands for the empty string.
pub type Rename = (String, String);

fn rename(name: &[u8], renames: &[Rename]) -> Vec<u8> {
    let mut n = name.to_vec();
    for (old, new) in renames {
        let old = if old == "/" { "" } else { old.as_str() };
        n = replace_first(&n, old.as_bytes(), new.as_bytes());
    }
    n
}

fn cstr(p: &[u8]) -> Result<CString, String> {
    CString::new(p).map_err(|_| "invalid argument".to_string())
}

fn set_times(path: &[u8], mtime: u64, nofollow: bool) -> Result<(), String> {
    let c = cstr(path)?;
    let secs = mtime.min(i64::MAX as u64) as libc::time_t;
    let ts = [
        libc::timespec {
            tv_sec: secs,
            tv_nsec: 0,
        },
        libc::timespec {
            tv_sec: secs,
            tv_nsec: 0,
        },
    ];
    let flags = if nofollow {
        libc::AT_SYMLINK_NOFOLLOW
    } else {
        0
    };
    // SAFETY: a valid NUL-terminated path and two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) };
    if r != 0 {
        let e = std::io::Error::last_os_error();
        return Err(path_err(
            if nofollow { "lutimes" } else { "chtimes" },
            &String::from_utf8_lossy(path),
            &e,
        ));
    }
    Ok(())
}

fn s(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

/// `archive.Untar` into `dest` with `NoLchown` and `NoOverwriteDirNonDir`, entry names renamed
/// first (`RebaseArchiveEntries`).
pub fn untar<R: Read>(reader: R, dest: &str, renames: &[Rename]) -> Result<(), String> {
    let mut archive = tar::Archive::new(reader);
    let entries = archive.entries().map_err(|e| e.to_string())?;
    let mut dirs: Vec<(Vec<u8>, u64)> = Vec::new();
    let dest = &clean(dest);
    let dest_b = dest.as_bytes();
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        let kind = entry.header().entry_type();
        if kind == tar::EntryType::XGlobalHeader {
            continue;
        }
        let raw_name = rename(&entry.path_bytes(), renames);
        let name = clean(&s(&raw_name));
        let path = join(dest, &name);
        let rel = relative(dest, &path);
        // Nothing is written outside `dest`: not by a `..` in the name, and not through a
        // symbolic link an earlier entry made in a parent directory (`d/esc -> /tmp/x`, then
        // `d/esc/evil`), where docker's own extractor follows the link.
        if rel.starts_with("../") || rel == ".." || through_symlink(dest, &dir(&name)) {
            return Err(format!(
                "{} is outside of {}",
                crate::commands::listing::go_quote(&name),
                crate::commands::listing::go_quote(dest)
            ));
        }
        // createImpliedDirectories
        if !raw_name.ends_with(b"/") {
            let parent = join(dest, &dir(&name));
            if lstat(&parent).is_err() {
                create_dir_all_mode(&parent)?;
            }
        }
        let is_dir_entry = kind == tar::EntryType::Directory;
        if let Ok(fi) = lstat(&path) {
            let q = crate::commands::listing::go_quote;
            if fi.is_dir() && !is_dir_entry {
                return Err(format!(
                    "cannot overwrite directory {} with non-directory {}",
                    q(&path),
                    q(dest)
                ));
            }
            if !fi.is_dir() && is_dir_entry {
                return Err(format!(
                    "cannot overwrite non-directory {} with directory {}",
                    q(&path),
                    q(dest)
                ));
            }
            if fi.is_dir() && name == "." {
                continue;
            }
            if !fi.is_dir() || !is_dir_entry {
                let r = if fi.is_dir() {
                    std::fs::remove_dir_all(OsStr::new(&path))
                } else {
                    std::fs::remove_file(OsStr::new(&path))
                };
                r.map_err(|e| path_err("unlinkat", &path, &e))?;
            }
        }
        let h = entry.header().clone();
        let mode = h.mode().unwrap_or(0o644) & 0o7777;
        let mtime = h.mtime().unwrap_or(0);
        let pb = path.as_bytes().to_vec();
        match kind {
            tar::EntryType::Directory => {
                if !lstat(&path).is_ok_and(|m| m.is_dir()) {
                    std::fs::create_dir(OsStr::new(&path))
                        .map_err(|e| path_err("mkdir", &path, &e))?;
                }
            }
            tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => {
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .write(true)
                    .truncate(true)
                    .open(OsStr::new(&path))
                    .map_err(|e| path_err("open", &path, &e))?;
                std::io::copy(&mut entry, &mut f).map_err(|e| e.to_string())?;
            }
            tar::EntryType::Symlink => {
                let target = entry
                    .link_name_bytes()
                    .map(|c| c.into_owned())
                    .unwrap_or_default();
                let resolved = join(&dir(&path), &s(&target));
                if !resolved.as_bytes().starts_with(dest_b) {
                    return Err(format!(
                        "invalid symlink {} -> {}",
                        crate::commands::listing::go_quote(&path),
                        crate::commands::listing::go_quote(&s(&target))
                    ));
                }
                std::os::unix::fs::symlink(OsStr::from_bytes(&target), OsStr::new(&path))
                    .map_err(|e| format!("symlink {} {path}: {}", s(&target), describe(&e)))?;
            }
            tar::EntryType::Link => {
                let target = entry
                    .link_name_bytes()
                    .map(|c| rename(&c, renames))
                    .unwrap_or_default();
                let target_path = join(dest, &s(&target));
                if !target_path.as_bytes().starts_with(dest_b)
                    || through_symlink(dest, &dir(&clean(&s(&target))))
                {
                    return Err(format!(
                        "invalid hardlink {} -> {}",
                        crate::commands::listing::go_quote(&target_path),
                        crate::commands::listing::go_quote(&s(&target))
                    ));
                }
                std::fs::hard_link(OsStr::new(&target_path), OsStr::new(&path))
                    .map_err(|e| format!("link {target_path} {path}: {}", describe(&e)))?;
            }
            tar::EntryType::Block | tar::EntryType::Char | tar::EntryType::Fifo => {
                let kind_bits = match kind {
                    tar::EntryType::Block => libc::S_IFBLK,
                    tar::EntryType::Char => libc::S_IFCHR,
                    _ => libc::S_IFIFO,
                };
                let major = h.device_major().ok().flatten().unwrap_or(0);
                let minor = h.device_minor().ok().flatten().unwrap_or(0);
                let c = cstr(&pb)?;
                // SAFETY: a valid path; mknod reports failures through errno.
                let r = unsafe {
                    libc::mknod(
                        c.as_ptr(),
                        kind_bits | (mode as libc::mode_t & 0o7777),
                        libc::makedev(major, minor),
                    )
                };
                if r != 0 {
                    let e = std::io::Error::last_os_error();
                    return Err(path_err("mknod", &path, &e));
                }
            }
            other => {
                return Err(format!("unhandled tar header type {}", other.as_byte()));
            }
        }
        match kind {
            tar::EntryType::Symlink => {
                let _ = set_times(&pb, mtime, true);
            }
            tar::EntryType::Link => {
                if let Ok(m) = std::fs::metadata(OsStr::new(&path)) {
                    let _ = std::fs::set_permissions(
                        OsStr::new(&path),
                        std::fs::Permissions::from_mode(m.mode() & 0o7777),
                    );
                }
            }
            _ => {
                std::fs::set_permissions(OsStr::new(&path), std::fs::Permissions::from_mode(mode))
                    .map_err(|e| path_err("chmod", &path, &e))?;
                set_times(&pb, mtime, false)?;
            }
        }
        if is_dir_entry {
            dirs.push((pb, mtime));
        }
    }
    for (p, mtime) in dirs {
        set_times(&p, mtime, false)?;
    }
    Ok(())
}

/// Does `rel` (a cleaned path inside `dest`) pass through a symbolic link on the way down from
/// `dest`? Only the parts that exist are looked at.
fn through_symlink(dest: &str, rel: &str) -> bool {
    let mut at = dest.to_string();
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        at = join(&at, part);
        match lstat(&at) {
            Ok(m) if m.file_type().is_symlink() => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
}

fn create_dir_all_mode(p: &str) -> Result<(), String> {
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o755);
    b.recursive(true)
        .create(OsStr::new(p))
        .map_err(|e| path_err("mkdir", p, &e))
}

/// Go's `filepath.Rel` for two cleaned absolute paths.
fn relative(base: &str, target: &str) -> String {
    let b: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    let t: Vec<&str> = target.split('/').filter(|s| !s.is_empty()).collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; b.len() - common];
    parts.extend(&t[common..]);
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// `archive.TarResource`: the archive of `info.path` (its entry named after the path's base, or
/// the rebase name), renamed by `renames` as `PrepareArchiveCopy` asks, packed into `sink` as it
/// is sent.
pub fn tar_resource(info: &CopyInfo, renames: &[Rename], sink: &mut Sink) -> Result<(), String> {
    lstat(&info.path).map_err(|e| path_err("lstat", &info.path, &e))?;
    let (source_dir, source_base) = split_path_dir_entry(&info.path);
    let mut b = tar::Builder::new(sink);
    b.follow_symlinks(false);
    let root = format!("{source_dir}/{source_base}");
    let mut links: HashMap<(u64, u64), Vec<u8>> = HashMap::new();
    let mut stack: Vec<String> = vec![root];
    while let Some(file_path) = stack.pop() {
        let Ok(meta) = lstat(&file_path) else {
            continue;
        };
        let mut rel = relative(&source_dir, &clean(&file_path));
        if source_base == "." && rel != "." {
            rel = format!("./{rel}");
        }
        if !info.rebase_name.is_empty() {
            let replacement = if info.rebase_name == "/" {
                ""
            } else {
                info.rebase_name.as_str()
            };
            rel = s(&replace_first(
                rel.as_bytes(),
                source_base.as_bytes(),
                replacement.as_bytes(),
            ));
        }
        add_file(&mut b, &file_path, &meta, &rel, renames, &mut links)?;
        if meta.is_dir() {
            let mut names: Vec<Vec<u8>> = match std::fs::read_dir(OsStr::new(&file_path)) {
                Ok(rd) => rd
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().as_bytes().to_vec())
                    .collect(),
                Err(_) => Vec::new(),
            };
            names.sort();
            for n in names.into_iter().rev() {
                stack.push(format!("{}/{}", file_path.trim_end_matches('/'), s(&n)));
            }
        }
    }
    b.finish().map_err(|e| e.to_string())
}

fn add_file(
    b: &mut tar::Builder<&mut Sink>,
    path: &str,
    meta: &std::fs::Metadata,
    name: &str,
    renames: &[Rename],
    links: &mut HashMap<(u64, u64), Vec<u8>>,
) -> Result<(), String> {
    let ft = meta.file_type();
    let mut name = rename(name.as_bytes(), renames);
    let mut h = tar::Header::new_gnu();
    h.set_mode(meta.mode() & 0o7777);
    h.set_uid(meta.uid() as u64);
    h.set_gid(meta.gid() as u64);
    h.set_mtime(meta.mtime().max(0) as u64);
    h.set_size(0);
    use std::os::unix::fs::FileTypeExt;
    if ft.is_dir() {
        if !name.ends_with(b"/") {
            name.push(b'/');
        }
        h.set_entry_type(tar::EntryType::Directory);
        return b
            .append_data(&mut h, OsStr::from_bytes(&name), std::io::empty())
            .map_err(|e| e.to_string());
    }
    if ft.is_symlink() {
        let target =
            std::fs::read_link(OsStr::new(path)).map_err(|e| path_err("readlink", path, &e))?;
        h.set_entry_type(tar::EntryType::Symlink);
        return b
            .append_link(&mut h, OsStr::from_bytes(&name), &target)
            .map_err(|e| e.to_string());
    }
    if meta.nlink() > 1 {
        let key = (meta.dev(), meta.ino());
        if let Some(first) = links.get(&key) {
            h.set_entry_type(tar::EntryType::Link);
            let first = first.clone();
            return b
                .append_link(&mut h, OsStr::from_bytes(&name), OsStr::from_bytes(&first))
                .map_err(|e| e.to_string());
        }
        links.insert(key, name.clone());
    }
    if ft.is_file() {
        let mut f =
            std::fs::File::open(OsStr::new(path)).map_err(|e| path_err("open", path, &e))?;
        return append_file(b, &mut h, OsStr::from_bytes(&name), &mut f, meta.len())
            .map_err(|e| e.to_string());
    }
    let kind = if ft.is_fifo() {
        tar::EntryType::Fifo
    } else if ft.is_block_device() {
        tar::EntryType::Block
    } else if ft.is_char_device() {
        tar::EntryType::Char
    } else {
        // Sockets: Go's tar refuses them and docker skips the file.
        return Ok(());
    };
    h.set_entry_type(kind);
    let rdev = meta.rdev();
    let _ = h.set_device_major(libc::major(rdev));
    let _ = h.set_device_minor(libc::minor(rdev));
    b.append_data(&mut h, OsStr::from_bytes(&name), std::io::empty())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_as_go() {
        assert_eq!(base("/a/b/"), "b");
        assert_eq!(base("/"), "/");
        assert_eq!(base(""), ".");
        assert_eq!(dir("/a/b"), "/a");
        assert_eq!(dir("b"), ".");
        assert_eq!(split_path_dir_entry("/a/b/."), ("/a/b".into(), ".".into()));
        assert_eq!(split_path_dir_entry("/a/b/"), ("/a".into(), "b".into()));
        assert_eq!(preserve_trailing("/a/b", "a/b/."), "/a/b/.");
        assert_eq!(preserve_trailing("/a/b", "a/b/"), "/a/b/");
        assert_eq!(
            rebase_name("/x/l/", "/x/real"),
            ("/x/real/".into(), "l".into())
        );
        assert_eq!(replace_first(b"./f", b".", b"new"), b"new/f");
        assert_eq!(replace_first(b"f", b"", b"x/"), b"x/f");
        assert_eq!(relative("/a/b", "/a/c/d"), "../c/d");
        assert_eq!(relative("/a", "/a"), ".");
    }

    #[test]
    fn prepare_rules() {
        let file = CopyInfo {
            path: "/s/f".into(),
            exists: true,
            ..Default::default()
        };
        let d = CopyInfo {
            path: "/s/d".into(),
            exists: true,
            is_dir: true,
            ..Default::default()
        };
        assert_eq!(prepare(&file, &d).unwrap(), ("/s/d".into(), None));
        assert_eq!(prepare(&d, &file).unwrap_err(), CANNOT_COPY_DIR);
        let missing_dir = CopyInfo {
            path: "/t/new/".into(),
            ..Default::default()
        };
        assert_eq!(prepare(&file, &missing_dir).unwrap_err(), DIR_NOT_EXISTS);
        assert_eq!(
            prepare(&d, &missing_dir).unwrap(),
            ("/t".into(), Some(("d".into(), "new".into())))
        );
    }
}
