//! CLI plugin hooks as docker 28.2 runs them: after a command on a terminal, the plugins
//! config.json names for it answer `docker-cli-plugin-hooks` with a template docker prints
//! under "What's next:" on stderr. Compared with the reference docker through a real pty on a
//! config directory of the test's own.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::pty::Pty;
use common::{normalise, output};

/// A config directory of its own with a hook plugin; removed when dropped.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str, config: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("hvhk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("cli-plugins")).expect("mkdir");
        std::fs::write(dir.join("config.json"), config).expect("config.json");
        common::write_exec(&dir.join("cli-plugins/docker-hvhk"), PLUGIN, "755");
        Dir(dir)
    }

    fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Answers the metadata call, records every hook call's argv in $HVHK_LOG and answers
/// $HVHK_ANSWER; run as a command it prints its arguments.
const PLUGIN: &str = r#"#!/bin/sh
if [ "$1" = docker-cli-plugin-metadata ]; then
echo '{"SchemaVersion":"0.1.0","Vendor":"Acme Inc.","Version":"v1","ShortDescription":"Hooks"}'
exit 0
fi
if [ "$2" = docker-cli-plugin-hooks ]; then
for a in "$@"; do echo "arg=$a"; done >> "$HVHK_LOG"
printf '%s' "$HVHK_ANSWER"
exit 0
fi
echo "plugin ran $*"
"#;

const ANSWER: &str = r#"{"Type":0,"Template":"ran {{.Name}} f={{flag . \"format\"}} a0={{arg . 0}} a5={{arg . 5}}\n\nsee <docs> & more"}"#;

struct Seen {
    code: Option<i32>,
    terminal: String,
    stderr: String,
    log: String,
}

/// Runs `program args` with DOCKER_CONFIG set to `dir`, stdout on a pty (or a pipe) and stderr
/// in a file; returns what the terminal, stderr and the hook log received.
fn run(dir: &Dir, program: &str, args: &[&str], env: &[(&str, &str)], tty: bool) -> Seen {
    let log = dir.file("hook.log");
    let err = dir.file("stderr");
    let _ = std::fs::remove_file(&log);
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("exec \"$0\" \"$@\" 2>\"$HVHK_ERR\"")
        .arg(program)
        .args(args)
        .env("DOCKER_CONFIG", &dir.0)
        .env("HVHK_LOG", &log)
        .env("HVHK_ERR", &err)
        .env("HVHK_ANSWER", ANSWER)
        .env_remove("DOCKER_CLI_HOOKS")
        .env_remove("DOCKER_CLI_HINTS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let (code, terminal) = if tty {
        let mut pty = Pty::spawn(cmd, 24, 200);
        pty.finish(Duration::from_secs(60))
    } else {
        let r = output(cmd, None);
        (Some(r.code), r.stdout)
    };
    Seen {
        code,
        terminal,
        stderr: std::fs::read_to_string(&err).unwrap_or_default(),
        log: std::fs::read_to_string(&log).unwrap_or_default(),
    }
}

/// hvdock and docker on the same config directory: the same exit code, terminal text, stderr
/// and hook calls (program name normalised). Returns hvdock's.
fn same(dir: &Dir, args: &[&str], env: &[(&str, &str)], tty: bool) -> Option<Seen> {
    if !Path::new(&common::reference_docker()).exists() {
        return None;
    }
    let ours = run(dir, common::bin(), args, env, tty);
    let theirs = run(dir, &common::reference_docker(), args, env, tty);
    let fix = |s: &str| normalise(s).replace(&normalise(common::bin()), "docker");
    assert_eq!(ours.code, theirs.code, "exit code of {args:?}");
    assert_eq!(fix(&ours.stderr), fix(&theirs.stderr), "stderr of {args:?}");
    assert_eq!(fix(&ours.log), fix(&theirs.log), "hook calls of {args:?}");
    assert_eq!(
        fix(&ours.terminal),
        fix(&theirs.terminal),
        "terminal of {args:?}"
    );
    Some(ours)
}

const ENABLED: &str = r#"{"features":{"hooks":"true"},"plugins":{"hvhk":{"hooks":"context inspect,context rm,hvhk"}}}"#;

