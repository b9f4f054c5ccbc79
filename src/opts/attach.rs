//! `-a/--attach stdin|stdout|stderr` (case-insensitive), as `validateAttach` reads it.

/// Clap value parser: the stream name in lower case.
pub fn stream(val: &str) -> Result<String, String> {
    let s = val.to_lowercase();
    if matches!(s.as_str(), "stdin" | "stdout" | "stderr") {
        Ok(s)
    } else {
        Err("valid streams are STDIN, STDOUT and STDERR".into())
    }
}

#[cfg(test)]
mod tests {
    use super::stream;

    #[test]
    fn streams() {
        assert_eq!(stream("STDIN"), Ok("stdin".into()));
        assert_eq!(stream("StdErr"), Ok("stderr".into()));
        assert_eq!(
            stream("foo"),
            Err("valid streams are STDIN, STDOUT and STDERR".into())
        );
    }
}
