//! CDI device names (`vendor.com/class=name`), which `--device` sends as a `cdi` device
//! request instead of a device mapping (`cdi.IsQualifiedName`).

/// A CDI name part: starts with `first`, ends alphanumeric, alphanumerics and `extra` inside.
fn valid(part: &str, first: fn(&u8) -> bool, extra: &[u8]) -> bool {
    let b = part.as_bytes();
    b.first().is_some_and(first)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// True for a fully qualified CDI device name.
pub fn is_qualified_name(device: &str) -> bool {
    let Some((kind, name)) = device.split_once('=') else {
        return false;
    };
    let Some((vendor, class)) = kind.split_once('/') else {
        return false;
    };
    valid(vendor, u8::is_ascii_alphabetic, b"_-.")
        && valid(class, u8::is_ascii_alphabetic, b"_-")
        && valid(name, u8::is_ascii_alphanumeric, b"_-.:")
}

#[cfg(test)]
mod tests {
    use super::is_qualified_name;

    #[test]
    fn qualified_names() {
        assert!(is_qualified_name("nvidia.com/gpu=all"));
        assert!(is_qualified_name("vendor.com/class=dev0"));
        assert!(!is_qualified_name("/dev/null"));
        assert!(!is_qualified_name("/dev/null:/dev/x"));
        assert!(!is_qualified_name("vendor.com/class="));
    }
}
