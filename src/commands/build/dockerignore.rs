//! `.dockerignore` as docker reads it (moby's `ignorefile` and `patternmatcher`): patterns are
//! root-relative and cleaned, `*` and `?` stop at `/`, `**` spans directories, `!` makes an
//! exception, later patterns win, and a pattern matching a parent directory matches the file.
//! These are not gitignore's rules (no implicit `**/`, no trailing-`/` directory-only patterns).

/// One cleaned pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    text: String,
    pub exclusion: bool,
}

/// `ignorefile.ReadAll`: comments (`#` at the very start) and blank lines dropped, spaces
/// trimmed, paths cleaned and made relative.
pub fn parse(content: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let line = if i == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            line
        };
        if line.starts_with('#') {
            continue;
        }
        let mut p = line.trim();
        if p.is_empty() {
            continue;
        }
        let invert = p.starts_with('!');
        if invert {
            p = p[1..].trim();
        }
        let mut cleaned = if p.is_empty() {
            String::new()
        } else {
            clean(p)
        };
        if cleaned.len() > 1 && cleaned.starts_with('/') {
            cleaned.remove(0);
        }
        out.push(if invert {
            format!("!{cleaned}")
        } else {
            cleaned
        });
    }
    out
}

/// Go's `filepath.Clean` on a slash path.
pub fn clean(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let body = parts.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".to_string(),
        (false, false) => body,
    }
}

/// Compiled patterns (`patternmatcher.New`).
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    patterns: Vec<Pattern>,
}

impl Matcher {
    pub fn new(patterns: &[String]) -> Result<Matcher, String> {
        let mut out = Vec::new();
        for p in patterns {
            let p = p.trim();
            if p.is_empty() {
                continue;
            }
            let (exclusion, body) = match p.strip_prefix('!') {
                Some("") => return Err("illegal exclusion pattern: \"!\"".to_string()),
                Some(rest) => (true, rest),
                None => (false, p),
            };
            out.push(Pattern {
                text: clean(body),
                exclusion,
            });
        }
        Ok(Matcher { patterns: out })
    }

    pub fn has_exclusions(&self) -> bool {
        self.patterns.iter().any(|p| p.exclusion)
    }

    /// `MatchesOrParentMatches`: whether `file` (slash-separated, relative) is excluded.
    pub fn excluded(&self, file: &str) -> bool {
        let parent = match file.rfind('/') {
            Some(i) => &file[..i],
            None => ".",
        };
        let dirs: Vec<&str> = parent.split('/').collect();
        let mut matched = false;
        for p in &self.patterns {
            if p.exclusion != matched {
                continue;
            }
            let mut m = glob(p.text.as_bytes(), file.as_bytes());
            if !m && parent != "." {
                m = (1..=dirs.len())
                    .any(|i| glob(p.text.as_bytes(), dirs[..i].join("/").as_bytes()));
            }
            if m {
                matched = !p.exclusion;
            }
        }
        matched
    }
}

/// The whole of `name` against `pat` as moby's pattern regexp: `*` any run without `/`, `?` one
/// character but `/`, `**` (eating a following `/`) any run of whole directories (`(.*/)?`) or,
/// at the end, anything; `[...]` classes; `\` escapes. Memoised on (pattern, name) positions, so
/// it takes O(len(pat) × len(name)) steps whatever the stars (no exponential backtracking).
pub fn glob(pat: &[u8], name: &[u8]) -> bool {
    let mut memo = vec![None; (pat.len() + 1) * (name.len() + 1)];
    glob_at(pat, name, 0, 0, &mut memo)
}

fn glob_at(pat: &[u8], name: &[u8], p: usize, n: usize, memo: &mut [Option<bool>]) -> bool {
    let key = p * (name.len() + 1) + n;
    if let Some(v) = memo[key] {
        return v;
    }
    let v = glob_step(pat, name, p, n, memo);
    memo[key] = Some(v);
    v
}

