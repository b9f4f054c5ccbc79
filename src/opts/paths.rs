//! Go's `path.Clean` and `filepath.Abs` for the host paths docker rewrites (`-v ./data:/d`,
//! `--mount src=./data`, `--device /dev/./x`).

/// Go's `path.Clean`: lexical `.`/`..`/`//` removal; `""` becomes `.`.
pub fn clean(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    let joined = out.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// Docker's rule for relative host paths: a path starting with `.` is made absolute against the
/// working directory (left alone when that cannot be read, as Go does on error).
pub fn absolute_if_dotted(p: &str) -> String {
    if p.starts_with('/') || !p.starts_with('.') {
        return p.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => clean(&format!("{}/{p}", cwd.display())),
        Err(_) => p.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_like_go() {
        assert_eq!(clean("/dev/./null"), "/dev/null");
        assert_eq!(clean("/a/b/../c/"), "/a/c");
        assert_eq!(clean("/.."), "/");
        assert_eq!(clean("a/../.."), "..");
        assert_eq!(clean(""), ".");
        assert_eq!(clean("//x//y"), "/x/y");
    }

    #[test]
    fn dotted_paths_become_absolute() {
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            absolute_if_dotted("./data"),
            format!("{}/data", cwd.display())
        );
        assert_eq!(absolute_if_dotted("/abs"), "/abs");
        assert_eq!(absolute_if_dotted("named"), "named");
    }
}
