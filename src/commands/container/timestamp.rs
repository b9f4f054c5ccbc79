//! `--since` / `--until` values as docker's client turns them into the API's Unix timestamps
//! (moby's `api/types/time.GetTimestamp`): a Go duration relative to now, an RFC 3339-like time
//! (with or without zone, date only, ...) or a Unix timestamp passed through. Errors carry Go's
//! wording (`time.Parse`'s ParseError, "failed to parse value as time or duration").

/// The API value for `value`, given the reference time in nanoseconds since the epoch and the
/// local zone's offset east of UTC in seconds.
pub fn get_timestamp(value: &str, now_nanos: i128, local_offset: i64) -> Result<String, String> {
    if value != "0" {
        if let Some(d) = parse_duration(value) {
            return Ok((now_nanos - d).div_euclid(1_000_000_000).to_string());
        }
    }
    let in_location = !value.contains(['z', 'Z', '+']) && value.matches('-').count() != 3;
    let layout: Vec<Tok> = if value.contains('.') {
        let zone = if in_location { &[][..] } else { ZONE };
        [DATE, T, CLOCK, FRAC, zone].concat()
    } else if value.contains('T') {
        let mut colons = value.matches(':').count();
        if !in_location && !value.contains(['z', 'Z']) && colons > 0 {
            colons -= 1;
        }
        let clock = &CLOCK[..(1 + 2 * colons).min(CLOCK.len())];
        let zone = if in_location { &[][..] } else { ZONE };
        [DATE, T, clock, zone].concat()
    } else if in_location {
        DATE.to_vec()
    } else {
        [DATE, ZONE].concat()
    };
    match parse(
        &layout,
        value,
        if in_location {
            Some(local_offset)
        } else {
            None
        },
    ) {
        Ok((secs, nanos)) => Ok(format!("{secs}.{nanos:09}")),
        Err(e) if value.contains('-') => Err(e),
        Err(_) if is_unix_timestamp(value) => Ok(value.to_string()),
        // fmt's %q (strconv.Quote), which keeps printable Unicode as it is.
        Err(_) => Err(format!(
            "failed to parse value as time or duration: {value:?}"
        )),
    }
}

/// moby's `parseTimestamp`: `SECONDS[.NANOS]`, both Go `ParseInt`s.
fn is_unix_timestamp(value: &str) -> bool {
    let int = |s: &str| s.parse::<i64>().is_ok();
    match value.split_once('.') {
        Some((s, n)) => int(s) && int(n),
        None => int(value),
    }
}

/// Go's `time.ParseDuration`, in nanoseconds; `None` where Go reports an error.
pub fn parse_duration(s: &str) -> Option<i128> {
    crate::opts::duration::parse(s).ok().map(i128::from)
}

#[derive(Clone, Copy, PartialEq)]
enum Std {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Frac9,
    Zone,
}

