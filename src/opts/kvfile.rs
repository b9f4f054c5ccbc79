//! docker's kvfile format for `--env-file` and `--label-file`: one `KEY=value` a line, `#`
//! comments and blank lines skipped, a bare `KEY` taken from a lookup (the environment for
//! env files, nothing for label files), no quote processing.

/// Where a bare `KEY` gets its value (`None`: bare keys are dropped).
pub type Lookup<'a> = Option<&'a dyn Fn(&str) -> Option<String>>;

/// Parses `filename`; errors carry docker's wording (`open x: no such file or directory`,
/// `invalid env file (x): variable 'a b' contains whitespaces`).
pub fn parse_file(filename: &str, lookup: Lookup) -> Result<Vec<String>, String> {
    let data = std::fs::read(filename).map_err(|e| match e.kind() {
        std::io::ErrorKind::IsADirectory => {
            format!("invalid env file ({filename}): read {filename}: is a directory")
        }
        _ => format!("open {filename}: {}", super::oserror::describe(&e)),
    })?;
    parse(&data, lookup).map_err(|e| format!("invalid env file ({filename}): {e}"))
}

/// Parses file contents already read.
pub fn parse(data: &[u8], lookup: Lookup) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let mut rest = data;
    let mut number = 0;
    while !rest.is_empty() {
        number += 1;
        let (mut line, tail) = match rest.iter().position(|b| *b == b'\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        rest = tail;
        if let Some(l) = line.strip_suffix(b"\r") {
            line = l;
        }
        if line.len() > MAX_LINE {
            return Err("bufio.Scanner: token too long".into());
        }
        let Ok(text) = std::str::from_utf8(line) else {
            return Err(format!(
                "invalid utf8 bytes at line {number}: {}",
                go_bytes(line)
            ));
        };
        let text = if number == 1 {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        } else {
            text
        };
        let text = text.trim_start();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (key, has_value) = match text.split_once('=') {
            Some((k, _)) => (k, true),
            None => (text, false),
        };
        if key.is_empty() {
            return Err(format!("no variable name on line '{text}'"));
        }
        if key.contains([' ', '\t']) {
            return Err(format!("variable '{key}' contains whitespaces"));
        }
        if has_value {
            lines.push(text.to_string());
        } else if let Some(value) = lookup.and_then(|f| f(text)) {
            lines.push(format!("{key}={value}"));
        }
    }
    Ok(lines)
}

/// bufio.Scanner's default maximum token size.
const MAX_LINE: usize = 64 * 1024;

/// Go's `%v` of a byte slice: `[104 105 255]`.
fn go_bytes(b: &[u8]) -> String {
    let parts: Vec<String> = b.iter().map(u8::to_string).collect();
    format!("[{}]", parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(k: &str) -> Option<String> {
        (k == "FROM_ENV").then(|| "yes".to_string())
    }

    #[test]
    fn comments_blanks_and_lookup() {
        let data = b"\xef\xbb\xbf# comment\n\n  A=1\nB=\"quoted\" \r\nFROM_ENV\nUNSET\nC=\n";
        let got = parse(data, Some(&env)).unwrap();
        assert_eq!(got, ["A=1", "B=\"quoted\" ", "FROM_ENV=yes", "C="]);
        // label files have no lookup: bare keys vanish
        assert_eq!(parse(b"L\nM=2", None).unwrap(), ["M=2"]);
    }

    #[test]
    fn docker_errors() {
        assert_eq!(
            parse(b"a b=1", None).unwrap_err(),
            "variable 'a b' contains whitespaces"
        );
        assert_eq!(
            parse(b"=1", None).unwrap_err(),
            "no variable name on line '=1'"
        );
        assert_eq!(
            parse(b"OK=1\nhi\xff", None).unwrap_err(),
            "invalid utf8 bytes at line 2: [104 105 255]"
        );
        assert_eq!(
            parse_file("/nonexistent/env", None).unwrap_err(),
            "open /nonexistent/env: no such file or directory"
        );
    }

    #[test]
    fn file_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e");
        std::fs::write(&path, "bad key=1\n").unwrap();
        let p = path.to_string_lossy().to_string();
        assert_eq!(
            parse_file(&p, None).unwrap_err(),
            format!("invalid env file ({p}): variable 'bad key' contains whitespaces")
        );
    }
}
