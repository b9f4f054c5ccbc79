//! docker's global flags (before the command), each a differential against the reference
//! client: the log level checked before help, version or any other error; a global flag's bad
//! value reported with the root's usage; endpoint settings checked when the client starts.

mod common;

use common::same;

/// docker checks `--log-level` when its client initialises: after the global flags are parsed
/// (up to the first one that fails), before help, version, plugins or the command's own flags.
#[test]
fn log_level_is_checked_first() {
    let lines: &[&[&str]] = &[
        &["--log-level", "bogus", "--version"],
        &["--log-level", "bogus", "--help"],
        &["--log-level", "bogus"],
        &["--log-level", "bogus", "ps", "--help"],
        &["--log-level", "bogus", "ps", "--bogus"],
        &["--log-level", "bogus", "hvgl-no-such-command"],
        &["--log-level", "bogus", "--bogus"],
        &["--log-level=bogus", "--tlsverify=bogus"],
        &["-Dlbogus", "ps"],
        // the flag that fails comes first: its error, not the level's
        &["--bogus", "--log-level", "bogus"],
        &["--tlsverify=bogus", "--log-level", "bogus"],
        // case does not matter to logrus
        &["-l", "WARN", "version", "--format", "{{.Client.Version}}"],
    ];
    for line in lines {
        same(line);
    }
}

/// A global flag's value that does not parse: the root's usage, the flag named with its
/// shorthand, whatever command follows.
#[test]
fn global_flag_values_use_the_root_usage() {
    let lines: &[&[&str]] = &[
        &["--tlsverify=bogus", "ps"],
        &["-D=x", "ps"],
        &["--debug=x", "volume", "ls"],
        &["--tls=x"],
        // a command's own flag keeps the command's usage
        &["ps", "--last", "x"],
    ];
    for line in lines {
        same(line);
    }
}
