//! Go's `encoding/json` as docker uses it: what `json.Marshal` and a `json.Encoder` write
//! ([`marshal`], [`encode`]: HTML-safe escapes of `<`, `>`, `&`, U+2028, U+2029), and the error
//! messages of its decoder: the scanner's syntax errors as `json.Unmarshal` says them (a plugin's
//! metadata, docker's "invalid metadata: ..." reason) and as a `json.Decoder` reading a daemon's
//! answer says them (`unexpected EOF`, `EOF`), and the decoder's type errors for docker's plugin
//! `Metadata` struct (all fields strings, matched case-insensitively).

use serde_json::Value;

/// Go's `json.Marshal` HTML escaping (`<`, `>`, `&`, U+2028, U+2029 as `\uXXXX`) over JSON
/// text: those characters only ever occur inside JSON strings, so a pass over the whole text is
/// exact.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `json.Marshal(v)`: compact, HTML-safe (serde_json writes the other escapes as Go does:
/// `\n`, `\b`, `\f`, `\u00XX` for other control characters).
pub fn marshal<T: serde::Serialize + ?Sized>(v: &T) -> String {
    escape_html(&serde_json::to_string(v).unwrap_or_default())
}

/// What `json.NewEncoder(w).Encode(v)` writes (docker's request bodies, a credential helper's
/// `store` input): [`marshal`] and a newline.
pub fn encode<T: serde::Serialize + ?Sized>(v: &T) -> Vec<u8> {
    let mut out = marshal(v).into_bytes();
    out.push(b'\n');
    out
}

