//! Go's `json.Indent` and `json.Compact` over the daemon's own bytes: key order, number
//! spelling and string escapes (`\u003c` ...) stay exactly as the daemon wrote them.

/// Go's `json.Indent(dst, src, prefix "", indent)`.
pub fn indent(src: &[u8], indent: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 2);
    let mut in_string = false;
    let mut escaped = false;
    let mut need_indent = false;
    let mut depth = 0usize;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        for _ in 0..depth {
            out.extend_from_slice(indent.as_bytes());
        }
    };
    for &c in src {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
            continue;
        }
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if need_indent && c != b'}' && c != b']' {
            need_indent = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match c {
            b'"' => {
                in_string = true;
                out.push(c);
            }
            b'{' | b'[' => {
                need_indent = true;
                out.push(c);
            }
            b',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b'}' | b']' => {
                if need_indent {
                    need_indent = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Go's `json.Compact`: insignificant whitespace removed, nothing else touched.
pub fn compact(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len());
    let mut in_string = false;
    let mut escaped = false;
    for &c in src {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
        } else if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            in_string = c == b'"';
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_like_go() {
        let src = br#"[{"b":1,"a":[],"c":{},"d":["x, y: {z}",2],"e":"\u003c\"}"}
]"#;
        let got = String::from_utf8(indent(src, "    ")).unwrap();
        assert_eq!(
            got,
            "[\n    {\n        \"b\": 1,\n        \"a\": [],\n        \"c\": {},\n        \"d\": [\n            \"x, y: {z}\",\n            2\n        ],\n        \"e\": \"\\u003c\\\"}\"\n    }\n]"
        );
        assert_eq!(indent(b"[]", "    "), b"[]");
        assert_eq!(compact(b"[ {\"a b\" : 1 }\n]"), b"[{\"a b\":1}]");
    }
}
