//! Go's time formats as docker prints them: RFC 3339 parsing, `time.ANSIC`, `Time.String()`,
//! and "N units ago".

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    /// seconds since the Unix epoch (UTC)
    pub secs: i64,
    pub nanos: u32,
}

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parses `2026-05-07T21:09:36.123456789Z` / `...+02:00`.
pub fn parse_rfc3339(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || (b[10] != b'T' && b[10] != b't') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut i = 19;
    let mut nanos: u32 = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let frac = &s[start..i];
        let mut digits: String = frac.chars().take(9).collect();
        while digits.len() < 9 {
            digits.push('0');
        }
        nanos = digits.parse().ok()?;
    }
    let offset = match s.get(i..)? {
        "Z" | "z" => 0,
        tz if tz.len() == 6 => {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            sign * (tz.get(1..3)?.parse::<i64>().ok()? * 3600
                + tz.get(4..6)?.parse::<i64>().ok()? * 60)
        }
        _ => return None,
    };
    let secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset;
    Some(Time { secs, nanos })
}

impl Time {
    pub fn from_unix(secs: i64) -> Time {
        Time { secs, nanos: 0 }
    }

    pub fn now() -> Time {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Time {
            secs: d.as_secs() as i64,
            nanos: d.subsec_nanos(),
        }
    }

    pub fn unix_secs(&self) -> i64 {
        self.secs
    }

    fn parts(&self) -> (i64, i64, i64, i64, i64, i64) {
        let days = self.secs.div_euclid(86400);
        let rem = self.secs.rem_euclid(86400);
        let (y, m, d) = civil_from_days(days);
        (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
    }

    /// Go's `time.ANSIC`: "Mon Jan _2 15:04:05 2006" (UTC).
    pub fn ansic(&self) -> String {
        let (y, m, d, h, mi, s) = self.parts();
        let wd = DAYS[self.secs.div_euclid(86400).rem_euclid(7) as usize];
        format!(
            "{wd} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}",
            MONTHS[(m - 1) as usize]
        )
    }

    /// Go's `Time.String()` in UTC, as docker prints `CreatedAt`: "2026-11-29 18:50:57 +0000 UTC".
    pub fn go_string(&self) -> String {
        let (y, m, d, h, mi, s) = self.parts();
        format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02} +0000 UTC")
    }

    /// Go's `Time.String()` with its fraction (trailing zeros trimmed, none when zero) and the
    /// zone as given: `zone` is "+0000 UTC" for UTC.
    pub fn go_string_frac(&self, zone: &str) -> String {
        let (y, m, d, h, mi, s) = self.parts();
        let mut frac = format!(".{:09}", self.nanos);
        while frac.ends_with('0') || frac == "." {
            frac.pop();
        }
        format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}{frac} {zone}")
    }

    /// RFC 3339 with nanoseconds trimmed of trailing zeros (Go's RFC3339Nano), in UTC.
    pub fn rfc3339_nano(&self) -> String {
        let (y, m, d, h, mi, s) = self.parts();
        let mut frac = format!("{:09}", self.nanos);
        while frac.ends_with('0') {
            frac.pop();
        }
        let frac = if frac.is_empty() {
            String::new()
        } else {
            format!(".{frac}")
        };
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}{frac}Z")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_go() {
        let t = parse_rfc3339("2026-05-07T21:09:36.000000000+00:00").unwrap();
        assert_eq!(t.ansic(), "Thu May  7 21:09:36 2026");
        assert_eq!(t.go_string(), "2026-05-07 21:09:36 +0000 UTC");
        let t = parse_rfc3339("2025-05-30T14:07:14+02:00").unwrap();
        assert_eq!(t.ansic(), "Fri May 30 12:07:14 2025");
        let t = parse_rfc3339("1970-01-01T00:00:00.5Z").unwrap();
        assert_eq!(t.secs, 0);
        assert_eq!(t.nanos, 500_000_000);
        assert_eq!(t.rfc3339_nano(), "1970-01-01T00:00:00.5Z");
        assert!(parse_rfc3339("yesterday").is_none());
    }
}
