//! MAC addresses as Go's `net.ParseMAC` accepts them (`--mac-address`, `--network mac-address=`).

/// True when `s` (spaces trimmed) is a 6-, 8- or 20-octet address written `aa:bb:..`,
/// `aa-bb-..` or `aabb.ccdd.eeff`.
pub fn is_valid(s: &str) -> bool {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 14 {
        return false;
    }
    let hex = |chunk: &[u8]| chunk.iter().all(u8::is_ascii_hexdigit);
    if b[2] == b':' || b[2] == b'-' {
        let sep = b[2];
        if !(b.len() + 1).is_multiple_of(3) || !matches!((b.len() + 1) / 3, 6 | 8 | 20) {
            return false;
        }
        return b
            .chunks(3)
            .all(|c| hex(&c[..2]) && (c.len() == 2 || c[2] == sep));
    }
    if b[4] == b'.' {
        if !(b.len() + 1).is_multiple_of(5) || !matches!((b.len() + 1) * 2 / 5, 6 | 8 | 20) {
            return false;
        }
        return b
            .chunks(5)
            .all(|c| hex(&c[..4]) && (c.len() == 4 || c[4] == b'.'));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    #[test]
    fn go_mac_forms() {
        assert!(is_valid("92:d0:c6:0a:29:33"));
        assert!(is_valid("92-D0-C6-0A-29-33"));
        assert!(is_valid("92d0.c60a.2933"));
        assert!(is_valid(" 02:42:ac:11:00:02 "));
        assert!(is_valid("00:00:00:00:fe:80:00:00"));
        assert!(!is_valid("zz"));
        assert!(!is_valid("92:d0:c6:0a:29"));
        assert!(!is_valid("92:d0-c6:0a:29:33"));
        assert!(!is_valid("92:d0:c6:0a:29:3g"));
    }
}
