//! `--link name[:alias]`, validated as `opts.ValidateLink` does.

/// Clap value parser: the value itself when it has at most one colon.
pub fn validate(val: &str) -> Result<String, String> {
    if val.is_empty() {
        return Err("empty string specified for links".into());
    }
    if val.splitn(3, ':').count() > 2 {
        return Err(format!("bad format for links: {val}"));
    }
    Ok(val.to_string())
}

#[cfg(test)]
mod tests {
    use super::validate;

    #[test]
    fn links() {
        assert_eq!(validate("db"), Ok("db".into()));
        assert_eq!(validate("db:alias"), Ok("db:alias".into()));
        assert_eq!(validate("a:b:c"), Err("bad format for links: a:b:c".into()));
        assert_eq!(validate(""), Err("empty string specified for links".into()));
    }
}
