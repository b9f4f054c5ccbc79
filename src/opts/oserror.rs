//! Go's wording for operating-system errors (`no such file or directory`), which docker prints
//! after `open <path>: `.

/// The bare strerror text of `e`, without Rust's ` (os error N)` suffix.
pub fn describe(e: &std::io::Error) -> String {
    let text = e.to_string();
    let bare = match text.find(" (os error ") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = bare.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn strerror_text() {
        let e = std::fs::read("/nonexistent/x").unwrap_err();
        assert_eq!(super::describe(&e), "no such file or directory");
        let e = std::fs::read("/").unwrap_err();
        assert_eq!(super::describe(&e), "is a directory");
    }
}