#[test]
fn hooks_after_a_builtin_command_on_a_terminal() {
    let dir = Dir::new("builtin", ENABLED);
    let Some(ok) = same(
        &dir,
        &["context", "inspect", "--format", "{{.Name}}", "default"],
        &[],
        true,
    ) else {
        return;
    };
    assert!(ok.stderr.contains("What's next:"), "{}", ok.stderr);
    assert!(ok.log.contains("arg=docker-cli-plugin-hooks"), "{}", ok.log);
    // A failing command: the hook gets the error and prints before it.
    let failed = same(&dir, &["context", "inspect", "hvhk-nosuch"], &[], true).expect("docker");
    assert!(failed.log.contains("hvhk-nosuch"), "{}", failed.log);
    // Booleans carry their value, other flags none; `=false` is a value too.
    let bools = same(
        &dir,
        &["context", "rm", "--force=false", "hvhk-nosuch"],
        &[],
        true,
    )
    .expect("docker");
    assert!(bools.log.contains(r#""force":"false""#), "{}", bools.log);
    // A usage error: the hook gets the usage text and prints before it; help: after it.
    let usage = same(&dir, &["context", "inspect", "-f"], &[], true).expect("docker");
    assert!(
        usage.log.contains("flag needs an argument"),
        "{}",
        usage.log
    );
    let help = same(&dir, &["context", "inspect", "--help"], &[], true).expect("docker");
    assert!(help.log.contains(r#""help":"true""#), "{}", help.log);
    // A prefix that does not match: nothing runs.
    let other = same(&dir, &["context", "ls", "-q"], &[], true).expect("docker");
    assert_eq!(other.log, "");
}

#[test]
fn hooks_after_a_plugin_command() {
    let dir = Dir::new("plugin", ENABLED);
    let Some(ran) = same(&dir, &["hvhk", "greet", "--loud", "-x", "v"], &[], true) else {
        return;
    };
    assert!(ran.log.contains("arg=hvhk"), "{}", ran.log);
    // The template sees docker's root command after a plugin.
    let answer = r#"{"type":0,"template":"root {{.Name}} [{{arg . 0}}]"}"#;
    let named = same(&dir, &["hvhk", "greet"], &[("HVHK_ANSWER", answer)], true).expect("docker");
    assert!(named.stderr.contains("What's next:"), "{}", named.stderr);
}

#[test]
fn no_hooks_on_a_pipe_or_when_disabled() {
    let dir = Dir::new("off", ENABLED);
    let args = ["context", "inspect", "default"];
    let Some(piped) = same(&dir, &args, &[], false) else {
        return;
    };
    assert_eq!(piped.log, "");
    let off = same(&dir, &args, &[("DOCKER_CLI_HOOKS", "0")], true).expect("docker");
    assert_eq!(off.log, "");
    let bad = same(&dir, &args, &[("DOCKER_CLI_HOOKS", "maybe")], true).expect("docker");
    assert_eq!(bad.log, "");
    let hints = same(&dir, &args, &[("DOCKER_CLI_HINTS", "1")], true).expect("docker");
    assert!(hints.stderr.contains("What's next:"), "{}", hints.stderr);
}

/// A hook answer whose template is `template`.
fn answer(template: &str) -> String {
    serde_json::json!({"Type": 0, "Template": template}).to_string()
}

#[test]
fn hook_templates_after_a_plugin_see_the_global_options() {
    let dir = Dir::new("globals", ENABLED);
    let all = answer(
        "c={{flag . \"context\"}} d={{flag . \"debug\"}} h={{flag . \"host\"}} \
         l={{flag . \"log-level\"}} cfg={{flag . \"config\"}} help={{flag . \"help\"}} \
         v={{flag . \"version\"}} tls={{flag . \"tls\"}} ca={{flag . \"tlscacert\"}} \
         cert={{flag . \"tlscert\"}} key={{flag . \"tlskey\"}} tv={{flag . \"tlsverify\"}}",
    );
    let env = [("HVHK_ANSWER", all.as_str())];
    let args = ["-D", "--context", "default", "-l", "debug", "hvhk", "greet"];
    let Some(given) = same(&dir, &args, &env, true) else {
        return;
    };
    assert!(
        given.stderr.contains("c=default d=true h= l=debug"),
        "{}",
        given.stderr
    );
    // With TLS on, a default certificate that does not exist is empty.
    let args = [
        "-H",
        "unix:///var/run/docker.sock",
        "--tlsverify=false",
        "hvhk",
    ];
    let tls = same(&dir, &args, &env, true).expect("docker");
    assert!(
        tls.stderr.contains("h=[unix:///var/run/docker.sock]") && tls.stderr.contains("cert= "),
        "{}",
        tls.stderr
    );
    // The template runs over the root command.
    let root = answer("{{.CommandPath}} {{.HasParent}} [{{arg . 0}}] {{len .Name}}");
    let env = [("HVHK_ANSWER", root.as_str())];
    let shown = same(&dir, &["hvhk", "greet"], &env, true).expect("docker");
    let shown = normalise(&shown.stderr);
    assert!(shown.contains("docker false [] 6"), "{shown}");
}

#[test]
fn hook_templates_have_go_builtins_and_the_command() {
    let dir = Dir::new("funcs", ENABLED);
    let rich = answer(
        "{{.Name}} | {{.CommandPath}} | {{.HasParent}} | {{.Short}} | {{printf \"%q\" (arg . 0)}} | \
         {{if eq (flag . \"format\") \"{{.Name}}\"}}formatted{{else}}plain{{end}} | \
         {{len (arg . 0)}} {{index .Name 0}} {{and 1 0}} {{or 0 \"x\"}} {{not true}} {{html \"<a>\"}} \
         {{js \"'\"}} {{urlquery \"a b\"}} {{println \"l\"}}{{print 1 2}} {{lt 1 2}} {{slice \"abc\" 1}} \
         {{with arg . 3}}x{{else}}none{{end}} help={{flag . \"help\"}}",
    );
    let env = [("HVHK_ANSWER", rich.as_str())];
    let args = ["context", "inspect", "--format", "{{.Name}}", "default"];
    let Some(ran) = same(&dir, &args, &env, true) else {
        return;
    };
    let shown = normalise(&ran.stderr);
    assert!(
        shown.contains("inspect | docker context inspect | true | Display detailed information on one or more contexts | \"default\" | formatted"),
        "{shown}"
    );
    // Not docker's formatting functions, no global option on a built-in, no unknown field:
    // the plugin is skipped.
    for template in [
        "{{upper .Name}}",
        "{{json .Name}}",
        "{{flag . \"context\"}}",
        "{{.Nope}}",
        "{{flag . \"nope\"}}",
        "{{arg . \"x\"}}",
        "{{if}}",
        "{{range .Name}}{{end}}",
    ] {
        let a = answer(template);
        let skipped = same(&dir, &args, &[("HVHK_ANSWER", a.as_str())], true).expect("docker");
        assert!(
            !skipped.stderr.contains("What's next"),
            "{template}: {}",
            skipped.stderr
        );
    }
    // `--help=false` is a flag set to false, as pflag records it.
    let args = ["context", "inspect", "--help=false", "default"];
    let set = same(&dir, &args, &[], true).expect("docker");
    assert!(set.log.contains(r#""help":"false""#), "{}", set.log);
}
