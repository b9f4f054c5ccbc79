//! Go's `time.ParseDuration` (`1m30s`, `500ms`, `1.5h`, `-2s`), in nanoseconds, with Go's wording.

const UNITS: &[(&str, u64)] = &[
    ("ns", 1),
    ("us", 1_000),
    ("\u{b5}s", 1_000),
    ("\u{3bc}s", 1_000),
    ("ms", 1_000_000),
    ("s", 1_000_000_000),
    ("m", 60_000_000_000),
    ("h", 3_600_000_000_000),
];

const LIMIT: u64 = 1 << 63;

/// docker's `PositiveDurationOpt` (clap value parser for a service's `--health-*` durations).
pub fn positive(orig: &str) -> Result<i64, String> {
    match parse(orig)? {
        n if n < 0 => Err("duration cannot be negative".into()),
        n => Ok(n),
    }
}

/// Parses a Go duration into nanoseconds.
pub fn parse(orig: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {orig:?}");
    let (neg, mut s) = match orig.as_bytes().first() {
        Some(b'-') => (true, &orig[1..]),
        Some(b'+') => (false, &orig[1..]),
        _ => (false, orig),
    };
    if s == "0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total: u64 = 0;
    while !s.is_empty() {
        if !s.starts_with(|c: char| c == '.' || c.is_ascii_digit()) {
            return Err(invalid());
        }
        let int_len = s.bytes().take_while(u8::is_ascii_digit).count();
        let whole = leading_int(&s[..int_len]).ok_or_else(invalid)?;
        s = &s[int_len..];
        let (mut frac, mut scale, mut frac_len) = (0u64, 1f64, 0usize);
        if let Some(rest) = s.strip_prefix('.') {
            frac_len = rest.bytes().take_while(u8::is_ascii_digit).count();
            (frac, scale) = leading_fraction(&rest[..frac_len]);
            s = &rest[frac_len..];
        }
        if int_len == 0 && frac_len == 0 {
            return Err(invalid());
        }
        let unit_len = s
            .find(|c: char| c == '.' || c.is_ascii_digit())
            .unwrap_or(s.len());
        if unit_len == 0 {
            return Err(format!("time: missing unit in duration {orig:?}"));
        }
        let name = &s[..unit_len];
        s = &s[unit_len..];
        let unit = UNITS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, u)| *u)
            .ok_or_else(|| format!("time: unknown unit {name:?} in duration {orig:?}"))?;
        if whole > LIMIT / unit {
            return Err(invalid());
        }
        let mut v = whole * unit;
        if frac > 0 {
            v += (frac as f64 * (unit as f64 / scale)) as u64;
            if v > LIMIT {
                return Err(invalid());
            }
        }
        total = total
            .checked_add(v)
            .filter(|t| *t <= LIMIT)
            .ok_or_else(invalid)?;
    }
    if neg {
        return Ok((total as i128).wrapping_neg() as i64);
    }
    i64::try_from(total).map_err(|_| invalid())
}

fn leading_int(digits: &str) -> Option<u64> {
    digits.bytes().try_fold(0u64, |acc, b| {
        let v = acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        (v <= LIMIT).then_some(v)
    })
}

/// Go's leadingFraction: digits past what fits are ignored.
fn leading_fraction(digits: &str) -> (u64, f64) {
    let (mut x, mut scale, mut overflow) = (0u64, 1f64, false);
    for b in digits.bytes() {
        if overflow {
            continue;
        }
        match x
            .checked_mul(10)
            .and_then(|y| y.checked_add(u64::from(b - b'0')))
        {
            Some(y) if y <= LIMIT => {
                x = y;
                scale *= 10.0;
            }
            _ => overflow = true,
        }
    }
    (x, scale)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn go_forms() {
        assert_eq!(parse("1m30s"), Ok(90_000_000_000));
        assert_eq!(parse("500ms"), Ok(500_000_000));
        assert_eq!(parse("1h"), Ok(3_600_000_000_000));
        assert_eq!(parse("1.5h"), Ok(5_400_000_000_000));
        assert_eq!(parse("0"), Ok(0));
        assert_eq!(parse("-2s"), Ok(-2_000_000_000));
        assert_eq!(parse("+3us"), Ok(3_000));
        assert_eq!(parse("2\u{b5}s"), Ok(2_000));
        assert_eq!(parse(".5s"), Ok(500_000_000));
        assert_eq!(parse("1h2m3s4ms5us6ns"), Ok(3_723_004_005_006));
    }

    #[test]
    fn go_errors() {
        assert_eq!(parse("x"), Err("time: invalid duration \"x\"".into()));
        assert_eq!(parse(""), Err("time: invalid duration \"\"".into()));
        assert_eq!(
            parse("1"),
            Err("time: missing unit in duration \"1\"".into())
        );
        assert_eq!(
            parse("1d"),
            Err("time: unknown unit \"d\" in duration \"1d\"".into())
        );
        assert_eq!(parse("."), Err("time: invalid duration \".\"".into()));
        assert_eq!(
            parse("9999999999h"),
            Err("time: invalid duration \"9999999999h\"".into())
        );
        assert_eq!(parse("-"), Err("time: invalid duration \"-\"".into()));
    }
}
