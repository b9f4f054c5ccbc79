//! Go's `strconv.ParseFloat(s, 64)` for the decimal forms docker's size and CPU parsers meet,
//! with Go's error wording.

pub fn parse_float(s: &str) -> Result<f64, String> {
    let syntax = || format!("strconv.ParseFloat: parsing {s:?}: invalid syntax");
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    // Rust also accepts "inf"/"nan" spellings that Go spells differently; keep to digits.
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return Err(syntax());
    }
    let v: f64 = s.parse().map_err(|_| syntax())?;
    if v.is_infinite() {
        return Err(format!(
            "strconv.ParseFloat: parsing {s:?}: value out of range"
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::parse_float;

    #[test]
    fn decimal_forms_and_errors() {
        assert_eq!(parse_float("1.5"), Ok(1.5));
        assert_eq!(parse_float("1e3"), Ok(1000.0));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(
            parse_float("x"),
            Err("strconv.ParseFloat: parsing \"x\": invalid syntax".into())
        );
        assert_eq!(
            parse_float("1e999"),
            Err("strconv.ParseFloat: parsing \"1e999\": value out of range".into())
        );
        assert!(parse_float("inf").is_err());
    }
}
