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

/// A deliberate difference between hvdock's help page and docker's: on the page of `page`
/// (`""` is the root), docker's text `docker` reads `ours` in hvdock's (both after the program
/// name is normalised). Every entry must still apply: docker's page must contain `docker` and,
/// with all entries of the page applied, be hvdock's page exactly.
struct Deliberate {
    page: &'static str,
    docker: &'static str,
    ours: &'static str,
    #[allow(dead_code)]
    why: &'static str,
}

/// hvdock's own command groups: docker has no such page (it prints its root help).
const OWN_GROUPS: &[(&str, &str)] = &[
    (
        "compute",
        "hvdock's own: the compute processes behind containers",
    ),
    ("isolation", "hvdock's own: proving a container's isolation"),
];

const DELIBERATE: &[Deliberate] = &[
    Deliberate {
        page: "",
        docker: "A self-sufficient runtime for containers\n",
        ours: "A self-sufficient runtime for containers, with isolation you can see and prove\n",
        why: "hvdock's headline",
    },
    Deliberate {
        page: "",
        docker: "  update      Update configuration of one or more containers\n",
        ours: "  update      Update configuration of one or more containers (and convert their isolation)\n",
        why: "update --isolation converts a container (README)",
    },
    Deliberate {
        page: "",
        docker: "  swarm       Manage Swarm\n\n",
        ours: "  swarm       Manage Swarm\n\nIsolation Commands:\n  compute     List the compute processes (VM workers, sandboxes) behind containers\n  isolation   Prove containers' isolation (processes and kernel, inside vs outside)\n\n",
        why: "hvdock's own commands",
    },
    Deliberate {
        page: "",
        docker: "For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n",
        ours: "For more help on how to use docker, see 'man docker' and https://docs.docker.com/go/guides/\n",
        why: "hvdock installs its own man pages",
    },
    Deliberate {
        page: "container",
        docker: "  update      Update configuration of one or more containers\n",
        ours: "  update      Update configuration of one or more containers (and convert their isolation)\n",
        why: "update --isolation converts a container (README)",
    },
    Deliberate {
        page: "update",
        docker: "Update configuration of one or more containers\n",
        ours: "Update configuration of one or more containers (and convert their isolation)\n",
        why: "update --isolation converts a container (README)",
    },
    Deliberate {
        page: "update",
        docker: "\n  -m, --memory bytes",
        ours: "\n      --isolation string           Convert the container to this\n                                   isolation (\"process\" or \"hyperv\"); it\n                                   is re-created with everything it has\n                                   (name, config, volumes, networks,\n                                   writable layer) and a new ID\n  -m, --memory bytes",
        why: "update --isolation converts a container (README)",
    },
    Deliberate {
        page: "container update",
        docker: "Update configuration of one or more containers\n",
        ours: "Update configuration of one or more containers (and convert their isolation)\n",
        why: "update --isolation converts a container (README)",
    },
    Deliberate {
        page: "container update",
        docker: "\n  -m, --memory bytes",
        ours: "\n      --isolation string           Convert the container to this\n                                   isolation (\"process\" or \"hyperv\"); it\n                                   is re-created with everything it has\n                                   (name, config, volumes, networks,\n                                   writable layer) and a new ID\n  -m, --memory bytes",
        why: "update --isolation converts a container (README)",
    },
];

/// Every help page hvdock has (`""` is the root), from its own command lists.
fn pages() -> Vec<String> {
    let mut pages = vec![String::new()];
    let mut at = 0;
    while at < pages.len() {
        let page = pages[at].clone();
        at += 1;
        let mut args: Vec<&str> = page.split_whitespace().collect();
        args.push("--help");
        for sub in command_lines(&ok(&args)).into_keys() {
            pages.push(format!("{page} {sub}").trim().to_string());
        }
    }
    pages
}

/// hvdock's result with the program name normalised; docker's with its config directory spelled
/// as hvdock's tests run it.
fn page_pair(page: &str, flag: &str) -> Option<(Run, Run)> {
    let mut args: Vec<&str> = page.split_whitespace().collect();
    args.push(flag);
    let mut o = ours(&args);
    o.stdout = normalise(&o.stdout);
    o.stderr = normalise(&o.stderr);
    let d = reference(&args)?;
    Some((o, d))
}

