//! Image references as docker reads them: `name[:tag][@digest]`, with `latest` implied.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The repository as given (`busybox`, `localhost:5000/team/app`).
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    pub fn parse(s: &str) -> Reference {
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (s, None),
        };
        // A tag is after the last ':' that comes after the last '/' (a ':' before is a port).
        let slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (repository, tag) = match rest[slash..].rfind(':') {
            Some(i) => (
                rest[..slash + i].to_string(),
                Some(rest[slash + i + 1..].to_string()),
            ),
            None => (rest.to_string(), None),
        };
        Reference {
            repository,
            tag,
            digest,
        }
    }

    /// `busybox:latest`, `app@sha256:...`: what docker prints in "Unable to find image".
    pub fn familiar(&self) -> String {
        match (&self.tag, &self.digest) {
            (_, Some(d)) => match &self.tag {
                Some(t) => format!("{}:{t}@{d}", self.repository),
                None => format!("{}@{d}", self.repository),
            },
            (Some(t), None) => format!("{}:{t}", self.repository),
            (None, None) => format!("{}:latest", self.repository),
        }
    }

    /// The tag or digest to ask the daemon to pull.
    pub fn tag_or_digest(&self) -> String {
        match (&self.digest, &self.tag) {
            (Some(d), _) => d.clone(),
            (None, Some(t)) => t.clone(),
            (None, None) => "latest".into(),
        }
    }
}

/// distribution/reference's `ParseNormalizedNamed` as docker's client runs it before asking the
/// daemon (`pull`, `push`, `tag`): `Ok` for a valid name, else docker's message
/// (`invalid reference format: repository name (library/INVALID) must be lowercase`).
pub fn validate_named(s: &str) -> Result<(), String> {
    if s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(format!(
            "invalid repository name ({s}), cannot specify 64-byte hexadecimal strings"
        ));
    }
    let (domain, remainder) = split_docker_domain(s);
    let remote = remainder.split(':').next().unwrap_or_default();
    if remote.to_lowercase() != remote {
        return Err(format!(
            "invalid reference format: repository name ({remote}) must be lowercase"
        ));
    }
    parse_full(&format!("{domain}/{remainder}"))
}

/// `build --tag`'s check when the flag is parsed (docker's `validateTag`; a clap value parser).
pub fn tag_flag(s: &str) -> Result<String, String> {
    validate_named(s).map(|()| s.to_string())
}

/// docker's `normalizeReference` (the manifest commands): `ParseNormalizedNamed`, then
/// `latest` when there is neither a tag nor a digest.
pub fn normalize(s: &str) -> Result<crate::engine::registry::RepoRef, String> {
    let mut r = parse_named(s)?;
    if r.tag.is_none() && r.digest.is_none() {
        r.tag = Some("latest".to_string());
    }
    Ok(r)
}

/// distribution/reference's `ParseNormalizedNamed`: the reference as given, normalised.
pub fn parse_named(s: &str) -> Result<crate::engine::registry::RepoRef, String> {
    validate_named(s)?;
    let (domain, remainder) = split_docker_domain(s);
    let parsed = Reference::parse(&remainder);
    Ok(crate::engine::registry::RepoRef {
        domain,
        path: parsed.repository,
        tag: parsed.tag,
        digest: parsed.digest,
    })
}

/// `ParseNormalizedNamed(s).String()` of a valid name: the full form, `docker.io/library/x:1`.
pub fn normalized(s: &str) -> String {
    let (domain, remainder) = split_docker_domain(s);
    format!("{domain}/{remainder}")
}

/// `FamiliarString(TagNameOnly(ParseNormalizedNamed(s)))` of a valid name: `x:latest`,
/// `127.0.0.1:5000/a/b:1`.
pub fn familiar_tagged(s: &str) -> String {
    let r = Reference::parse(&normalized(s));
    let full = if r.tag.is_none() && r.digest.is_none() {
        format!("{}:latest", r.repository)
    } else {
        r.familiar()
    };
    crate::commands::listing::familiar(&full)
}

