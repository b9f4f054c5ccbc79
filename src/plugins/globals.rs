//! docker's split of a command line at the command word: its global flags are parsed first,
//! without interspersing (pflag's `SetInterspersed(false)`), so the first word that is no flag
//! and no flag's value is the command (a built-in or a plugin).

/// Does this root flag take the next token as its value (pflag booleans only take `=value`)?
fn takes_next(a: &clap::Arg) -> bool {
    a.get_action().takes_values()
        && !a.is_require_equals_set()
        && a.get_num_args().is_none_or(|r| r.min_values() != 0)
}

/// One flag token (and maybe its value) of `root`: how many tokens it spans, or `None` when the
/// flag is unknown or lacks its value (clap reports those).
fn flag_span(root: &clap::Command, args: &[String], i: usize) -> Option<usize> {
    let tok = args[i].as_str();
    if let Some(long) = tok.strip_prefix("--") {
        let (name, inline) = match long.split_once('=') {
            Some((n, _)) => (n, true),
            None => (long, false),
        };
        let arg = root.get_arguments().find(|a| a.get_long() == Some(name))?;
        if takes_next(arg) && !inline {
            return (i + 1 < args.len()).then_some(2);
        }
        return Some(1);
    }
    let shorts: Vec<char> = tok.strip_prefix('-')?.chars().collect();
    for (n, c) in shorts.iter().enumerate() {
        let arg = root.get_arguments().find(|a| a.get_short() == Some(*c))?;
        if takes_next(arg) {
            if n + 1 < shorts.len() {
                return Some(1);
            }
            return (i + 1 < args.len()).then_some(2);
        }
    }
    Some(1)
}

/// The index of the command word in `args` (program name excluded): `Ok(None)` when there is
/// none, `Err(())` when the global flags do not parse (clap reports the error).
pub fn command_index(root: &clap::Command, args: &[String]) -> Result<Option<usize>, ()> {
    let mut i = 0;
    while i < args.len() {
        let tok = args[i].as_str();
        if tok == "--" {
            return Ok((i + 1 < args.len()).then_some(i + 1));
        }
        if !tok.starts_with('-') || tok == "-" {
            return Ok(Some(i));
        }
        i += flag_span(root, args, i).ok_or(())?;
    }
    Ok(None)
}

/// The flags among `args` (with their values), positionals dropped, as cobra parses an unknown
/// command's line with the root's flags interspersed; everything after `--` is dropped. An
/// unknown flag is kept (and what follows dropped) so that clap reports it.
pub fn flags_only(root: &clap::Command, args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let tok = args[i].as_str();
        if tok == "--" {
            break;
        }
        if !tok.starts_with('-') || tok == "-" {
            i += 1;
            continue;
        }
        match flag_span(root, args, i) {
            Some(n) => {
                out.extend(args[i..i + n].iter().cloned());
                i += n;
            }
            None => {
                out.push(args[i].clone());
                break;
            }
        }
    }
    out
}

/// The `--log-level` value in force when docker checks it: pflag sets the global flags left to
/// right and stops at the first one that fails (unknown, no value, a boolean's bad `=value`);
/// the last level set before that point (or the command word) is the one docker checks, before
/// any help, version or parse error is reported.
pub fn log_level(root: &clap::Command, args: &[String]) -> Option<String> {
    let mut found = None;
    let mut i = 0;
    while i < args.len() {
        let tok = args[i].as_str();
        if tok == "--" || !tok.starts_with('-') || tok == "-" {
            break;
        }
        let Some(span) = flag_span(root, args, i) else {
            break;
        };
        if let Some((name, value)) = tok.strip_prefix("--").and_then(|l| l.split_once('=')) {
            let bool_flag = root
                .get_arguments()
                .find(|a| a.get_long() == Some(name))
                .is_some_and(|a| !takes_next(a));
            if bool_flag && crate::opts::boolean::parse(value).is_err() {
                break;
            }
        }
        let next = || args.get(i + 1).cloned();
        if tok == "--log-level" {
            found = next();
        } else if let Some(v) = tok.strip_prefix("--log-level=") {
            found = Some(v.to_string());
        } else if !tok.starts_with("--") {
            // A cluster of shorts: the first one that takes a value takes the rest of the
            // token, or the next one.
            let taking = tok[1..].char_indices().find(|(_, c)| {
                root.get_arguments()
                    .any(|a| a.get_short() == Some(*c) && takes_next(a))
            });
            if let Some((at, 'l')) = taking {
                let rest = &tok[1 + at + 1..];
                found = if rest.is_empty() {
                    next()
                } else {
                    Some(rest.to_string())
                };
            }
        }
        i += span;
    }
    found
}

/// Is `level` one logrus.ParseLevel accepts (case-insensitively)?
pub fn valid_log_level(level: &str) -> bool {
    let levels = [
        "panic", "fatal", "error", "warn", "warning", "info", "debug", "trace",
    ];
    levels.contains(&level.to_lowercase().as_str())
}

/// The `--config` value given among the global flags, if any (the last one wins).
pub fn config_flag(args: &[String]) -> Option<String> {
    let mut found = None;
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--config" {
            found = args.get(i + 1).cloned();
            i += 1;
        } else if let Some(v) = args[i].strip_prefix("--config=") {
            found = Some(v.to_string());
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn finds_the_command_word() {
        let root = crate::cli::command_for(&[]);
        assert_eq!(command_index(&root, &v(&["-H", "x", "hello"])), Ok(Some(2)));
        assert_eq!(command_index(&root, &v(&["-Dl", "warn", "a"])), Ok(Some(2)));
        assert_eq!(command_index(&root, &v(&["-lwarn", "a"])), Ok(Some(1)));
        assert_eq!(
            command_index(&root, &v(&["--tls", "--help", "a"])),
            Ok(Some(2))
        );
        assert_eq!(
            command_index(&root, &v(&["--debug=false", "a"])),
            Ok(Some(1))
        );
        assert_eq!(command_index(&root, &v(&["-D"])), Ok(None));
        assert_eq!(command_index(&root, &v(&["--bogus", "a"])), Err(()));
        assert_eq!(log_level(&root, &v(&["-Dl", "x", "a"])), Some("x".into()));
        assert_eq!(log_level(&root, &v(&["-lx", "-l", "y"])), Some("y".into()));
        assert_eq!(
            log_level(&root, &v(&["--log-level=z", "a", "-l", "y"])),
            Some("z".into())
        );
        assert_eq!(log_level(&root, &v(&["--bogus", "-l", "y"])), None);
        assert_eq!(log_level(&root, &v(&["-Hl", "-l", "y"])), Some("y".into()));
        assert_eq!(log_level(&root, &v(&["--tls=no", "-l", "y"])), None);
        assert_eq!(
            flags_only(&root, &v(&["x", "-H", "h", "y", "--help", "--", "-D"])),
            v(&["-H", "h", "--help"])
        );
    }
}
