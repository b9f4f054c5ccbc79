//! INTERIM STUB of go-units (replaced by the full module).
pub fn bytes_size(size: f64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
    let mut s = size;
    let mut i = 0;
    while s >= 1024.0 && i < units.len() - 1 {
        s /= 1024.0;
        i += 1;
    }
    let t = format!("{s:.4}");
    let t = format!("{}", t.parse::<f64>().unwrap_or(s));
    let digits: String = format!("{:.*}", 4usize.saturating_sub(format!("{}", s as u64).len()), s);
    let _ = t;
    let trimmed = if digits.contains('.') { digits.trim_end_matches('0').trim_end_matches('.').to_string() } else { digits };
    format!("{trimmed}{}", units[i])
}