/// Issue 19: every help page is docker's, whole (stdout, stderr, exit code), for `--help` and
/// for `-h` (docker's deprecation notice, or `-h` meaning `--hostname`), except the deliberate
/// differences listed above, each of which must still be one.
#[test]
fn every_help_page_is_dockers() {
    let pages = pages();
    assert!(pages.len() > 100, "{pages:?}");
    if reference(&["--help"]).is_none() {
        eprintln!("skipping the comparison: no reference docker client");
        return;
    }
    let docker_root = reference(&["--help"]).expect("reference").stdout;
    let mut failures = Vec::new();
    let mut matched = 0;
    for page in &pages {
        let own = OWN_GROUPS
            .iter()
            .any(|(g, _)| page == g || page.starts_with(&format!("{g} ")));
        for flag in ["--help", "-h"] {
            let Some((o, d)) = page_pair(page, flag) else {
                return;
            };
            if own {
                // docker does not know the command: it prints its root help.
                let notice = "Flag shorthand -h has been deprecated, use --help\n";
                let ours = o.stdout.trim_start_matches(notice);
                let theirs = d.stdout.trim_start_matches(notice);
                if theirs != docker_root || !ours.starts_with("Usage:  docker ") {
                    failures.push(format!("{page} {flag}: listed as hvdock's own"));
                }
                continue;
            }
            let mut expected = d.stdout.clone();
            for e in DELIBERATE.iter().filter(|e| e.page == page) {
                if !expected.contains(e.docker) {
                    failures.push(format!(
                        "{page:?} {flag}: stale deliberate difference: docker's page has no {:?}",
                        e.docker
                    ));
                }
                expected = expected.replacen(e.docker, e.ours, 1);
            }
            if (o.code, &o.stdout, &o.stderr) == (d.code, &expected, &d.stderr) {
                matched += 1;
            } else {
                failures.push(format!(
                    "{page:?} {flag}: exit {} vs docker's {}\n--- docker's stdout (deliberate differences applied)\n{expected}\n--- ours\n{}\n--- docker's stderr\n{}\n--- ours\n{}",
                    o.code, d.code, o.stdout, d.stderr, o.stderr
                ));
            }
        }
    }
    for e in DELIBERATE {
        assert!(
            pages.iter().any(|p| p == e.page),
            "deliberate difference for a page hvdock does not have: {:?}",
            e.page
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} pages differ:\n{}",
        failures.len(),
        matched + failures.len(),
        failures.join("\n\n")
    );
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
        let theirs = option_blocks(&d.stdout);
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

/// A flag that needs a newer API than the daemon's is refused with docker's message and exit
/// code before anything is sent (`volume prune --all` needs 1.42; the daemon here speaks 1.41),
/// and listed again when the version is pinned high enough.
#[test]
fn flags_newer_than_the_daemon_are_refused_as_docker_does() {
    // A filter nothing matches: should a newer daemon run it, it removes nothing.
    let args = [
        "volume",
        "prune",
        "--all",
        "--force",
        "--filter",
        "label=hvf-matches-nothing",
    ];
    let o = ours(&args);
    let Some(d) = reference(&args) else {
        return;
    };
    assert_eq!(
        (o.code, o.stdout.as_str(), o.stderr.as_str()),
        (d.code, d.stdout.as_str(), d.stderr.as_str())
    );
    let mut pinned = hvdock(&["volume", "prune", "--help"]);
    pinned.env("DOCKER_API_VERSION", "1.42");
    let mut theirs = docker(&["volume", "prune", "--help"]).expect("reference");
    theirs.env("DOCKER_API_VERSION", "1.42");
    let (p, t) = (output(pinned, None), output(theirs, None));
    assert!(p.stdout.contains("--all"), "{}", p.stdout);
    assert_eq!(normalise(&p.stdout), t.stdout);
}
