//! Just enough DER for notary's key formats: writing elements, and reading them back as a list
//! of tag/content pairs (definite lengths only; what does not parse is `None`).

pub const SEQUENCE: u8 = 0x30;
pub const INTEGER: u8 = 0x02;
pub const OCTET_STRING: u8 = 0x04;
pub const BIT_STRING: u8 = 0x03;
pub const OID: u8 = 0x06;

/// A DER element: tag, definite length, content.
pub fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

pub fn seq(parts: &[&[u8]]) -> Vec<u8> {
    der(SEQUENCE, &parts.concat())
}

pub fn int(n: u32) -> Vec<u8> {
    let mut bytes: Vec<u8> = n
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    if bytes.first().is_none_or(|b| b & 0x80 != 0) {
        bytes.insert(0, 0);
    }
    der(INTEGER, &bytes)
}

/// One element read from DER: its tag, its content, and its whole encoding.
#[derive(Debug, Clone, Copy)]
pub struct Element<'a> {
    pub tag: u8,
    pub content: &'a [u8],
    pub raw: &'a [u8],
}

/// The first element of `data` and what follows it.
pub fn read(data: &[u8]) -> Option<(Element<'_>, &[u8])> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |a, b| (a << 8) | *b as usize);
        (len, &rest[n..])
    };
    if rest.len() < len {
        return None;
    }
    let header = data.len() - rest.len();
    let element = Element {
        tag,
        content: &rest[..len],
        raw: &data[..header + len],
    };
    Some((element, &rest[len..]))
}

/// The elements inside a constructed element's content.
pub fn items(mut content: &[u8]) -> Option<Vec<Element<'_>>> {
    let mut out = Vec::new();
    while !content.is_empty() {
        let (e, rest) = read(content)?;
        out.push(e);
        content = rest;
    }
    Some(out)
}

/// The elements of the SEQUENCE at the start of `data` (trailing bytes after it are ignored, as
/// Go's `asn1.Unmarshal` returns them as rest).
pub fn sequence(data: &[u8]) -> Option<Vec<Element<'_>>> {
    let (e, _) = read(data)?;
    (e.tag == SEQUENCE).then_some(())?;
    items(e.content)
}

/// A small non-negative INTEGER's value.
pub fn small_int(e: &Element) -> Option<u64> {
    if e.tag != INTEGER || e.content.is_empty() || e.content.len() > 8 || e.content[0] & 0x80 != 0 {
        return None;
    }
    Some(e.content.iter().fold(0u64, |a, b| (a << 8) | *b as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let long = vec![7u8; 300];
        let data = seq(&[&int(2048), &der(OCTET_STRING, &long)]);
        let parts = sequence(&data).unwrap();
        assert_eq!(small_int(&parts[0]), Some(2048));
        assert_eq!(parts[1].content, &long[..]);
        assert!(sequence(&data[..data.len() - 1]).is_none());
        assert!(read(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_none());
    }
}
