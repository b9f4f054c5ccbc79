//! Tar headers byte for byte as Go's `archive/tar` writes them for docker's client (the build
//! context of `archive.TarWithOptions`: every header asked for in PAX format, which the writer
//! turns into plain USTAR when nothing needs a PAX record): USTAR with the name split into
//! prefix and suffix when it is longer than 100 bytes; otherwise a `PaxHeaders.0/NAME` extended
//! header carrying `path`, `linkpath`, `size`, `mtime` or `SCHILY.xattr.*` records before a main
//! header whose names keep their ASCII bytes only. Owner 0:0, no user or group names.

use std::collections::BTreeMap;

/// Header and data are laid out in blocks of this size.
pub const BLOCK: u64 = 512;
/// The end of an archive: two zero blocks (Go's writer pads no further).
pub const END: [u8; 1024] = [0; 1024];

/// Type flags.
pub const REGULAR: u8 = b'0';
pub const HARD_LINK: u8 = b'1';
pub const SYMLINK: u8 = b'2';
pub const CHAR: u8 = b'3';
pub const BLOCK_DEVICE: u8 = b'4';
pub const DIRECTORY: u8 = b'5';
pub const FIFO: u8 = b'6';
const PAX: u8 = b'x';

/// What a header says about one entry.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// The name in the archive (a directory's ends in `/`).
    pub name: Vec<u8>,
    pub kind: u8,
    /// Permission bits with setuid, setgid and sticky.
    pub mode: u32,
    /// The data's length (0 but for regular files).
    pub size: u64,
    pub mtime: i64,
    pub link: Vec<u8>,
    pub devmajor: u32,
    pub devminor: u32,
    /// Extended attributes (`security.capability`) as PAX records.
    pub xattrs: Vec<(String, Vec<u8>)>,
}

/// The zeros after `size` bytes of data up to the next block.
pub fn padding(size: u64) -> usize {
    ((BLOCK - size % BLOCK) % BLOCK) as usize
}

fn fits_octal(width: usize, x: i64) -> bool {
    let bits = (width as u32 - 1) * 3;
    x >= 0 && (width >= 22 || x < 1i64 << bits)
}

/// Go's `formatString`: truncated to the field, NUL-terminated when shorter, and a trailing
/// slash cut from a truncated name.
fn put_str(field: &mut [u8], s: &[u8]) {
    let n = s.len().min(field.len());
    field[..n].copy_from_slice(&s[..n]);
    if s.len() < field.len() {
        field[s.len()] = 0;
    }
    if s.len() > field.len() && field[field.len() - 1] == b'/' {
        let kept = s[..field.len()]
            .iter()
            .rposition(|&c| c != b'/')
            .map_or(0, |i| i + 1);
        field[kept] = 0;
    }
}

/// Go's `formatOctal`: zero-padded, NUL-terminated; 0 when it does not fit.
fn put_octal(field: &mut [u8], x: i64) {
    let x = if fits_octal(field.len(), x) { x } else { 0 };
    let s = format!("{x:0width$o}", width = field.len() - 1);
    put_str(field, s.as_bytes());
}

fn ascii(s: &[u8]) -> Vec<u8> {
    s.iter().copied().filter(u8::is_ascii).collect()
}

/// Go's `splitUSTARPath`: a name too long for the name field as a prefix and suffix.
fn split_ustar(name: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut length = name.len();
    if length <= 100 || !name.is_ascii() {
        return None;
    }
    if length > 156 {
        length = 156;
    } else if name[length - 1] == b'/' {
        length -= 1;
    }
    let i = name[..length].iter().rposition(|&c| c == b'/')?;
    let (prefix, suffix) = (&name[..i], &name[i + 1..]);
    (i > 0 && !suffix.is_empty() && suffix.len() <= 100 && prefix.len() <= 155)
        .then_some((prefix, suffix))
}

/// The checksum and the magic of the format both USTAR and PAX headers carry.
fn seal(b: &mut [u8; 512]) {
    b[257..263].copy_from_slice(b"ustar\0");
    b[263..265].copy_from_slice(b"00");
    let sum: i64 = b
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if (148..156).contains(&i) {
                32
            } else {
                i64::from(c)
            }
        })
        .sum();
    put_octal(&mut b[148..155], sum);
    b[155] = b' ';
}

/// Go's `templateV7Plus`.
fn template(e: &Entry, name: &[u8], link: &[u8]) -> [u8; 512] {
    let mut b = [0u8; 512];
    b[156] = e.kind;
    put_str(&mut b[0..100], name);
    put_str(&mut b[157..257], link);
    put_octal(&mut b[100..108], i64::from(e.mode));
    put_octal(&mut b[108..116], 0);
    put_octal(&mut b[116..124], 0);
    put_octal(&mut b[124..136], i64::try_from(e.size).unwrap_or(-1));
    put_octal(&mut b[136..148], e.mtime.max(0));
    put_octal(&mut b[329..337], i64::from(e.devmajor));
    put_octal(&mut b[337..345], i64::from(e.devminor));
    b
}

/// `"%d %s=%s\n"` where the number is the record's own length.
fn pax_record(key: &str, value: &[u8]) -> Vec<u8> {
    let mut size = key.len() + value.len() + 3;
    size += size.to_string().len();
    if (size.to_string().len() + key.len() + value.len() + 3) != size {
        size += 1;
    }
    let mut r = format!("{size} {key}=").into_bytes();
    r.extend_from_slice(value);
    r.push(b'\n');
    r
}

