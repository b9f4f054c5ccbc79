//! go-units sizes: `RAMInBytes` (`-m 512m`, binary multiples) and `FromHumanSize` (decimal),
//! plus `--memory-swap`'s `-1`.

/// `units.RAMInBytes`: `512m` = 512 MiB; suffixes b, k, m, g, t, p with optional `b`/`ib`.
pub fn ram_in_bytes(s: &str) -> Result<i64, String> {
    parse_size(s, 1024)
}

/// `units.FromHumanSize`: `1kb` = 1000 bytes (no container flag uses decimal sizes).
#[allow(dead_code)]
pub fn from_human_size(s: &str) -> Result<i64, String> {
    parse_size(s, 1000)
}

/// `opts.MemSwapBytes`: `-1` (unlimited) or a RAM size.
pub fn memory_swap(s: &str) -> Result<i64, String> {
    if s == "-1" {
        return Ok(-1);
    }
    ram_in_bytes(s)
}

fn parse_size(s: &str, base: i64) -> Result<i64, String> {
    let invalid = || format!("invalid size: '{s}'");
    let sep = s
        .rfind(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .ok_or_else(invalid)?;
    let (num, sfx) = if s.as_bytes()[sep] == b' ' {
        (&s[..sep], &s[sep + 1..])
    } else {
        s.split_at(sep + 1)
    };
    let size = super::gofloat::parse_float(num)?;
    if size < 0.0 {
        return Err(invalid());
    }
    // A size that does not fit is refused: go-units would hand Go's float-to-int conversion a
    // value out of range (docker then sends -9223372036854775808), never a silent limit.
    let whole = |v: f64| {
        if v < 9_223_372_036_854_775_808.0 {
            Ok(v as i64)
        } else {
            Err(format!("invalid size: '{s}': value out of range"))
        }
    };
    if sfx.is_empty() {
        return whole(size);
    }
    let bad = || format!("invalid suffix: '{}'", sfx.to_lowercase());
    if sfx.len() > 3 {
        return Err(format!("invalid suffix: '{sfx}'"));
    }
    let lower = sfx.to_lowercase();
    let b = lower.as_bytes();
    if b[0] == b'b' {
        return if b.len() > 1 { Err(bad()) } else { whole(size) };
    }
    let power = match b[0] {
        b'k' => 1,
        b'm' => 2,
        b'g' => 3,
        b't' => 4,
        b'p' => 5,
        _ => return Err(bad()),
    };
    match (b.len(), &lower[1..]) {
        (2, rest) if rest != "b" => return Err(bad()),
        (3, rest) if rest != "ib" => return Err(bad()),
        _ => {}
    }
    whole(size * (base as f64).powi(power))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_decimal_multiples() {
        assert_eq!(ram_in_bytes("512m"), Ok(512 * 1024 * 1024));
        assert_eq!(ram_in_bytes("1.5g"), Ok(1536 * 1024 * 1024));
        assert_eq!(ram_in_bytes("64MiB"), Ok(64 * 1024 * 1024));
        assert_eq!(ram_in_bytes("10 kb"), Ok(10 * 1024));
        assert_eq!(ram_in_bytes("100"), Ok(100));
        assert_eq!(ram_in_bytes("100b"), Ok(100));
        assert_eq!(
            ram_in_bytes("99999999999999999999999999g"),
            Err("invalid size: '99999999999999999999999999g': value out of range".into())
        );
        assert_eq!(
            ram_in_bytes("8p").map(|v| v >> 50),
            Ok(8),
            "large but in range"
        );
        assert!(ram_in_bytes("8192p").is_err());
        assert!(ram_in_bytes("9223372036854775808").is_err());
        assert_eq!(from_human_size("1kb"), Ok(1000));
        assert_eq!(from_human_size("2M"), Ok(2_000_000));
    }

    #[test]
    fn docker_wording_for_bad_sizes() {
        assert_eq!(ram_in_bytes("abc"), Err("invalid size: 'abc'".into()));
        assert_eq!(ram_in_bytes("1zb"), Err("invalid suffix: 'zb'".into()));
        assert_eq!(ram_in_bytes("1mbb"), Err("invalid suffix: 'mbb'".into()));
        assert_eq!(ram_in_bytes("1kiB"), Ok(1024));
        assert_eq!(ram_in_bytes("1kx"), Err("invalid suffix: 'kx'".into()));
        assert_eq!(ram_in_bytes("-2"), Err("invalid size: '-2'".into()));
        assert_eq!(
            ram_in_bytes("1.2.3m"),
            Err("strconv.ParseFloat: parsing \"1.2.3\": invalid syntax".into())
        );
        assert_eq!(ram_in_bytes(""), Err("invalid size: ''".into()));
        assert_eq!(ram_in_bytes("1kilo"), Err("invalid suffix: 'kilo'".into()));
    }

    #[test]
    fn swap_accepts_minus_one_only() {
        assert_eq!(memory_swap("-1"), Ok(-1));
        assert_eq!(memory_swap("1g"), Ok(1 << 30));
        assert_eq!(memory_swap("-2"), Err("invalid size: '-2'".into()));
    }
}
