//! Detach keys: docker's syntax (`ctrl-p,ctrl-q`, `ctrl-@`..`ctrl-_`, single characters) and a
//! matcher that watches the keystrokes going to the container.

pub const DEFAULT: &str = "ctrl-p,ctrl-q";

/// Parses a detach key specification into the bytes it stands for.
pub fn parse(spec: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for key in spec.split(',') {
        let k = key.trim();
        if k.chars().count() == 1 {
            out.push(k.as_bytes()[0]);
            continue;
        }
        let lower = k.to_ascii_lowercase();
        match lower.strip_prefix("ctrl-") {
            Some(c) if c.len() == 1 => {
                let b = c.as_bytes()[0];
                match b {
                    b'a'..=b'z' => out.push(b - b'a' + 1),
                    b'@' => out.push(0),
                    b'[' => out.push(27),
                    b'\\' => out.push(28),
                    b']' => out.push(29),
                    b'^' => out.push(30),
                    b'_' => out.push(31),
                    _ => return Err(format!("Unknown character: '{c}'")),
                }
            }
            _ => return Err(format!("Unknown character: '{k}'")),
        }
    }
    if out.is_empty() {
        return Err("Unknown character: ''".into());
    }
    Ok(out)
}

/// The detach sequence for a command: the flag, else `detachKeys` in config.json, else the
/// default. An empty value counts as unset, as in docker. An invalid value gets docker's warning
/// and the default.
pub fn resolve(flag: Option<&str>, config: Option<&str>) -> Vec<u8> {
    let spec = [flag, config]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or(DEFAULT);
    match parse(spec) {
        Ok(k) => k,
        Err(e) => {
            eprintln!(
                "WARNING: invalid detach keys ({spec}) provided: {e}; using default ({DEFAULT})"
            );
            parse(DEFAULT).unwrap_or_else(|_| vec![16, 17])
        }
    }
}

/// Watches input for the detach sequence. Bytes that might begin the sequence are held back and
/// released when the sequence breaks, so a lone ctrl-p still reaches the container.
pub struct Matcher {
    keys: Vec<u8>,
    matched: usize,
}

pub enum Scan {
    /// Forward these bytes.
    Forward(Vec<u8>),
    /// The sequence was typed: forward these bytes first, then detach.
    Detach(Vec<u8>),
}

impl Matcher {
    pub fn new(keys: Vec<u8>) -> Matcher {
        Matcher { keys, matched: 0 }
    }

    pub fn scan(&mut self, input: &[u8]) -> Scan {
        let mut out = Vec::with_capacity(input.len());
        for &b in input {
            if self.keys.is_empty() {
                out.push(b);
                continue;
            }
            if b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    self.matched = 0;
                    return Scan::Detach(out);
                }
                continue;
            }
            // Sequence broken: release the held prefix, then reconsider this byte.
            out.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            if b == self.keys[0] {
                self.matched = 1;
                if self.keys.len() == 1 {
                    self.matched = 0;
                    return Scan::Detach(out);
                }
            } else {
                out.push(b);
            }
        }
        Scan::Forward(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fwd(s: Scan) -> Vec<u8> {
        match s {
            Scan::Forward(v) => v,
            Scan::Detach(_) => panic!("unexpected detach"),
        }
    }

    #[test]
    fn parses_dockers_syntax() {
        assert_eq!(parse("ctrl-p,ctrl-q"), Ok(vec![16, 17]));
        assert_eq!(parse("ctrl-@,a,ctrl-_"), Ok(vec![0, b'a', 31]));
        assert_eq!(parse("ctrl-x,X"), Ok(vec![24, b'X']));
        assert!(parse("ctrl-1").is_err());
        assert!(parse("ab").is_err());
    }

    #[test]
    fn detaches_only_on_the_whole_sequence() {
        let mut m = Matcher::new(vec![16, 17]);
        assert_eq!(fwd(m.scan(b"ls\r")), b"ls\r");
        assert_eq!(fwd(m.scan(&[16])), b"");
        assert_eq!(fwd(m.scan(b"x")), &[16, b'x']);
        assert_eq!(fwd(m.scan(&[16, 16])), &[16]);
        match m.scan(&[17]) {
            Scan::Detach(before) => assert!(before.is_empty()),
            Scan::Forward(_) => panic!("should detach"),
        }
        match Matcher::new(vec![16, 17]).scan(&[b'a', 16, 17, b'b']) {
            Scan::Detach(before) => assert_eq!(before, b"a"),
            Scan::Forward(_) => panic!("should detach"),
        }
    }
}
