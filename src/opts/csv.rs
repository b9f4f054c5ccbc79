//! One record of Go's `encoding/csv` (default settings), as `--mount` and `--network` read their
//! value: `type=bind,"src=/a,b",dst=/x`; quotes only around whole fields, `""` inside them.

/// The first record of `input`, or Go's error text (`EOF`, `parse error on line 1, column 16:
/// bare " in non-quoted-field`).
pub fn read_record(input: &str) -> Result<Vec<String>, String> {
    let text = input.replace("\r\n", "\n");
    // Go skips empty lines before the first record.
    let mut line = 1;
    let mut rest = text.as_str();
    while let Some(r) = rest.strip_prefix('\n') {
        rest = r;
        line += 1;
    }
    if rest.is_empty() {
        return Err("EOF".into());
    }
    let err = |col: usize, what: &str| format!("parse error on line {line}, column {col}: {what}");
    let bytes = rest.as_bytes();
    let mut fields = Vec::new();
    let mut i = 0;
    loop {
        let mut field = String::new();
        if bytes.get(i) == Some(&b'"') {
            i += 1;
            loop {
                let Some(q) = rest[i..].find('"') else {
                    return Err(err(
                        rest.len() + 1,
                        "extraneous or missing \" in quoted-field",
                    ));
                };
                field.push_str(&rest[i..i + q]);
                i += q + 1;
                match bytes.get(i) {
                    Some(b'"') => {
                        field.push('"');
                        i += 1;
                    }
                    None | Some(b',') | Some(b'\n') => break,
                    Some(_) => return Err(err(i, "extraneous or missing \" in quoted-field")),
                }
            }
        } else {
            let end = rest[i..].find([',', '\n']).map_or(rest.len(), |e| i + e);
            let raw = &rest[i..end];
            if let Some(q) = raw.find('"') {
                return Err(err(i + q + 1, "bare \" in non-quoted-field"));
            }
            field.push_str(raw);
            i = end;
        }
        fields.push(field);
        match bytes.get(i) {
            Some(b',') => i += 1,
            _ => return Ok(fields),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_record;

    fn ok(s: &str) -> Vec<String> {
        read_record(s).unwrap()
    }

    #[test]
    fn fields_and_quotes() {
        assert_eq!(
            ok("type=bind,src=/a,dst=/b"),
            ["type=bind", "src=/a", "dst=/b"]
        );
        assert_eq!(
            ok("type=bind,\"src=/a,b\",dst=/x"),
            ["type=bind", "src=/a,b", "dst=/x"]
        );
        assert_eq!(ok("\"a\"\"b\",c"), ["a\"b", "c"]);
        assert_eq!(ok("a,,b"), ["a", "", "b"]);
        assert_eq!(ok("a,b\nc,d"), ["a", "b"]);
        assert_eq!(ok("a,"), ["a", ""]);
    }

    #[test]
    fn go_errors() {
        assert_eq!(read_record("").unwrap_err(), "EOF");
        assert_eq!(
            read_record("type=bind,src=a\"b,dst=/x").unwrap_err(),
            "parse error on line 1, column 16: bare \" in non-quoted-field"
        );
        assert_eq!(
            read_record("\"type=bind,dst=/x").unwrap_err(),
            "parse error on line 1, column 18: extraneous or missing \" in quoted-field"
        );
        assert_eq!(
            read_record("\"type=bind\"x,dst=/x").unwrap_err(),
            "parse error on line 1, column 11: extraneous or missing \" in quoted-field"
        );
    }
}