fn glob_step(pat: &[u8], name: &[u8], p: usize, n: usize, memo: &mut [Option<bool>]) -> bool {
    let rest_name = &name[n..];
    match pat.get(p) {
        None => rest_name.is_empty(),
        Some(b'*') if pat.get(p + 1) == Some(&b'*') => {
            let mut q = p + 2;
            if pat.get(q) == Some(&b'/') {
                q += 1;
            }
            if q == pat.len() {
                return true;
            }
            // `(.*/)?` then the rest: try with nothing eaten, then after every `/`.
            if glob_at(pat, name, q, n, memo) {
                return true;
            }
            (n..name.len())
                .filter(|&i| name[i] == b'/')
                .any(|i| glob_at(pat, name, q, i + 1, memo))
        }
        Some(b'*') => {
            for i in n..=name.len() {
                if glob_at(pat, name, p + 1, i, memo) {
                    return true;
                }
                if i < name.len() && name[i] == b'/' {
                    break;
                }
            }
            false
        }
        Some(b'?') => match rest_name.split_first() {
            Some((&c, tail)) if c != b'/' => {
                let after = name.len() - skip_utf8(c, tail).len();
                glob_at(pat, name, p + 1, after, memo)
            }
            _ => false,
        },
        Some(b'[') => match (class(&pat[p + 1..], rest_name), rest_name.first()) {
            (Some((true, used)), Some(&c)) => {
                let after = name.len() - skip_utf8(c, &rest_name[1..]).len();
                glob_at(pat, name, p + 1 + used, after, memo)
            }
            _ => false,
        },
        Some(b'\\') if p + 1 < pat.len() => {
            rest_name.first() == Some(&pat[p + 1]) && glob_at(pat, name, p + 2, n + 1, memo)
        }
        Some(&c) => rest_name.first() == Some(&c) && glob_at(pat, name, p + 1, n + 1, memo),
    }
}

/// Drops the continuation bytes of the UTF-8 character whose lead byte was `lead`.
fn skip_utf8(lead: u8, tail: &[u8]) -> &[u8] {
    let extra = match lead {
        0xC0..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF7 => 3,
        _ => 0,
    };
    &tail[extra.min(tail.len())..]
}

/// A `[...]` class (after the `[`) against `name`'s first byte: (matched, bytes of pattern used
/// including the closing `]`); `None` for an unterminated class, which matches nothing.
fn class(pat: &[u8], name: &[u8]) -> Option<(bool, usize)> {
    let c = *name.first()?;
    let mut i = 0;
    // moby hands classes to Go's regexp: only `^` negates, and a class may match `/`.
    let negate = pat.first() == Some(&b'^');
    if negate {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    loop {
        let b = *pat.get(i)?;
        if b == b']' && !first {
            i += 1;
            break;
        }
        first = false;
        let lo = if b == b'\\' {
            i += 1;
            *pat.get(i)?
        } else {
            b
        };
        i += 1;
        if pat.get(i) == Some(&b'-') && pat.get(i + 1).is_some_and(|&n| n != b']') {
            let hi = *pat.get(i + 1)?;
            i += 2;
            hit |= lo <= c && c <= hi;
        } else {
            hit |= lo == c;
        }
    }
    Some((hit != negate, i))
}

#[cfg(test)]
mod tests {
    #[test]
    fn many_stars_do_not_backtrack_exponentially() {
        // Found by fuzzing: plain backtracking never finishes on this.
        let name = "a".repeat(200);
        assert!(!super::glob(
            "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b".as_bytes(),
            name.as_bytes()
        ));
        assert!(!super::glob(
            "**/**/**/**/**/**/**/**/x".as_bytes(),
            "a/".repeat(60).as_bytes()
        ));
        assert!(super::glob(
            "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a".as_bytes(),
            name.as_bytes()
        ));
    }

    use super::*;

    fn m(patterns: &[&str]) -> Matcher {
        let p: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        Matcher::new(&p).unwrap()
    }

    #[test]
    fn reads_like_ignorefile() {
        let got = parse("\u{feff}# c\n  \n/abs/x/\n! keep \n a/../b \n#x\n");
        assert_eq!(got, vec!["abs/x", "!keep", "b"]);
    }

    #[test]
    fn root_relative_not_gitignore() {
        // gitignore would match "secret" at any depth; docker only at the root.
        let x = m(&["secret"]);
        assert!(x.excluded("secret"));
        assert!(!x.excluded("sub/secret"));
        // A parent directory match excludes what is below it.
        assert!(x.excluded("secret/inner/file"));
        assert!(m(&["**/secret"]).excluded("sub/secret"));
        assert!(m(&["**/secret"]).excluded("secret"));
    }

    #[test]
    fn stars_and_exceptions() {
        let x = m(&["*.log", "!keep.log"]);
        assert!(x.excluded("a.log"));
        assert!(!x.excluded("keep.log"));
        assert!(!x.excluded("dir/a.log"));
        let x = m(&["dir/*/x?"]);
        assert!(x.excluded("dir/a/x1"));
        assert!(!x.excluded("dir/a/b/x1"));
        let x = m(&["dir/**"]);
        assert!(x.excluded("dir/a/b"));
        let x = m(&["a/**/z"]);
        assert!(x.excluded("a/z") && x.excluded("a/b/c/z") && !x.excluded("a/bz"));
        let x = m(&["[a-c]*", "!b*"]);
        assert!(x.excluded("apple") && !x.excluded("banana") && !x.excluded("date"));
        assert!(Matcher::new(&["!".to_string()]).is_err());
        assert!(!m(&["[abc"]).excluded("a"));
    }
}