/// `ParseAnyReference` (`run`, `create`): an image ID (64 hex digits) or a digest is a
/// reference too.
pub fn validate_any(s: &str) -> Result<(), String> {
    if is_id(s) {
        return Ok(());
    }
    validate_named(s)
}

/// Does `ParseAnyReference` take `s` for an ID, not a name (64 lowercase hex digits, or a
/// digest go-digest parses: `sha256:`, `sha384:` or `sha512:` and that many hex digits)? docker
/// pulls no ID.
pub fn is_id(s: &str) -> bool {
    let hex = |t: &str, n: usize| {
        t.len() == n
            && t.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    };
    match s.split_once(':') {
        None => hex(s, 64),
        Some(("sha256", t)) => hex(t, 64),
        Some(("sha384", t)) => hex(t, 96),
        Some(("sha512", t)) => hex(t, 128),
        Some(_) => false,
    }
}

fn split_docker_domain(name: &str) -> (String, String) {
    let (mut domain, mut remainder) = match name.find('/') {
        Some(i)
            if name[..i].contains(['.', ':'])
                || &name[..i] == "localhost"
                || name[..i].to_lowercase() != name[..i] =>
        {
            (name[..i].to_string(), name[i + 1..].to_string())
        }
        _ => ("docker.io".to_string(), name.to_string()),
    };
    if domain == "index.docker.io" {
        domain = "docker.io".into();
    }
    if domain == "docker.io" && !remainder.contains('/') {
        remainder = format!("library/{remainder}");
    }
    (domain, remainder)
}

/// `reference.Parse` of a full name: `domain/path[:tag][@digest]`.
fn parse_full(s: &str) -> Result<(), String> {
    if matches_reference(s) {
        let name_len = s.find(['@']).map_or(s, |i| &s[..i]);
        let name_len = match name_len.rfind(':') {
            Some(i) if !name_len[i..].contains('/') => i,
            _ => name_len.len(),
        };
        if name_len > 255 {
            return Err("repository name must not be more than 255 characters".into());
        }
        return check_digest(s);
    }
    if matches_reference(&s.to_lowercase()) {
        return Err("repository name must be lowercase".into());
    }
    Err("invalid reference format".into())
}

/// go-digest's checks after the reference matched: a known algorithm and its length.
fn check_digest(s: &str) -> Result<(), String> {
    let Some((_, digest)) = s.split_once('@') else {
        return Ok(());
    };
    let (algorithm, hex) = digest.split_once(':').unwrap_or((digest, ""));
    let want = match algorithm {
        "sha256" => 64,
        "sha384" => 96,
        "sha512" => 128,
        _ => return Err("unsupported digest algorithm".into()),
    };
    if hex.len() != want {
        return Err("invalid checksum digest length".into());
    }
    if hex.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err("invalid checksum digest format".into());
    }
    Ok(())
}

/// `ReferenceRegexp`: `name(:tag)?(@digest)?`, name = `(domain/)?path(/path)*`.
fn matches_reference(s: &str) -> bool {
    let (rest, digest) = match s.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (s, None),
    };
    if digest.is_some_and(|d| !is_digest(d)) {
        return false;
    }
    let slash = rest.rfind('/').map_or(0, |i| i + 1);
    let (name, tag) = match rest[slash..].rfind(':') {
        Some(i) => (&rest[..slash + i], Some(&rest[slash + i + 1..])),
        None => (rest, None),
    };
    if tag.is_some_and(|t| !is_tag(t)) {
        return false;
    }
    let parts: Vec<&str> = name.split('/').collect();
    parts.iter().all(|p| is_path_component(p))
        || (parts.len() > 1
            && is_domain(parts[0])
            && parts[1..].iter().all(|p| is_path_component(p)))
}

/// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`
fn is_path_component(p: &str) -> bool {
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let b = p.as_bytes();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &p[start..i];
        if !(sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|c| c == b'-')) {
            return false;
        }
    }
    true
}

