//! CDI device names (`vendor.com/class=name`), which `--device` sends as a `cdi` device
//! request instead of a device mapping (`cdi.IsQualifiedName`).

fn valid_vendor(v: &str) -> bool {
    let b = v.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

fn valid_class(c: &str) -> bool {
    let b = c.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
}

fn valid_name(n: &str) -> bool {
    let b = n.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':'))
}

/// True for a fully qualified CDI device name.
pub fn is_qualified_name(device: &str) -> bool {
    let Some((kind, name)) = device.split_once('=') else {
        return false;
    };
    let Some((vendor, class)) = kind.split_once('/') else {
        return false;
    };
    valid_vendor(vendor) && valid_class(class) && valid_name(name)
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
