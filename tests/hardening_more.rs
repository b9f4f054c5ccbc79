//! The rest of issue 15: arguments starting with `-` where docker takes them as positionals
//! (`tag IMG -:x`, `commit C -:x`) and pflag's exact "unknown shorthand flag" text, `info`
//! against a broken daemon, Go's JSON wording, a bare Dockerfile on stdin streamed, and a
//! `context create` with an invalid CA. Differential with the reference client wherever docker
//! has the answer.

mod common;

use common::*;

/// `tag`, `commit` (like `run`, `exec`, `create`, `top`) stop parsing flags at their first
/// positional: what follows is a reference (refused on the client with docker's message) or
/// one argument too many. Elsewhere a short-flag cluster with an unknown letter is named from
/// that letter on, as pflag does (`'x' in -xy`). None of these reaches the daemon's objects.
#[test]
fn dash_arguments_are_positionals_or_flags_as_in_docker() {
    for args in [
        &["tag", IMAGE, "-:x"][..],
        &["image", "tag", IMAGE, "-x"],
        &["tag", IMAGE, "-"],
        &["tag", IMAGE, "hvh-x", "-q"],
        &["tag", IMAGE, "hvh-x", "--help"],
        &["tag", "-:x", "hvh-x"],
        &["commit", "hvh-nonexistent", "-:x"],
        &["container", "commit", "hvh-nonexistent", "hvh-x", "-q"],
        &["commit", "hvh-nonexistent", "--help"],
        &["commit", "hvh-nonexistent", "hvh-ok/Up"],
        &["rm", "-fxy", "hvh-nonexistent"],
        &["rm", "-xyz"],
        &["ps", "-a:b"],
        &["-D", "rm", "-Dxy"],
        &["rm", "-f=true", "-x"],
        &["logs", "-n", "5", "-:x", "hvh-nonexistent"],
        &["run", "-:x", IMAGE],
    ] {
        let r = same(args);
        assert_ne!(r.code, 0, "{args:?}");
    }
    let r = run(&["tag", IMAGE, "-:x"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "Error parsing reference: \"-:x\" is not a valid repository/tag: invalid reference format\n"
        )
    );
    let r = run(&["ps", "-a:b"]);
    assert!(
        r.stderr.starts_with("unknown shorthand flag: ':' in -:b\n"),
        "{}",
        r.stderr
    );
}
