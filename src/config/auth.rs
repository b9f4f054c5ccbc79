//! The `auth` value of a config.json `auths` entry: base64 of `user:password`, checked as docker's
//! `decodeAuth` checks it (Go's standard encoding: padding required, CR and LF skipped), with Go's
//! error text (`illegal base64 data at input byte 4`, `Invalid auth configuration file`).

/// `(username, password)` from an `auth` value; `Ok(None)` for an empty one.
pub fn decode(auth: &str) -> Result<Option<(String, String)>, String> {
    if auth.is_empty() {
        return Ok(None);
    }
    let bytes = decode_std(auth.as_bytes())
        .map_err(|at| format!("illegal base64 data at input byte {at}"))?;
    let text = String::from_utf8_lossy(&bytes);
    match text.split_once(':') {
        Some((user, pass)) if !user.is_empty() => Ok(Some((
            user.to_string(),
            pass.trim_matches('\0').to_string(),
        ))),
        _ => Err("Invalid auth configuration file".into()),
    }
}

fn value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Standard padded base64; the error is the input offset Go's decoder reports.
fn decode_std(src: &[u8]) -> Result<Vec<u8>, usize> {
    let skip_newlines = |mut i: usize| {
        while i < src.len() && matches!(src[i], b'\r' | b'\n') {
            i += 1;
        }
        i
    };
    let mut out = Vec::with_capacity(src.len() / 4 * 3);
    let mut i = 0;
    loop {
        // One quantum: up to four symbols, newlines skipped.
        let mut quad = [0u8; 4];
        let mut len = 0;
        let mut ended = false;
        while len < 4 {
            if i == src.len() {
                if len == 0 {
                    return Ok(out);
                }
                return Err(i - len);
            }
            let b = src[i];
            i += 1;
            if let Some(v) = value(b) {
                quad[len] = v;
                len += 1;
                continue;
            }
            if matches!(b, b'\r' | b'\n') {
                continue;
            }
            if b != b'=' || len < 2 {
                return Err(i - 1);
            }
            if len == 2 {
                // "==" is expected; the first is consumed.
                i = skip_newlines(i);
                if i == src.len() {
                    return Err(src.len());
                }
                if src[i] != b'=' {
                    return Err(i - 1);
                }
                i += 1;
            }
            i = skip_newlines(i);
            if i < src.len() {
                return Err(i);
            }
            ended = true;
            break;
        }
        let n = (u32::from(quad[0]) << 18)
            | (u32::from(quad[1]) << 12)
            | (u32::from(quad[2]) << 6)
            | u32::from(quad[3]);
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..len.saturating_sub(1)]);
        if ended {
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_std(b"dTpw").unwrap(), b"u:p");
        assert_eq!(decode_std(b"dTpwdw==").unwrap(), b"u:pw");
        assert_eq!(decode_std(b"dTpwdzE=").unwrap(), b"u:pw1");
        assert_eq!(decode_std(b"dTpw\ndw==\r\n").unwrap(), b"u:pw");
        assert_eq!(decode_std(b""), Ok(vec![]));
        // Offsets as Go's CorruptInputError reports them.
        assert_eq!(decode_std(b"!!!notbase64"), Err(0));
        assert_eq!(decode_std(b"dTpw!"), Err(4));
        assert_eq!(decode_std(b"dTp"), Err(0));
        assert_eq!(decode_std(b"dTpwd"), Err(4));
        assert_eq!(decode_std(b"dT=="), Ok(b"u".to_vec()));
        assert_eq!(decode_std(b"dTpwdw="), Err(7));
        assert_eq!(decode_std(b"dTpwdw=x"), Err(6));
        assert_eq!(decode_std(b"dTpwdw==x"), Err(8));
        assert_eq!(decode_std(b"d==="), Err(1));
    }

    #[test]
    fn auth_values() {
        assert_eq!(
            decode("dTpwdw=="),
            Ok(Some(("u".to_string(), "pw".to_string())))
        );
        assert_eq!(decode(""), Ok(None));
        assert_eq!(
            decode("bm9jb2xvbg==").unwrap_err(),
            "Invalid auth configuration file"
        );
        assert_eq!(
            decode("!x").unwrap_err(),
            "illegal base64 data at input byte 0"
        );
    }
}