/// The header block(s) of `e`: one USTAR block, or a PAX extended header (block and padded
/// records) and the main block.
pub fn header(e: &Entry) -> Vec<u8> {
    let mut pax: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    let mut ustar = true;
    if !e.name.is_ascii() || e.name.len() > 100 {
        ustar &= split_ustar(&e.name).is_some();
        pax.insert("path", e.name.clone());
    }
    if !e.link.is_ascii() || e.link.len() > 100 {
        ustar = false;
        pax.insert("linkpath", e.link.clone());
    }
    if !fits_octal(12, i64::try_from(e.size).unwrap_or(-1)) {
        ustar = false;
        pax.insert("size", e.size.to_string().into_bytes());
    }
    if !fits_octal(12, e.mtime) {
        ustar = false;
        pax.insert("mtime", e.mtime.to_string().into_bytes());
    }
    for (k, v) in &e.xattrs {
        ustar = false;
        pax.insert(k.as_str(), v.clone());
    }
    if ustar {
        let (prefix, name) = split_ustar(&e.name).unwrap_or((b"", &e.name));
        let mut b = template(e, name, &e.link);
        put_str(&mut b[345..500], prefix);
        seal(&mut b);
        return b.to_vec();
    }
    let mut out = Vec::with_capacity(1536);
    if !pax.is_empty() {
        let data: Vec<u8> = pax.iter().flat_map(|(k, v)| pax_record(k, v)).collect();
        // path.Join(dir, "PaxHeaders.0", file) of the name.
        let (dir, file) = match e.name.iter().rposition(|&c| c == b'/') {
            Some(i) => (&e.name[..i], &e.name[i + 1..]),
            None => (&e.name[..0], &e.name[..]),
        };
        let mut name = dir.to_vec();
        if !name.is_empty() {
            name.push(b'/');
        }
        name.extend_from_slice(b"PaxHeaders.0");
        if !file.is_empty() {
            name.push(b'/');
            name.extend_from_slice(file);
        }
        let mut name = ascii(&name);
        name.truncate(100);
        while name.last() == Some(&b'/') {
            name.pop();
        }
        let mut b = [0u8; 512];
        b[156] = PAX;
        put_str(&mut b[0..100], &name);
        put_octal(&mut b[100..108], 0);
        put_octal(&mut b[108..116], 0);
        put_octal(&mut b[116..124], 0);
        put_octal(&mut b[124..136], data.len() as i64);
        put_octal(&mut b[136..148], 0);
        seal(&mut b);
        out.extend_from_slice(&b);
        out.extend_from_slice(&data);
        out.resize(out.len() + padding(data.len() as u64), 0);
    }
    let mut b = template(e, &ascii(&e.name), &ascii(&e.link));
    seal(&mut b);
    out.extend_from_slice(&b);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str) -> Entry {
        Entry {
            name: name.as_bytes().to_vec(),
            kind: REGULAR,
            mode: 0o644,
            size: 6,
            mtime: 0o15303647303,
            ..Entry::default()
        }
    }

    #[test]
    fn a_short_name_is_one_ustar_block() {
        let b = header(&file(".dockerignore"));
        assert_eq!(b.len(), 512);
        assert_eq!(&b[..14], b".dockerignore\0");
        assert_eq!(
            &b[100..156],
            b"0000644\x000000000\x000000000\x0000000000006\x0015303647303\x00011720\x00 "
        );
        assert_eq!(&b[257..265], b"ustar\x0000");
        assert_eq!(&b[329..345], b"0000000\x000000000\x00");
    }

    #[test]
    fn long_names_split_or_go_to_pax() {
        let split = format!("{}/{}/f", "d".repeat(60), "e".repeat(60));
        let b = header(&file(&split));
        assert_eq!(b.len(), 512);
        assert_eq!(&b[..2], b"f\0");
        assert_eq!(
            &b[345..467],
            format!("{}/{}\0", "d".repeat(60), "e".repeat(60)).as_bytes()
        );

        let long = "n".repeat(120);
        let b = header(&file(&long));
        assert_eq!(b.len(), 1536);
        assert_eq!(
            &b[..100],
            format!("PaxHeaders.0/{}", "n".repeat(87)).as_bytes()
        );
        assert_eq!(b[156], b'x');
        assert_eq!(&b[124..136], b"00000000202\0");
        assert_eq!(&b[512..642], format!("130 path={long}\n").as_bytes());
        assert_eq!(&b[1024..1124], "n".repeat(100).as_bytes());
    }

    #[test]
    fn non_ascii_names_keep_their_ascii_in_the_main_header() {
        let b = header(&file("é.txt"));
        assert_eq!(b.len(), 1536);
        assert_eq!(&b[..18], b"PaxHeaders.0/.txt\0");
        assert_eq!(&b[512..527], "15 path=é.txt\n".as_bytes());
        assert_eq!(&b[1024..1029], b".txt\0");
    }

    #[test]
    fn record_lengths_count_their_own_digits() {
        assert_eq!(pax_record("path", b"abc"), b"12 path=abc\n".to_vec());
        assert_eq!(
            pax_record("path", b"abcdefgh"),
            b"17 path=abcdefgh\n".to_vec()
        );
        // 98 bytes and a two-digit length would be 100, which takes three digits: 101.
        let r = pax_record("k", &[b'v'; 94]);
        assert_eq!(r.len(), 101);
        assert!(r.starts_with(b"101 k="));
    }
}