/// `host(:port)?` with dotted `[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?` components, or `[v6]`.
fn is_domain(d: &str) -> bool {
    let (host, port) = if let Some(rest) = d.strip_prefix('[') {
        match rest.split_once(']') {
            Some((v6, after))
                if !v6.is_empty() && v6.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') =>
            {
                if after.is_empty() {
                    return true;
                }
                match after.strip_prefix(':') {
                    Some(p) => return !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()),
                    None => return false,
                }
            }
            _ => return false,
        }
    } else {
        match d.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (d, None),
        }
    };
    if port.is_some_and(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    host.split('.').all(|c| {
        let b = c.as_bytes();
        !b.is_empty()
            && b[0].is_ascii_alphanumeric()
            && b[b.len() - 1].is_ascii_alphanumeric()
            && b.iter().all(|x| x.is_ascii_alphanumeric() || *x == b'-')
    })
}

/// `[\w][\w.-]{0,127}`
fn is_tag(t: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && word(b[0])
        && b.iter().all(|x| word(*x) || *x == b'.' || *x == b'-')
}

/// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}`
fn is_digest(d: &str) -> bool {
    let Some((algorithm, hex)) = d.split_once(':') else {
        return false;
    };
    let component = |c: &str| {
        let b = c.as_bytes();
        !b.is_empty() && b[0].is_ascii_alphabetic() && b.iter().all(|x| x.is_ascii_alphanumeric())
    };
    algorithm.split(['-', '_', '+', '.']).all(component)
        && hex.len() >= 32
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::{validate_any, validate_named, Reference};

    #[test]
    fn validates_like_distribution_reference() {
        for ok in [
            "busybox",
            "hvdock-test/busybox:latest",
            "127.0.0.1:5000/a/b:t",
            "UPPER/x",
            "localhost/x",
            "a__b/c-d---e.f",
            "[::1]:5000/x",
        ] {
            assert_eq!(validate_named(ok), Ok(()), "{ok}");
        }
        let lower =
            |r: &str| format!("invalid reference format: repository name ({r}) must be lowercase");
        assert_eq!(validate_named("INVALID"), Err(lower("library/INVALID")));
        assert_eq!(validate_named("hvh-ok/Up:tag"), Err(lower("hvh-ok/Up")));
        assert_eq!(validate_named("127.0.0.1:5000/UP"), Err(lower("UP")));
        for bad in [
            "",
            "x:y:z",
            "a b",
            "a@sha256:abc",
            "-:x",
            "a//b",
            "a:",
            "x/",
        ] {
            assert_eq!(
                validate_named(bad),
                Err("invalid reference format".into()),
                "{bad:?}"
            );
        }
        let digest = format!("a@sha256:{}", "a".repeat(64));
        assert_eq!(validate_named(&digest), Ok(()));
        assert_eq!(
            validate_named(&format!("a@sha256:{}", "a".repeat(40))),
            Err("invalid checksum digest length".into())
        );
        let id = "0123456789abcdef".repeat(4);
        assert!(validate_named(&id)
            .unwrap_err()
            .contains("cannot specify 64-byte"));
        assert_eq!(validate_any(&id), Ok(()));
        assert_eq!(validate_any(""), Err("invalid reference format".into()));
    }

    #[test]
    fn parses_like_docker() {
        let r = Reference::parse("busybox");
        assert_eq!(
            (r.repository.as_str(), r.familiar().as_str()),
            ("busybox", "busybox:latest")
        );
        let r = Reference::parse("localhost:5000/team/app:1.2");
        assert_eq!(r.repository, "localhost:5000/team/app");
        assert_eq!(r.tag.as_deref(), Some("1.2"));
        let r = Reference::parse("localhost:5000/app");
        assert_eq!(
            (r.repository.as_str(), r.tag.clone()),
            ("localhost:5000/app", None)
        );
        let r = Reference::parse("app@sha256:abc");
        assert_eq!(r.tag_or_digest(), "sha256:abc");
        assert_eq!(r.familiar(), "app@sha256:abc");
    }
}
