//! Stamps the binary with its git commit, build time and compiler, for `hvdock version`.
use std::process::Command;

fn run(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let commit =
        run("git", &["rev-parse", "--short=7", "HEAD"]).unwrap_or_else(|| "unknown".into());
    // The commit's own date keeps builds of one commit identical.
    let built = run(
        "git",
        &[
            "log",
            "-1",
            "--format=%cd",
            "--date=format:%a %b %e %H:%M:%S %Y",
        ],
    )
    .unwrap_or_else(|| "unknown".into());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc = run(&rustc, &["--version"])
        .and_then(|v| v.split_whitespace().nth(1).map(|s| format!("rustc {s}")))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=HVDOCK_GIT_COMMIT={commit}");
    println!("cargo:rustc-env=HVDOCK_BUILD_TIME={built}");
    println!("cargo:rustc-env=HVDOCK_RUSTC_VERSION={rustc}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
}
