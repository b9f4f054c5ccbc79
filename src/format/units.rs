//! Human-readable sizes and durations, as docker/go-units formats them.

use super::template::print::format_float;
use std::time::Duration;

const DECIMAL: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
const BINARY: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

fn size_and_unit(mut size: f64, base: f64, units: &[&'static str]) -> (f64, &'static str) {
    let mut i = 0;
    while size >= base && i < units.len() - 1 {
        size /= base;
        i += 1;
    }
    (size, units[i])
}

/// Go's `%.*g` with the given precision.
fn go_g(x: f64, precision: usize) -> String {
    format_float(x, 'g', Some(precision))
}

/// go-units `HumanSizeWithPrecision(size, precision)`.
pub fn human_size_precision(size: f64, precision: usize) -> String {
    let (s, unit) = size_and_unit(size, 1000.0, &DECIMAL);
    format!("{}{}", go_g(s, precision), unit)
}

/// docker's usual size format: `HumanSizeWithPrecision(size, 3)`.
pub fn human_size(size: f64) -> String {
    human_size_precision(size, 3)
}

/// go-units `HumanSize` (4 significant digits).
pub fn human_size4(size: f64) -> String {
    human_size_precision(size, 4)
}

/// go-units `BytesSize`: binary units, `%.4g`.
pub fn bytes_size(size: f64) -> String {
    let (s, unit) = size_and_unit(size, 1024.0, &BINARY);
    format!("{}{}", go_g(s, 4), unit)
}

/// go-units `HumanDuration`.
pub fn human_duration(d: Duration) -> String {
    let secs_f = d.as_secs_f64();
    let seconds = d.as_secs();
    if seconds < 1 {
        return "Less than a second".into();
    }
    if seconds == 1 {
        return "1 second".into();
    }
    if seconds < 60 {
        return format!("{} seconds", seconds);
    }
    let minutes = seconds / 60;
    if minutes == 1 {
        return "About a minute".into();
    }
    if minutes < 60 {
        return format!("{} minutes", minutes);
    }
    let hours = (secs_f / 3600.0 + 0.5) as u64;
    if hours == 1 {
        return "About an hour".into();
    }
    if hours < 48 {
        return format!("{} hours", hours);
    }
    if hours < 24 * 7 * 2 {
        return format!("{} days", hours / 24);
    }
    if hours < 24 * 30 * 2 {
        return format!("{} weeks", hours / 24 / 7);
    }
    if hours < 24 * 365 * 2 {
        return format!("{} months", hours / 24 / 30);
    }
    format!("{} years", (secs_f / 3600.0) as u64 / 24 / 365)
}

/// Go's `time.Duration.String()`: `0s`, `500ms`, `1.5s`, `1m30s`, `2h0m0s`.
pub fn go_duration(nanos: i64) -> String {
    let neg = nanos < 0;
    let u = nanos.unsigned_abs();
    let sign = if neg { "-" } else { "" };
    if u == 0 {
        return "0s".into();
    }
    // Below a second: one unit with a fraction.
    let frac = |v: u64, scale: u64| -> String {
        let whole = v / scale;
        let mut rest = format!("{:0width$}", v % scale, width = scale.to_string().len() - 1);
        while rest.ends_with('0') {
            rest.pop();
        }
        if rest.is_empty() {
            whole.to_string()
        } else {
            format!("{whole}.{rest}")
        }
    };
    if u < 1_000 {
        return format!("{sign}{u}ns");
    }
    if u < 1_000_000 {
        return format!("{sign}{}µs", frac(u, 1_000));
    }
    if u < 1_000_000_000 {
        return format!("{sign}{}ms", frac(u, 1_000_000));
    }
    let secs = frac(u % 60_000_000_000, 1_000_000_000);
    let total_min = u / 60_000_000_000;
    if total_min == 0 {
        return format!("{sign}{secs}s");
    }
    let (h, m) = (total_min / 60, total_min % 60);
    if h == 0 {
        return format!("{sign}{m}m{secs}s");
    }
    format!("{sign}{h}h{m}m{secs}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(5_000_000_000), "5s");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(500_000_000), "500ms");
        assert_eq!(go_duration(90_000_000_000), "1m30s");
        assert_eq!(go_duration(7_200_000_000_000), "2h0m0s");
        assert_eq!(go_duration(1_500), "1.5µs");
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn durations() {
        assert_eq!(
            human_duration(Duration::from_millis(999)),
            "Less than a second"
        );
        assert_eq!(human_duration(secs(0)), "Less than a second");
        assert_eq!(human_duration(secs(1)), "1 second");
        assert_eq!(human_duration(Duration::from_millis(1999)), "1 second");
        assert_eq!(human_duration(secs(2)), "2 seconds");
        assert_eq!(human_duration(secs(59)), "59 seconds");
        assert_eq!(human_duration(secs(60)), "About a minute");
        assert_eq!(human_duration(secs(119)), "About a minute");
        assert_eq!(human_duration(secs(120)), "2 minutes");
        assert_eq!(human_duration(secs(59 * 60 + 59)), "59 minutes");
        assert_eq!(human_duration(secs(3600)), "About an hour");
        assert_eq!(human_duration(secs(3600 + 29 * 60)), "About an hour");
        assert_eq!(human_duration(secs(3600 + 30 * 60)), "2 hours");
        assert_eq!(human_duration(secs(47 * 3600)), "47 hours");
        assert_eq!(human_duration(secs(47 * 3600 + 30 * 60)), "2 days");
        assert_eq!(human_duration(secs(48 * 3600)), "2 days");
        assert_eq!(human_duration(secs(13 * 86400)), "13 days");
        assert_eq!(human_duration(secs(14 * 86400)), "2 weeks");
        assert_eq!(human_duration(secs(59 * 86400)), "8 weeks");
        assert_eq!(human_duration(secs(60 * 86400)), "2 months");
        assert_eq!(human_duration(secs(364 * 86400)), "12 months");
        assert_eq!(human_duration(secs(729 * 86400)), "24 months");
        assert_eq!(human_duration(secs(730 * 86400)), "2 years");
        assert_eq!(human_duration(secs(3 * 365 * 86400)), "3 years");
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(0.0), "0B");
        assert_eq!(human_size(1.0), "1B");
        assert_eq!(human_size(999.0), "999B");
        assert_eq!(human_size(1000.0), "1kB");
        assert_eq!(human_size(1024.0), "1.02kB");
        assert_eq!(human_size(1984241.0), "1.98MB");
        assert_eq!(human_size(4_300_000.0), "4.3MB");
        assert_eq!(human_size(72_900_000.0), "72.9MB");
        assert_eq!(human_size(123_456_789.0), "123MB");
        assert_eq!(human_size(1e9), "1GB");
        assert_eq!(human_size(999_500.0), "1e+03kB");
        assert_eq!(human_size(1e27), "1e+03YB");
        assert_eq!(human_size(1e30), "1e+06YB");
        assert_eq!(human_size4(2_746_000.0), "2.746MB");
        assert_eq!(human_size_precision(1234.0, 1), "1kB");
        assert_eq!(human_size_precision(1500.0, 2), "1.5kB");
    }

    #[test]
    fn binary_sizes() {
        assert_eq!(bytes_size(0.0), "0B");
        assert_eq!(bytes_size(1023.0), "1023B");
        assert_eq!(bytes_size(1024.0), "1KiB");
        assert_eq!(bytes_size(1536.0 * 1024.0 * 1024.0), "1.5GiB");
        assert_eq!(bytes_size(44.0 * 1024.0), "44KiB");
        assert_eq!(bytes_size(17.0 * 1024.0 * 1024.0 + 12345.0), "17.01MiB");
    }
}
