//! Name-resolution flags: `--add-host host:ip` (and `host=ip`, `host-gateway`, `[::1]`) and
//! `--dns-search` domains, validated as docker's `opts` package does.

/// `opts.ValidateExtraHost` (clap value parser): the value rewritten as `host:ip`.
pub fn extra_host(val: &str) -> Result<String, String> {
    let split = val.split_once('=').or_else(|| val.split_once(':'));
    let (k, mut v) = match split {
        Some((k, v)) if !k.is_empty() && !k.contains(':') => (k, v),
        _ => return Err(format!("bad format for add-host: {val:?}")),
    };
    if v != "host-gateway" {
        if v.len() > 2 && v.starts_with('[') && v.ends_with(']') {
            v = &v[1..v.len() - 1];
        }
        if super::ip::parse(v.trim()).is_none() {
            return Err(format!("invalid IP address in add-host: {v:?}"));
        }
    }
    Ok(format!("{k}:{v}"))
}

/// One DNS label of docker's domain regexp: `:?` then alphanumerics, hyphens inside.
fn valid_label(label: &str) -> bool {
    let l = label.strip_prefix(':').unwrap_or(label).as_bytes();
    !l.is_empty()
        && l[0].is_ascii_alphanumeric()
        && l[l.len() - 1].is_ascii_alphanumeric()
        && l.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// `opts.ValidateDNSSearch` (clap value parser): `.` or a domain, trailing dot dropped.
pub fn dns_search(val: &str) -> Result<String, String> {
    let val = val.trim_matches(' ');
    if val == "." {
        return Ok(val.into());
    }
    let invalid = || format!("{val} is not a valid domain");
    if !val.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Err(invalid());
    }
    let domain = val.strip_suffix('.').unwrap_or(val);
    if domain.split('.').all(valid_label) && domain.len() < 255 {
        Ok(domain.into())
    } else {
        Err(invalid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_hosts() {
        assert_eq!(extra_host("db:10.0.0.2"), Ok("db:10.0.0.2".into()));
        assert_eq!(extra_host("db=10.0.0.2"), Ok("db:10.0.0.2".into()));
        assert_eq!(extra_host("v6:::1"), Ok("v6:::1".into()));
        assert_eq!(extra_host("v6=[::1]"), Ok("v6:::1".into()));
        assert_eq!(extra_host("gw:host-gateway"), Ok("gw:host-gateway".into()));
        assert_eq!(
            extra_host("foo"),
            Err("bad format for add-host: \"foo\"".into())
        );
        assert_eq!(
            extra_host("db:1.2.3"),
            Err("invalid IP address in add-host: \"1.2.3\"".into())
        );
    }

    #[test]
    fn search_domains() {
        assert_eq!(dns_search("example.com."), Ok("example.com".into()));
        assert_eq!(dns_search(" a-b.c "), Ok("a-b.c".into()));
        assert_eq!(dns_search("."), Ok(".".into()));
        assert_eq!(dns_search("-x"), Err("-x is not a valid domain".into()));
        assert_eq!(dns_search("123"), Err("123 is not a valid domain".into()));
        assert_eq!(dns_search("a..b"), Err("a..b is not a valid domain".into()));
    }
}
