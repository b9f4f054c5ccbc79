//! `--entrypoint` / `--args` of a service: docker's `ShlexOpt`, split when the flag is parsed.

/// docker's `ShlexOpt.Set` (clap value parser): the value itself once it splits.
pub fn validate(s: &str) -> Result<String, String> {
    split(s).map(|_| s.to_string())
}

/// Go's `shlex.Split`: words split on blanks, quotes and
/// backslashes as a POSIX shell reads them.
pub fn split(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') => {}
                    Some(n) => cur.push(n),
                    None => return Err("EOF found after escape character".into()),
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(n) => cur.push(n),
                        None => return Err("EOF found when expecting closing quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(n @ ('$' | '`' | '"' | '\\')) => cur.push(n),
                            Some('\n') => {}
                            Some(n) => {
                                cur.push('\\');
                                cur.push(n)
                            }
                            None => return Err("EOF found after escape character".into()),
                        },
                        Some(n) => cur.push(n),
                        None => return Err("EOF found when expecting closing quote".into()),
                    }
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_refuses_like_go_shlex() {
        assert_eq!(
            split("a 'b c' \"d\\\"\""),
            Ok(vec!["a".into(), "b c".into(), "d\"".into()])
        );
        assert_eq!(
            validate("'a b"),
            Err("EOF found when expecting closing quote".into())
        );
        assert_eq!(
            validate("a\\"),
            Err("EOF found after escape character".into())
        );
        assert_eq!(validate("sh -c 'x'"), Ok("sh -c 'x'".into()));
    }
}