#[derive(Clone, Copy)]
enum Tok {
    Lit(&'static str),
    Std(Std, &'static str),
}

const DATE: &[Tok] = &[
    Tok::Std(Std::Year, "2006"),
    Tok::Lit("-"),
    Tok::Std(Std::Month, "01"),
    Tok::Lit("-"),
    Tok::Std(Std::Day, "02"),
];
const T: &[Tok] = &[Tok::Lit("T")];
const CLOCK: &[Tok] = &[
    Tok::Std(Std::Hour, "15"),
    Tok::Lit(":"),
    Tok::Std(Std::Minute, "04"),
    Tok::Lit(":"),
    Tok::Std(Std::Second, "05"),
];
const FRAC: &[Tok] = &[Tok::Std(Std::Frac9, ".999999999")];
const ZONE: &[Tok] = &[Tok::Std(Std::Zone, "Z07:00")];

fn layout_text(layout: &[Tok]) -> String {
    layout
        .iter()
        .map(|t| match t {
            Tok::Lit(s) | Tok::Std(_, s) => *s,
        })
        .collect()
}

/// Go's `time` package quoting: `"` and `\\` escaped, every byte of a control or non-ASCII
/// character as `\xNN`.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7f => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

/// Two digits, or one when not `fixed` (Go's `getnum`).
fn getnum(v: &str, fixed: bool) -> Option<(i64, &str)> {
    let b = v.as_bytes();
    let digit = |i: usize| {
        b.get(i)
            .filter(|c| c.is_ascii_digit())
            .map(|c| i64::from(c - b'0'))
    };
    let first = digit(0)?;
    match digit(1) {
        Some(second) => Some((first * 10 + second, &v[2..])),
        None if fixed => None,
        None => Some((first, &v[1..])),
    }
}

/// Go's `time.Parse` / `ParseInLocation` restricted to the layouts above: (Unix seconds, nanos).
fn parse(layout: &[Tok], value: &str, local: Option<i64>) -> Result<(i64, u32), String> {
    let full = layout_text(layout);
    let fail = |msg: String| format!("parsing time {}{msg}", quote(value));
    let cannot = |v: &str, elem: &str| {
        fail(format!(
            " as {}: cannot parse {} as {}",
            quote(&full),
            quote(v),
            quote(elem)
        ))
    };
    let (mut year, mut month, mut day, mut hour, mut min, mut sec) = (0i64, 1i64, 1i64, 0, 0, 0);
    let mut nanos: i64 = 0;
    let mut offset: Option<i64> = None;
    let mut v = value;
    for (i, tok) in layout.iter().enumerate() {
        let (kind, elem) = match *tok {
            Tok::Lit(lit) => {
                let common = v
                    .bytes()
                    .zip(lit.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                if common < lit.len() {
                    return Err(cannot(&v[common..], lit));
                }
                v = &v[lit.len()..];
                continue;
            }
            Tok::Std(kind, elem) => (kind, elem),
        };
        let hold = v;
        let mut range_err = "";
        let ok = match kind {
            Std::Year => match v.get(..4).filter(|p| p.bytes().all(|c| c.is_ascii_digit())) {
                Some(p) => {
                    year = p.parse().unwrap_or_default();
                    v = &v[4..];
                    true
                }
                None => false,
            },
            Std::Month | Std::Day | Std::Hour | Std::Minute | Std::Second => {
                match getnum(v, kind != Std::Hour) {
                    Some((n, rest)) => {
                        v = rest;
                        match kind {
                            Std::Month if !(1..=12).contains(&n) => range_err = "month",
                            Std::Month => month = n,
                            Std::Day => day = n,
                            Std::Hour if n >= 24 => range_err = "hour",
                            Std::Hour => hour = n,
                            Std::Minute if n >= 60 => range_err = "minute",
                            Std::Minute => min = n,
                            Std::Second if n >= 60 => range_err = "second",
                            _ => sec = n,
                        }
                        let frac_next = matches!(layout.get(i + 1), Some(Tok::Std(Std::Frac9, _)));
                        if kind == Std::Second && range_err.is_empty() && !frac_next {
                            // A fraction in the value but not in the layout is taken anyway.
                            if let Some((n, rest)) = fraction(v) {
                                nanos = n;
                                v = rest;
                            }
                        }
                        true
                    }
                    None => false,
                }
            }
            Std::Frac9 => {
                if let Some((n, rest)) = fraction(v) {
                    nanos = n;
                    v = rest;
                }
                true
            }
            Std::Zone => match zone(v) {
                Some((off, rest, err)) => {
                    offset = Some(off);
                    range_err = err;
                    v = rest;
                    true
                }
                None => false,
            },
        };
        if !range_err.is_empty() {
            return Err(fail(format!(": {range_err} out of range")));
        }
        if !ok {
            return Err(cannot(hold, elem));
        }
    }
    if !v.is_empty() {
        return Err(fail(format!(": extra text: {}", quote(v))));
    }
    if day < 1 || day > days_in(month, year) {
        return Err(fail(": day out of range".into()));
    }
    let offset = offset.or(local).unwrap_or(0);
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + min * 60 + sec - offset;
    Ok((secs, nanos as u32))
}

/// `.ddd` / `,ddd` at the start of `v`: nanoseconds (at most 9 digits count) and the rest.
fn fraction(v: &str) -> Option<(i64, &str)> {
    let b = v.as_bytes();
    if b.len() < 2 || !(b[0] == b'.' || b[0] == b',') || !b[1].is_ascii_digit() {
        return None;
    }
    let n = 1 + b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let digits = &v[1..n.min(10)];
    let scaled = format!("{digits:0<9}");
    Some((scaled.parse().unwrap_or_default(), &v[n..]))
}

/// `Z` or `±hh:mm`: (offset east in seconds, rest, range error).
fn zone(v: &str) -> Option<(i64, &str, &'static str)> {
    if let Some(rest) = v.strip_prefix('Z') {
        return Some((0, rest, ""));
    }
    let b = v.as_bytes();
    if b.len() < 6 || b[3] != b':' {
        return None;
    }
    let (hr, _) = getnum(v.get(1..3)?, true)?;
    let (mm, _) = getnum(v.get(4..6)?, true)?;
    let err = if mm > 60 {
        "time zone offset minute"
    } else if hr > 24 {
        "time zone offset hour"
    } else {
        ""
    };
    let off = (hr * 60 + mm) * 60;
    match b[0] {
        b'+' => Some((off, v.get(6..)?, err)),
        b'-' => Some((-off, v.get(6..)?, err)),
        _ => None,
    }
}

fn days_in(month: i64, year: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The local zone's current offset east of UTC in seconds (0 when unknown).
pub fn local_offset() -> i64 {
    // SAFETY: localtime_r only writes the `tm` we own; time(NULL) has no preconditions.
    unsafe {
        let now = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&now, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i128 = 1_700_000_000_500_000_000;

    #[test]
    fn durations_like_go() {
        assert_eq!(parse_duration("42m"), Some(42 * 60_000_000_000));
        assert_eq!(parse_duration("1h30m"), Some(5_400_000_000_000));
        assert_eq!(parse_duration("1.5s"), Some(1_500_000_000));
        assert_eq!(parse_duration("-2s"), Some(-2_000_000_000));
        assert_eq!(parse_duration(".5ms"), Some(500_000));
        for bad in ["", "5", "m", ".s", "5x", "1h-", "3000000h"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
        assert_eq!(
            get_timestamp("42m", NOW, 0).unwrap(),
            (1_700_000_000 - 2520).to_string()
        );
    }

    #[test]
    fn times_like_moby() {
        let ts = |v: &str| get_timestamp(v, NOW, 3600);
        assert_eq!(ts("2013-01-02T13:23:37Z").unwrap(), "1357133017.000000000");
        assert_eq!(
            ts("2013-01-02T13:23:37.5+01:00").unwrap(),
            "1357129417.500000000"
        );
        assert_eq!(ts("2013-01-02T13:23:37").unwrap(), "1357129417.000000000");
        assert_eq!(ts("2013-01-02").unwrap(), "1357081200.000000000");
        assert_eq!(ts("2013-01-02T13").unwrap(), "1357128000.000000000");
        assert_eq!(ts("0").unwrap(), "0");
        assert_eq!(ts("1700000000.25").unwrap(), "1700000000.25");
        assert_eq!(
            ts("foo").unwrap_err(),
            "failed to parse value as time or duration: \"foo\""
        );
        assert_eq!(
            ts("2013-01-0").unwrap_err(),
            "parsing time \"2013-01-0\" as \"2006-01-02\": cannot parse \"0\" as \"02\""
        );
        assert_eq!(
            ts("2013-13-01").unwrap_err(),
            "parsing time \"2013-13-01\": month out of range"
        );
        assert_eq!(
            ts("2013-02-30").unwrap_err(),
            "parsing time \"2013-02-30\": day out of range"
        );
        assert_eq!(
            ts("2013-02-03x").unwrap_err(),
            "parsing time \"2013-02-03x\": extra text: \"x\""
        );
    }
}
