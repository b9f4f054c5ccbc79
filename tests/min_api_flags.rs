//! Issue 19: flags that need a newer API than the daemon's are hidden from help and refused with
//! docker's message (exit 1), through the one table in src/cli/min_api.rs. Each case runs through
//! hvdock and the reference client on the same (API 1.41) daemon; stdout, stderr (program name
//! normalised) and exit code must be the same. Every refusal happens before any request that
//! would create something, so no object is made.

mod common;

use common::*;

/// Commands refused because a flag needs a newer API than the daemon's.
const REFUSED: &[&[&str]] = &[
    &["run", "--annotation", "a=b", "hvma-none"],
    &["run", "--health-start-interval", "1s", "hvma-none"],
    &[
        "create",
        "--health-start-interval",
        "1s",
        "--annotation",
        "a=b",
        "hvma-none",
    ],
    &["container", "create", "--annotation", "a=b", "hvma-none"],
    &["service", "create", "--oom-score-adj", "1", "hvma-none"],
    &[
        "service",
        "create",
        "--health-start-interval",
        "1s",
        "hvma-none",
    ],
    &["service", "update", "--oom-score-adj", "1", "hvma-none"],
    &[
        "service",
        "update",
        "--health-start-interval",
        "1s",
        "hvma-none",
    ],
    &["history", "--platform", "linux/amd64", "hvma-none"],
    &["image", "history", "--platform", "linux/amd64", "hvma-none"],
    &["load", "--platform", "linux/amd64", "-i", "/hvma-none.tar"],
    &["save", "--platform", "linux/amd64", "hvma-none"],
    &["image", "inspect", "--platform", "linux/amd64", "hvma-none"],
    &["push", "--platform", "linux/amd64", "hvma-none"],
    &["rmi", "--platform", "linux/amd64", "hvma-none"],
    &["image", "rm", "--platform", "linux/amd64", "hvma-none"],
    &["images", "--tree"],
    &["image", "ls", "--tree"],
    &["volume", "ls", "--cluster"],
    &["volume", "create", "--scope", "single", "hvma-none"],
    &["volume", "create", "--group", "g", "hvma-none"],
    &[
        "volume",
        "create",
        "--availability",
        "active",
        "--limit-bytes",
        "1",
        "--required-bytes",
        "1",
        "--secret",
        "a=b",
        "--sharing",
        "none",
        "--topology-preferred",
        "a",
        "--topology-required",
        "b",
        "--type",
        "mount",
        "hvma-none",
    ],
];

#[test]
fn newer_api_flags_are_refused_as_docker() {
    for args in REFUSED {
        let ours = same(args);
        assert_eq!(ours.code, 1, "{args:?}: {}", ours.stderr);
        assert!(
            ours.stderr.contains("requires API version"),
            "{args:?}: {}",
            ours.stderr
        );
    }
}

/// Help pages with versioned flags: hidden on this daemon, shown when no daemon answers.
const PAGES: &[&[&str]] = &[
    &["run"],
    &["create"],
    &["service", "create"],
    &["service", "update"],
    &["history"],
    &["load"],
    &["save"],
    &["image", "inspect"],
    &["push"],
    &["rmi"],
    &["images"],
    &["volume", "ls"],
    &["volume", "create"],
];

#[test]
fn help_hides_flags_the_daemon_is_too_old_for() {
    for page in PAGES {
        let mut args = page.to_vec();
        args.push("--help");
        same_page(&args);
    }
}

#[test]
fn help_without_a_daemon_shows_every_versioned_flag() {
    for page in PAGES.iter().filter(|p| p[0] != "run" && p[0] != "create") {
        let mut args = vec!["-H", "unix:///hvma-no-daemon.sock"];
        args.extend_from_slice(page);
        args.push("--help");
        same_page(&args);
    }
}

/// Hidden flags docker still accepts: absent from help (the help pages above), taken on the
/// command line. Each names an image or container that does not exist, so nothing is created.
#[test]
fn hidden_flags_are_accepted_as_docker() {
    for args in [
        &["create", "--dns-opt", "a", "hvma-none:1"][..],
        &["update", "--kernel-memory", "1m", "hvma-none"],
    ] {
        same(args);
    }
}
