//! PEM blocks as Go's `encoding/pem` reads and writes them: a `-----BEGIN TYPE-----` line,
//! `Key: Value` headers, base64 body, `-----END TYPE-----`; written with `Proc-Type` first, the
//! other headers sorted, and the base64 in lines of 64.

use std::collections::BTreeMap;

use base64::Engine as _;

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: String,
    pub headers: BTreeMap<String, String>,
    pub bytes: Vec<u8>,
}

/// The first line of `data` without its line ending (and trailing blanks, as Go's `getLine`),
/// and what follows it.
fn line(data: &[u8]) -> (&[u8], &[u8]) {
    let (head, rest) = match data.iter().position(|b| *b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &data[data.len()..]),
    };
    let end = head
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r'))
        .map_or(0, |i| i + 1);
    (&head[..end], rest)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `pem.Decode`: the first well-formed block in `data` and the bytes after it.
pub fn decode(data: &[u8]) -> Option<(Block, &[u8])> {
    const START: &[u8] = b"\n-----BEGIN ";
    let mut rest = data;
    loop {
        if rest.starts_with(&START[1..]) {
            rest = &rest[START.len() - 1..];
        } else {
            let i = find(rest, START)?;
            rest = &rest[i + START.len()..];
        }
        let (type_line, after) = line(rest);
        let Some(kind) = type_line.strip_suffix(b"-----") else {
            continue;
        };
        let kind = String::from_utf8_lossy(kind).into_owned();
        let mut headers = BTreeMap::new();
        let mut body = after;
        loop {
            if body.is_empty() {
                break;
            }
            let (l, next) = line(body);
            let Some(colon) = l.iter().position(|b| *b == b':') else {
                break;
            };
            let key = String::from_utf8_lossy(&l[..colon]).trim().to_string();
            let value = String::from_utf8_lossy(&l[colon + 1..]).trim().to_string();
            headers.insert(key, value);
            body = next;
        }
        let end = format!("-----END {kind}-----");
        let (content, trailer) = if headers.is_empty() && body.starts_with(end.as_bytes()) {
            (&body[..0], &body[end.len()..])
        } else {
            let needle = format!("\n{end}");
            match find(body, needle.as_bytes()) {
                Some(i) => (&body[..i], &body[i + needle.len()..]),
                None => continue,
            }
        };
        // What follows the END line on its line must be blank.
        let (tail, after_block) = line(trailer);
        if !tail.is_empty() {
            continue;
        }
        let text: Vec<u8> = content
            .iter()
            .copied()
            .filter(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            .collect();
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(&text) else {
            continue;
        };
        let block = Block {
            kind,
            headers,
            bytes,
        };
        return Some((block, after_block));
    }
}

/// Every block of `data`, in order.
pub fn decode_all(mut data: &[u8]) -> Vec<Block> {
    let mut out = Vec::new();
    while let Some((block, rest)) = decode(data) {
        out.push(block);
        data = rest;
    }
    out
}

/// `pem.EncodeToMemory`.
pub fn encode(block: &Block) -> String {
    let mut out = format!("-----BEGIN {}-----\n", block.kind);
    if let Some(v) = block.headers.get("Proc-Type") {
        out.push_str(&format!("Proc-Type: {v}\n"));
    }
    for (k, v) in block.headers.iter().filter(|(k, _)| *k != "Proc-Type") {
        out.push_str(&format!("{k}: {v}\n"));
    }
    if !block.headers.is_empty() {
        out.push('\n');
    }
    let text = base64::engine::general_purpose::STANDARD.encode(&block.bytes);
    for chunk in text.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {}-----\n", block.kind));
    out
}

/// A block of `kind` with one `role` header (how notary writes its keys).
pub fn with_role(kind: &str, role: &str, bytes: Vec<u8>) -> String {
    encode(&Block {
        kind: kind.to_string(),
        headers: BTreeMap::from([("role".to_string(), role.to_string())]),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_headers() {
        let b = Block {
            kind: "EC PRIVATE KEY".into(),
            headers: BTreeMap::from([
                ("role".into(), "x".into()),
                ("Proc-Type".into(), "4,ENCRYPTED".into()),
            ]),
            bytes: (0..100).collect(),
        };
        let text = encode(&b);
        assert!(
            text.starts_with("-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nrole: x\n\n")
        );
        let data = format!("junk\n{text}more");
        let (back, rest) = decode(data.as_bytes()).unwrap();
        assert_eq!(back, b);
        assert_eq!(rest, b"more");
    }

    #[test]
    fn bad_blocks_are_skipped() {
        assert!(decode(b"hello").is_none());
        assert!(decode(b"-----BEGIN X-----\n!!!\n-----END X-----\n").is_none());
        assert!(decode(b"-----BEGIN X-----\nAAAA\n-----END Y-----\n").is_none());
        let (b, _) = decode(b"-----BEGIN X-----\n-----END X-----\n").unwrap();
        assert!(b.bytes.is_empty());
    }
}
