//! `--cpus 1.5` → `NanoCpus`, as `opts.ParseCPUs` does with Go's `big.Rat` (decimals,
//! exponents and `a/b` fractions; the result must be a whole number of nano-CPUs).

/// An exact rational: numerator / denominator, both kept in i128.
struct Rat {
    num: i128,
    den: i128,
}

pub fn parse(value: &str) -> Result<i64, String> {
    // A well-formed number too large to hold is refused as such (Go's `big.Int.Int64` would wrap
    // it silently), not called "not a rational number".
    let out_of_range = || {
        if well_formed(value) {
            format!("invalid value {value}: value out of range")
        } else {
            format!("failed to parse {value} as a rational number")
        }
    };
    let rat = parse_rat(value).ok_or_else(out_of_range)?;
    let nano = rat
        .num
        .checked_mul(1_000_000_000)
        .ok_or_else(out_of_range)?;
    if nano % rat.den != 0 {
        return Err("value is too precise".into());
    }
    i64::try_from(nano / rat.den).map_err(|_| out_of_range())
}

/// `[+-]digits/digits` or `[+-]digits[.digits][e[+-]digits]`, whatever the magnitude.
fn well_formed(s: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let unsigned = |t: &str| t.strip_prefix(['+', '-']).unwrap_or(t).to_string();
    if let Some((a, b)) = s.split_once('/') {
        return digits(&unsigned(a)) && digits(b) && b.bytes().any(|d| d != b'0');
    }
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let m = unsigned(mantissa);
    let (int, frac) = m.split_once('.').unwrap_or((&m, ""));
    let mantissa_ok = (digits(int) || digits(frac))
        && (int.is_empty() || digits(int))
        && (frac.is_empty() || digits(frac));
    mantissa_ok && exp.is_none_or(|e| digits(&unsigned(e)))
}

fn parse_rat(s: &str) -> Option<Rat> {
    if let Some((a, b)) = s.split_once('/') {
        let num = parse_int(a)?;
        let den = b
            .parse::<i128>()
            .ok()
            .filter(|d| *d > 0 && !b.starts_with('+'))?;
        return Some(Rat { num, den });
    }
    parse_decimal(s)
}

fn parse_int(s: &str) -> Option<i128> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `[+-]digits[.digits][e[+-]digits]`
fn parse_decimal(s: &str) -> Option<Rat> {
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], parse_int(&s[i + 1..])?),
        None => (s, 0),
    };
    let (sign, body) = match mantissa.as_bytes().first() {
        Some(b'-') => (-1, &mantissa[1..]),
        Some(b'+') => (1, &mantissa[1..]),
        _ => (1, mantissa),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0');
    let mut num: i128 = if significant.is_empty() {
        0
    } else {
        significant.parse().ok()?
    };
    let scale = i128::try_from(frac.len()).ok()? - exp;
    let mut den: i128 = 1;
    if scale >= 0 {
        den = 10i128.checked_pow(u32::try_from(scale).ok()?)?;
    } else {
        num = num.checked_mul(10i128.checked_pow(u32::try_from(-scale).ok()?)?)?;
    }
    Some(Rat {
        num: sign * num,
        den,
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn decimals_to_nano_cpus() {
        assert_eq!(parse("1.5"), Ok(1_500_000_000));
        assert_eq!(parse("2"), Ok(2_000_000_000));
        assert_eq!(parse("0.001"), Ok(1_000_000));
        assert_eq!(parse("3/2"), Ok(1_500_000_000));
        assert_eq!(parse("1e-3"), Ok(1_000_000));
        assert_eq!(parse(".5"), Ok(500_000_000));
        assert_eq!(parse("-1"), Ok(-1_000_000_000));
    }

    #[test]
    fn docker_wording() {
        assert_eq!(
            parse("abc"),
            Err("failed to parse abc as a rational number".into())
        );
        assert_eq!(
            parse(""),
            Err("failed to parse  as a rational number".into())
        );
        assert_eq!(parse("0.0000000001"), Err("value is too precise".into()));
        assert_eq!(
            parse("1/0"),
            Err("failed to parse 1/0 as a rational number".into())
        );
        assert_eq!(
            parse("1e999999"),
            Err("invalid value 1e999999: value out of range".into())
        );
        assert_eq!(
            parse("99999999999999999999"),
            Err("invalid value 99999999999999999999: value out of range".into())
        );
        assert_eq!(
            parse("1e"),
            Err("failed to parse 1e as a rational number".into())
        );
    }
}