/// Go's `quoteChar`: the offending byte as `'x'`.
fn quote_char(c: u8) -> String {
    match c {
        b'\'' => "'\\''".into(),
        b'"' => "'\"'".into(),
        _ => {
            let ch = char::from(c);
            let inner = match ch {
                '\x07' => "\\a".into(),
                '\x08' => "\\b".into(),
                '\x0c' => "\\f".into(),
                '\n' => "\\n".into(),
                '\r' => "\\r".into(),
                '\t' => "\\t".into(),
                '\x0b' => "\\v".into(),
                '\\' => "\\\\".into(),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
                c if (0x80..0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                    format!("\\u{:04x}", c as u32)
                }
                c => c.to_string(),
            };
            format!("'{inner}'")
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Frame {
    ObjectKey,
    ObjectValue,
    ArrayValue,
}

/// Go's `checkValid` (as `json.Unmarshal` runs it): `None` when `data` is one well-formed JSON
/// value, else the message of the first syntax error.
pub fn syntax_error(data: &[u8]) -> Option<String> {
    scan(data, false)
}

/// What `json.NewDecoder(body).Decode(&v)` says of a body's syntax, as docker's client reads a
/// daemon's answer: `None` when it starts with a well-formed value (what follows is never read),
/// `EOF` when it holds none, `unexpected EOF` when it ends inside one, else the scanner's
/// `invalid character ...`.
pub fn decode_error(data: &[u8]) -> Option<String> {
    scan(data, true)
}

fn scan(data: &[u8], decoder: bool) -> Option<String> {
    let err = |c: u8, ctx: &str| Some(format!("invalid character {} {ctx}", quote_char(c)));
    let eof = if decoder {
        "unexpected EOF"
    } else {
        "unexpected end of JSON input"
    };
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // After a value: what may follow it.
    macro_rules! end_value {
        () => {{
            loop {
                match stack.last().copied() {
                    None if decoder => return None,
                    None => {
                        while i < data.len() {
                            if !ws(data[i]) {
                                return err(data[i], "after top-level value");
                            }
                            i += 1;
                        }
                        return None;
                    }
                    Some(frame) => {
                        while i < data.len() && ws(data[i]) {
                            i += 1;
                        }
                        let Some(&c) = data.get(i) else {
                            return Some(eof.into());
                        };
                        i += 1;
                        match (frame, c) {
                            (Frame::ObjectKey, b':') => {
                                *stack.last_mut().unwrap_or(&mut Frame::ObjectKey) =
                                    Frame::ObjectValue;
                                break;
                            }
                            (Frame::ObjectKey, _) => return err(c, "after object key"),
                            (Frame::ObjectValue, b',') => {
                                *stack.last_mut().unwrap_or(&mut Frame::ObjectKey) =
                                    Frame::ObjectKey;
                                // A key string must follow.
                                while i < data.len() && ws(data[i]) {
                                    i += 1;
                                }
                                match data.get(i) {
                                    None => return Some(eof.into()),
                                    Some(b'"') => break,
                                    Some(&c) => {
                                        return err(c, "looking for beginning of object key string")
                                    }
                                }
                            }
                            (Frame::ObjectValue, b'}') | (Frame::ArrayValue, b']') => {
                                stack.pop();
                            }
                            (Frame::ObjectValue, _) => {
                                return err(c, "after object key:value pair")
                            }
                            (Frame::ArrayValue, b',') => break,
                            (Frame::ArrayValue, _) => return err(c, "after array element"),
                        }
                    }
                }
            }
        }};
    }
    loop {
        // Begin a value.
        while i < data.len() && ws(data[i]) {
            i += 1;
        }
        let Some(&c) = data.get(i) else {
            // A decoder that read nothing but spaces says `EOF`.
            let nothing = decoder && data.iter().all(|&b| ws(b));
            return Some(if nothing { "EOF" } else { eof }.into());
        };
        i += 1;
        match c {
            b'{' => {
                while i < data.len() && ws(data[i]) {
                    i += 1;
                }
                match data.get(i) {
                    None => return Some(eof.into()),
                    Some(b'}') => {
                        i += 1;
                        end_value!();
                    }
                    Some(b'"') => stack.push(Frame::ObjectKey),
                    Some(&c) => return err(c, "looking for beginning of object key string"),
                }
            }
            b'[' => {
                while i < data.len() && ws(data[i]) {
                    i += 1;
                }
                match data.get(i) {
                    None => return Some(eof.into()),
                    Some(b']') => {
                        i += 1;
                        end_value!();
                    }
                    Some(_) => stack.push(Frame::ArrayValue),
                }
            }
            b'"' => {
                loop {
                    let Some(&c) = data.get(i) else {
                        return Some(eof.into());
                    };
                    i += 1;
                    match c {
                        b'"' => break,
                        b'\\' => {
                            let Some(&e) = data.get(i) else {
                                return Some(eof.into());
                            };
                            i += 1;
                            match e {
                                b'b' | b'f' | b'n' | b'r' | b't' | b'\\' | b'/' | b'"' => {}
                                b'u' => {
                                    for _ in 0..4 {
                                        let Some(&h) = data.get(i) else {
                                            return Some(eof.into());
                                        };
                                        i += 1;
                                        if !h.is_ascii_hexdigit() {
                                            return err(h, "in \\u hexadecimal character escape");
                                        }
                                    }
                                }
                                _ => return err(e, "in string escape code"),
                            }
                        }
                        c if c < 0x20 => return err(c, "in string literal"),
                        _ => {}
                    }
                }
                end_value!();
            }
            b'-' | b'0'..=b'9' => {
                let mut c = c;
                if c == b'-' {
                    let Some(&d) = data.get(i) else {
                        return Some(eof.into());
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        return err(d, "in numeric literal");
                    }
                    c = d;
                }
                if c != b'0' {
                    while data.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                if data.get(i) == Some(&b'.') {
                    i += 1;
                    match data.get(i) {
                        None => return Some(eof.into()),
                        Some(d) if d.is_ascii_digit() => {}
                        Some(&d) => return err(d, "after decimal point in numeric literal"),
                    }
                    while data.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                if matches!(data.get(i), Some(b'e' | b'E')) {
                    i += 1;
                    if matches!(data.get(i), Some(b'+' | b'-')) {
                        i += 1;
                    }
                    match data.get(i) {
                        None => return Some(eof.into()),
                        Some(d) if d.is_ascii_digit() => {}
                        Some(&d) => return err(d, "in exponent of numeric literal"),
                    }
                    while data.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
                end_value!();
            }
            b't' | b'f' | b'n' => {
                let word: &[u8] = match c {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                for &want in &word[1..] {
                    let Some(&got) = data.get(i) else {
                        return Some(eof.into());
                    };
                    i += 1;
                    if got != want {
                        let name = String::from_utf8_lossy(word);
                        return err(
                            got,
                            &format!("in literal {name} (expecting '{}')", char::from(want)),
                        );
                    }
                }
                end_value!();
            }
            _ => return err(c, "looking for beginning of value"),
        }
    }
}

/// The value Go's decoder leaves in the struct field with JSON name `name` after decoding the
/// object `doc`: every key equal to `name` ignoring case is assigned in turn, so the last one
/// that is not `null` wins (`{"ID":"a"}` fills `Id`). `None` when no key holds a value.
pub fn field<'a>(doc: &'a Value, name: &str) -> Option<&'a Value> {
    map_field(doc.as_object()?, name)
}

/// [`field`] of an object's members.
pub fn map_field<'a>(m: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a Value> {
    m.iter()
        .filter(|(k, v)| k.eq_ignore_ascii_case(name) && !v.is_null())
        .map(|(_, v)| v)
        .next_back()
}

/// [`field`] for a string field: Go's zero value `""` when the answer holds none.
pub fn field_str<'a>(doc: &'a Value, name: &str) -> &'a str {
    field(doc, name).and_then(Value::as_str).unwrap_or_default()
}

/// Go's name for the JSON kind of a value in an `UnmarshalTypeError`.
pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}

/// Decodes a well-formed document into docker's `Metadata` as Go's `json.Unmarshal` does:
/// field names matched case-insensitively, the last duplicate wins, unknown keys ignored, the
/// first type mismatch reported (with every other field still set).
pub fn decode_strings(doc: &Value, fields: &[&str]) -> (Vec<String>, Option<String>) {
    let mut out = vec![String::new(); fields.len()];
    let obj = match doc {
        Value::Object(o) => o,
        Value::Null => return (out, None),
        other => {
            return (
                out,
                Some(format!(
                    "json: cannot unmarshal {} into Go value of type metadata.Metadata",
                    kind(other)
                )),
            )
        }
    };
    let mut first_err = None;
    for (key, value) in obj {
        let Some(n) = fields
            .iter()
            .position(|f| *f == key)
            .or_else(|| fields.iter().position(|f| f.eq_ignore_ascii_case(key)))
        else {
            continue;
        };
        match value {
            Value::String(s) => out[n] = s.clone(),
            Value::Null => {}
            other => {
                first_err.get_or_insert_with(|| {
                    format!(
                        "json: cannot unmarshal {} into Go struct field Metadata.{} of type string",
                        kind(other),
                        fields[n]
                    )
                });
            }
        }
    }
    (out, first_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marshals_as_go_does() {
        let v =
            serde_json::json!({"k<": ["a&b>", "\u{2028}\u{2029}", "\n\t\u{8}\u{c}\u{1}\u{7f}é"]});
        assert_eq!(
            marshal(&v),
            r#"{"k\u003c":["a\u0026b\u003e","\u2028\u2029","\n\t\b\f\u0001"#.to_string()
                + "\u{7f}é\"]}"
        );
        assert_eq!(encode(&serde_json::json!("<")), b"\"\\u003c\"\n");
    }

    #[test]
    fn go_syntax_errors() {
        let cases: &[(&str, &str)] = &[
            (
                "{not json",
                "invalid character 'n' looking for beginning of object key string",
            ),
            ("", "unexpected end of JSON input"),
            ("{\"a\":1", "unexpected end of JSON input"),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            (
                "{\"a\":1 2}",
                "invalid character '2' after object key:value pair",
            ),
            ("[1 2]", "invalid character '2' after array element"),
            ("{} x", "invalid character 'x' after top-level value"),
            ("tru", "unexpected end of JSON input"),
            (
                "trux",
                "invalid character 'x' in literal true (expecting 'e')",
            ),
            ("-x", "invalid character 'x' in numeric literal"),
            (
                "1.x",
                "invalid character 'x' after decimal point in numeric literal",
            ),
            ("\"\\q\"", "invalid character 'q' in string escape code"),
            (
                "'",
                "invalid character '\\'' looking for beginning of value",
            ),
            (
                "\n\t?",
                "invalid character '?' looking for beginning of value",
            ),
            (
                "{\"a\":1,}",
                "invalid character '}' looking for beginning of object key string",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(
                syntax_error(input.as_bytes()).as_deref(),
                Some(*want),
                "{input:?}"
            );
        }
        for ok in [
            "{}",
            " {\"a\": [1, -2.5e+3, true, null, \"x\\u00e9\"]} \n",
            "[]",
            "0",
        ] {
            assert_eq!(syntax_error(ok.as_bytes()), None, "{ok:?}");
        }
    }

    #[test]
    fn go_decoder_errors() {
        for (input, want) in [
            ("", Some("EOF")),
            (" \n", Some("EOF")),
            ("{\"Id\":\"ab", Some("unexpected EOF")),
            ("[1,", Some("unexpected EOF")),
            ("tru", Some("unexpected EOF")),
            (
                "{\"Id\":\"abc\",,}",
                Some("invalid character ',' looking for beginning of object key string"),
            ),
            (
                "xyz",
                Some("invalid character 'x' looking for beginning of value"),
            ),
            ("{} x", None),
            ("12x", None),
            ("[1] [", None),
        ] {
            assert_eq!(decode_error(input.as_bytes()).as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn go_type_errors() {
        let fields = ["SchemaVersion", "Vendor"];
        let (v, e) = decode_strings(
            &serde_json::json!({"vendor": "x", "SchemaVersion": 1}),
            &fields,
        );
        assert_eq!(v[1], "x");
        assert_eq!(
            e.as_deref(),
            Some("json: cannot unmarshal number into Go struct field Metadata.SchemaVersion of type string")
        );
        let (_, e) = decode_strings(&serde_json::json!([]), &fields);
        assert_eq!(
            e.as_deref(),
            Some("json: cannot unmarshal array into Go value of type metadata.Metadata")
        );
    }
}
