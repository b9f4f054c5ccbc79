//! pflag's boolean flags: `--rm`, `--rm=true`, `--sig-proxy=false`, `-i=0`.

/// Go's `strconv.ParseBool` as a clap value parser.
pub fn parse(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing {s:?}: invalid syntax")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn accepts_gos_spellings() {
        assert_eq!(super::parse("T"), Ok(true));
        assert_eq!(super::parse("0"), Ok(false));
        assert_eq!(
            super::parse("maybe"),
            Err("strconv.ParseBool: parsing \"maybe\": invalid syntax".into())
        );
    }
}
