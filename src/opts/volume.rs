//! `-v/--volume`: `/host:/ctr:ro` and `named:/ctr` become `HostConfig.Binds`, an anonymous
//! `/ctr` goes to `Config.Volumes`, split as docker's compose `loader.ParseVolume` splits them.

/// The source and target docker's volume-spec parser finds (options are the engine's business).
#[derive(Debug, PartialEq, Eq)]
struct Parsed {
    source: String,
    target: String,
}

fn is_windows_drive(buffer: &[char], c: char) -> bool {
    c == ':' && buffer.len() == 1 && buffer[0].is_alphabetic()
}

/// `loader.ParseVolume`, reduced to what the container flags use.
fn parse_spec(spec: &str) -> Result<Parsed, String> {
    let mut v = Parsed {
        source: String::new(),
        target: String::new(),
    };
    match spec.len() {
        0 => return Err("invalid empty volume spec".into()),
        1 | 2 => {
            v.target = spec.into();
            return Ok(v);
        }
        _ => {}
    }
    let mut buffer: Vec<char> = Vec::new();
    let chars = spec.chars().map(Some).chain(std::iter::once(None));
    for c in chars {
        match c {
            Some(ch) if is_windows_drive(&buffer, ch) => buffer.push(ch),
            Some(':') | None => {
                let text: String = buffer.iter().collect();
                let fail = |why: &str| Err(format!("invalid spec: {spec}: {why}"));
                if buffer.is_empty() {
                    return fail("empty section between colons");
                } else if v.source.is_empty() && c.is_none() {
                    v.target = text;
                } else if v.source.is_empty() {
                    v.source = text;
                } else if v.target.is_empty() {
                    v.target = text;
                } else if c == Some(':') {
                    return fail("too many colons");
                }
                buffer.clear();
            }
            Some(ch) => buffer.push(ch),
        }
    }
    Ok(v)
}

fn is_file_path(source: &str) -> bool {
    let mut chars = source.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(first, '.' | '/' | '~') {
        return true;
    }
    let Some(second) = chars.next() else {
        return false;
    };
    source.starts_with("\\\\") || (second == ':' && first.is_alphabetic())
}

/// Binds and anonymous volumes for a list of `-v` values.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Volumes {
    pub binds: Vec<String>,
    pub anonymous: Vec<String>,
}

pub fn parse(specs: &[String]) -> Result<Volumes, String> {
    let mut out = Volumes::default();
    let mut seen = std::collections::HashSet::new();
    for spec in specs {
        // docker keeps the values in a set: a repeated spec counts once.
        if !seen.insert(spec.as_str()) {
            continue;
        }
        let parsed = parse_spec(spec)?;
        if parsed.source.is_empty() {
            out.anonymous.push(spec.clone());
            continue;
        }
        let bind = match spec.split_once(':') {
            Some((host, rest)) if is_file_path(&parsed.source) => {
                format!("{}:{rest}", super::paths::absolute_if_dotted(host))
            }
            _ => spec.clone(),
        };
        out.binds.push(bind);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Result<Volumes, String> {
        parse(&[s.to_string()])
    }

    #[test]
    fn binds_named_and_anonymous() {
        assert_eq!(one("/host:/ctr:ro").unwrap().binds, ["/host:/ctr:ro"]);
        assert_eq!(one("named:/ctr").unwrap().binds, ["named:/ctr"]);
        let v = one("/ctr").unwrap();
        assert_eq!((v.binds.len(), v.anonymous), (0, vec!["/ctr".to_string()]));
        assert_eq!(one("/x").unwrap().anonymous, ["/x"]);
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            one("./rel:/z").unwrap().binds,
            [format!("{}/rel:/z", cwd.display())]
        );
        assert_eq!(one("c:/ctr").unwrap().anonymous, ["c:/ctr"]);
    }

    #[test]
    fn repeated_specs_count_once() {
        let v = parse(&["/a:/b".into(), "/a:/b".into(), "/c".into(), "/c".into()]).unwrap();
        assert_eq!((v.binds.len(), v.anonymous.len()), (1, 1));
    }

    #[test]
    fn docker_errors() {
        assert_eq!(
            one("/a::b").unwrap_err(),
            "invalid spec: /a::b: empty section between colons"
        );
        // a one-letter source reads as a Windows drive: docker passes it on for the engine to judge
        assert_eq!(one("a::b").unwrap().binds, ["a::b"]);
        assert_eq!(
            one("/a:/b:ro:x").unwrap_err(),
            "invalid spec: /a:/b:ro:x: too many colons"
        );
        assert_eq!(one("").unwrap_err(), "invalid empty volume spec");
    }
}
