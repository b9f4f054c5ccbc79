//! Issue 8: `--help` laid out as docker's (usage, description, aliases, pflag's option table and
//! wrapping, command lists), `help CMD` agreeing with `CMD --help`, and docker's streams.

mod common;

use std::collections::BTreeMap;

use common::*;

/// `hvdock ARGS` (stdin is no terminal, so the table is wrapped for 80 columns as docker's).
fn ours(args: &[&str]) -> Run {
    run(args)
}

fn reference(args: &[&str]) -> Option<Run> {
    docker(args).map(|c| output(c, None))
}

/// The help of commands whose flags hvdock has with docker's wording is docker's, byte for byte.
#[test]
fn help_is_dockers_for_commands_with_the_same_flags() {
    for args in [
        &["ps", "--help"][..],
        &["container", "ls", "--help"],
        &["container", "list", "--help"],
        &["version", "--help"],
        &["exec", "--help"],
        &["container", "exec", "--help"],
        &["logs", "--help"],
        &["pause", "--help"],
        &["top", "--help"],
        &["images", "--help"],
        &["image", "ls", "--help"],
    ] {
        let o = ours(args);
        assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
        assert!(
            o.stderr.is_empty(),
            "{args:?}: help goes to stdout: {}",
            o.stderr
        );
        assert!(
            o.stdout.starts_with("Usage:  hvdock "),
            "{args:?}: {}",
            o.stdout
        );
        let Some(d) = reference(args) else {
            eprintln!("skipping the comparison: no reference docker client");
            continue;
        };
        assert_eq!(normalise(&o.stdout), d.stdout, "{args:?}");
    }
}

/// One option's lines of a help text, keyed by its long name.
fn option_blocks(help: &str) -> BTreeMap<String, String> {
    let mut blocks = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut in_options = false;
    for line in help.lines() {
        if line.ends_with("Options:") {
            in_options = true;
            continue;
        }
        if !in_options {
            continue;
        }
        if line.is_empty() {
            in_options = false;
            current = None;
            continue;
        }
        let head = line.trim_start();
        if head.starts_with('-') && line.starts_with("  ") && !line.starts_with("   ")
            || line.starts_with("      --")
        {
            let long = head
                .split_whitespace()
                .find_map(|w| w.strip_prefix("--"))
                .unwrap_or_default()
                .to_string();
            blocks.insert(long.clone(), format!("{line}\n"));
            current = Some(long);
        } else if let Some(c) = &current {
            if let Some(b) = blocks.get_mut(c) {
                b.push_str(line);
                b.push('\n');
            }
        }
    }
    blocks
}

/// The description of a block with its wrapping undone, to tell wording from layout.
fn unwrapped(block: &str) -> String {
    let mut lines = block.lines();
    let first = lines.next().unwrap_or_default();
    // The description starts after the widest run of spaces of the first line.
    let desc = first
        .trim_start()
        .split_once("  ")
        .map(|(_, d)| d)
        .unwrap_or_default()
        .trim();
    let mut words: Vec<&str> = desc.split_whitespace().collect();
    for l in lines {
        words.extend(l.split_whitespace());
    }
    words.join(" ")
}

