//! Issue 19: the version clients see. Tools parse `docker -v` and `{{.Client.Version}}` to decide
//! what the CLI supports (packer's docker post-processor sends `tag -f` to a "pre-1.12" docker),
//! so hvdock reports the docker version whose behaviour it matches, in docker's exact format.
//! hvdock's own version is the client's platform name (`Client: hvdock 0.1.0`,
//! `.Client.Platform.Name`), the slot docker's official builds fill with "Docker Engine -
//! Community".
//!
//! The comparisons with the reference client blur only what truly differs between two builds:
//! the git commit, the build time and the toolchain (docker's Go version, hvdock's Rust version,
//! whose text line is labelled `Rust version:`), each client's own value read from its own
//! `{{.Client.X}}`; and hvdock's platform name, which the reference build (no platform) lacks.
//! Everything else — the version, the API versions, the key set and order, the layout — is
//! compared exactly.

mod common;

use common::*;

/// One client's values that differ from build to build, and what they become.
fn blur_values(args: &dyn Fn(&[&str]) -> Option<Run>) -> Vec<(String, &'static str)> {
    let field = |f: &str| {
        let r =
            args(&["version", "--format", &format!("{{{{.Client.{f}}}}}")]).expect("client field");
        assert_eq!(r.code, 0, "{f}: {}", r.stderr);
        r.stdout.trim_end().to_string()
    };
    let values = vec![
        (field("GitCommit"), "<commit>"),
        (field("BuildTime"), "<built>"),
        (field("GoVersion"), "<toolchain>"),
    ];
    for (v, what) in &values {
        assert!(!v.is_empty(), "{what} is empty");
    }
    values
}

fn blur(text: &str, values: &[(String, &'static str)]) -> String {
    let mut out = text.to_string();
    for (v, to) in values {
        out = out.replace(v.as_str(), to);
    }
    // The client's toolchain line (one space in: the server's Engine lines have two).
    out = out.replace("\n Rust version:      ", "\n Go version:        ");
    // hvdock's platform name, which the reference build has none of.
    let platform = format!("hvdock {}", env!("CARGO_PKG_VERSION"));
    out = out.replace(&format!("Client: {platform}\n"), "Client:\n");
    out = out.replace(&format!("\"Platform\":{{\"Name\":\"{platform}\"}},"), "");
    out
}

#[test]
fn the_client_version_is_dockers_in_dockers_format() {
    let ours = |a: &[&str]| Some(run(a));
    let theirs = |a: &[&str]| docker(a).map(|c| output(c, None));
    let our_values = blur_values(&ours);
    // hvdock's own version is where the platform goes, and nowhere a parser reads the version.
    let platform = ok(&["version", "--format", "{{.Client.Platform.Name}}"]);
    assert_eq!(platform, format!("hvdock {}\n", env!("CARGO_PKG_VERSION")));
    assert!(ok(&["version"]).starts_with(&format!("Client: {}", platform)));
    if docker(&[]).is_none() {
        return;
    }
    let their_values = blur_values(&theirs);
    let cases: &[&[&str]] = &[
        &["-v"],
        &["--version"],
        &["version"],
        &["version", "--format", "{{.Client.Version}}"],
        &["version", "--format", "{{json .Client}}"],
        &["version", "--format", "{{.Client.Version}} {{.Client.APIVersion}} {{.Client.DefaultAPIVersion}} {{.Client.Os}}/{{.Client.Arch}}"],
        &["info", "--format", "{{.ClientInfo.Version}}"],
        &["info", "--format", "{{json .ClientInfo}}"],
    ];
    for args in cases {
        let mut mine = run(args);
        let mut reference = theirs(args).unwrap();
        mine.stdout = blur(&mine.stdout, &our_values);
        reference.stdout = blur(&reference.stdout, &their_values);
        assert_same(&format!("{args:?}"), &mine, &reference);
    }
    // The exact line packer and friends parse.
    assert_eq!(
        ok(&["-v"]),
        format!("Docker version 28.2.2, build {}\n", our_values[0].0)
    );
}

/// `info`'s Client section names the same version (and the platform) as `version`.
#[test]
fn info_client_section_has_dockers_version() {
    let text = ok(&["info"]);
    let client = text.split("\nServer:").next().unwrap_or_default();
    assert!(
        client.starts_with(&format!(
            "Client: hvdock {}\n Version:    28.2.2\n",
            env!("CARGO_PKG_VERSION")
        )),
        "{client}"
    );
    if let Some(c) = docker(&["info"]) {
        let theirs = output(c, None).stdout;
        let strip_first = |s: &str| {
            s.split("\nServer:")
                .next()
                .unwrap_or_default()
                .split_once('\n')
                .map(|p| p.1.to_string())
                .unwrap_or_default()
        };
        assert_eq!(strip_first(&text), strip_first(&theirs));
    }
}