/// `run --help`: the same header, column and wrapping as docker's for every flag worded alike.
#[test]
fn run_help_lays_out_flags_as_docker() {
    let o = ours(&["run", "--help"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = normalise(&o.stdout);
    assert!(
        text.starts_with(
            "Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n\
         Create and run a new container from an image\n\n\
         Aliases:\n  docker container run, docker run\n\nOptions:\n"
        ),
        "{text}"
    );
    // -h is --hostname for run, so docker lists --help.
    assert!(
        text.contains("\n      --help  ") && text.contains("\n  -h, --hostname string "),
        "{text}"
    );
    assert!(
        text.contains("      --pull string                    Pull image before running\n"),
        "{text}"
    );
    let Some(d) = reference(&["run", "--help"]) else {
        eprintln!("skipping the comparison: no reference docker client");
        return;
    };
    let (head_ours, _) = text.split_once("Options:").unwrap_or_default();
    let (head_docker, _) = d.stdout.split_once("Options:").unwrap_or_default();
    assert_eq!(head_ours, head_docker);
    let ours_blocks = option_blocks(&text);
    let docker_blocks = option_blocks(&d.stdout);
    let mut compared = 0;
    for (long, block) in &ours_blocks {
        let Some(theirs) = docker_blocks.get(long) else {
            continue;
        };
        if unwrapped(block) == unwrapped(theirs) {
            assert_eq!(block, theirs, "--{long}");
            compared += 1;
        }
    }
    assert!(
        compared >= 60,
        "only {compared} flags compared: {ours_blocks:?}"
    );
}

/// The commands of a `Commands:` section: name -> line.
fn command_lines(help: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut inside = false;
    for line in help.lines() {
        if line.ends_with("Commands:") {
            inside = true;
        } else if line.is_empty() {
            inside = false;
        } else if inside {
            if let Some(name) = line.split_whitespace().next() {
                out.insert(name.to_string(), line.to_string());
            }
        }
    }
    out
}

/// Group help: docker's usage line, description, command list layout and footer; `hvdock
/// container` alone prints it where docker does (stderr) with docker's exit code.
#[test]
fn group_help_is_dockers() {
    for group in ["container", "image"] {
        let o = ours(&[group, "--help"]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        let text = normalise(&o.stdout);
        assert!(
            text.starts_with(&format!(
                "Usage:  docker {group} COMMAND\n\nManage {group}s\n\nCommands:\n"
            )),
            "{text}"
        );
        assert!(
            text.ends_with(&format!(
                "\n\nRun 'docker {group} COMMAND --help' for more information on a command.\n"
            )),
            "{text}"
        );
        let ours_cmds = command_lines(&text);
        assert!(
            ours_cmds.contains_key("ls") && ours_cmds.contains_key("inspect"),
            "{text}"
        );
        let bare = ours(&[group]);
        if let Some(d) = reference(&[group, "--help"]) {
            let theirs = command_lines(&d.stdout);
            let mut shared = 0;
            for (name, line) in &ours_cmds {
                if let Some(t) = theirs.get(name) {
                    // docker's line, where hvdock may add its own words at the end ("update ...
                    // (and convert their isolation)").
                    assert!(line.starts_with(t.as_str()), "{group} {name}:\n{line}\n{t}");
                    shared += 1;
                }
            }
            assert!(shared >= 2, "{group}: {ours_cmds:?}");
            let d_bare = reference(&[group]).expect("reference");
            assert_eq!(bare.code, d_bare.code, "{group}");
            assert_eq!(bare.stdout.is_empty(), d_bare.stdout.is_empty(), "{group}");
            assert_eq!(bare.stderr.is_empty(), d_bare.stderr.is_empty(), "{group}");
        }
        assert_eq!(bare.code, 0);
        assert!(bare.stdout.is_empty(), "{}", bare.stdout);
        assert_eq!(
            bare.stderr, o.stdout,
            "`hvdock {group}` prints its help on stderr"
        );
    }
}

/// Root help: docker's sections plus hvdock's own, docker's global options.
#[test]
fn root_help_has_dockers_sections() {
    let o = ours(&["--help"]);
    assert_eq!(o.code, 0);
    let text = o.stdout;
    assert!(
        text.starts_with("Usage:  hvdock [OPTIONS] COMMAND\n\n"),
        "{text}"
    );
    let mut at = 0;
    for section in [
        "\n\nCommon Commands:\n  run         Create and run a new container from an image\n",
        "\n\nManagement Commands:\n",
        "\n\nIsolation Commands:\n  compute     ",
        "\n  isolation   ",
        "\n\nCommands:\n",
        "\n\nGlobal Options:\n      --config string      ",
        "\n\nRun 'hvdock COMMAND --help' for more information on a command.\n",
    ] {
        let found = text[at..]
            .find(section)
            .unwrap_or_else(|| panic!("{section:?} after {at} in {text}"));
        at += found + section.len();
    }
    assert!(
        !text.contains("__generate") && !text.contains("__complete"),
        "{text}"
    );
    assert!(
        !text.contains("\n  help "),
        "help is a hidden command in docker: {text}"
    );
    // No command given: the same text on stderr, exit 0, as docker.
    let bare = ours(&[]);
    assert_eq!((bare.code, bare.stdout.as_str()), (0, ""));
    assert_eq!(bare.stderr, text);
    if let Some(d) = reference(&["--help"]) {
        let home = std::env::var("HOME").unwrap_or_default();
        let theirs = option_blocks(&d.stdout.replace(&format!("{home}/.docker"), "~/.docker"));
        let mine = option_blocks(&normalise(&text));
        assert_eq!(
            mine.keys().collect::<Vec<_>>(),
            theirs.keys().collect::<Vec<_>>(),
            "global options"
        );
        for (k, v) in &mine {
            assert_eq!(unwrapped(v), unwrapped(&theirs[k]), "--{k}");
        }
    }
}

/// `hvdock help CMD ...` prints what `hvdock CMD ... --help` prints, for every listed command.
#[test]
fn help_command_agrees_with_help_flag() {
    let root = ok(&["--help"]);
    let mut paths: Vec<Vec<String>> = command_lines(&root).into_keys().map(|n| vec![n]).collect();
    let groups: Vec<String> = paths.iter().map(|p| p[0].clone()).collect();
    for g in groups {
        let help = ok(&[g.as_str(), "--help"]);
        for sub in command_lines(&help).into_keys() {
            paths.push(vec![g.clone(), sub]);
        }
    }
    assert!(paths.len() > 30, "{paths:?}");
    for p in &paths {
        let mut flag: Vec<&str> = p.iter().map(String::as_str).collect();
        let mut help = vec!["help"];
        help.extend(flag.iter().copied());
        flag.push("--help");
        let a = ours(&help);
        let b = ours(&flag);
        assert_eq!((a.code, &a.stdout), (0, &b.stdout), "{p:?}");
        assert!(
            b.stdout.starts_with("Usage:  hvdock "),
            "{p:?}: {}",
            b.stdout
        );
    }
}
