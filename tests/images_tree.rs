//! `images --tree` (API 1.47, experimental in docker 28) against the reference client, both
//! through a proxy that claims API 1.47 for this daemon: the tree of labelled images made here
//! (several tags of one image, longest name first on lines of their own; an untagged one, which
//! this daemon names `<none>:<none>`, shown only with `-a`), byte for byte on a pipe (column titles keep their bold) and on terminals of
//! three widths (colours, the legend right-aligned, columns dropped when narrow); the flags
//! docker does not combine with `--tree` are refused with its message (exit 1, no request).
//! This daemon answers no platform manifests, so no image here has children.

mod common;

use common::proxy::Proxy;
use common::pty::Pty;
use common::*;
use std::time::Duration;

/// Images labelled `label`: one committed image under several tags (names of different
/// lengths), and an untagged one. Removed on drop.
struct Images {
    label: String,
    ids: Vec<String>,
    tags: Vec<String>,
}

impl Images {
    fn make() -> Images {
        let label = uniq("tree");
        let scope = Scope::new("tree");
        let name = scope.run_sleeper(&scope.name("src"));
        let commit = |tag: Option<&str>| {
            let mut args = vec!["commit", "--change", &*format!("LABEL {label}=1")]
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>();
            args.push(name.clone());
            args.extend(tag.map(str::to_string));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            ok(&args).trim().to_string()
        };
        let tagged = commit(Some(&format!("{label}-a:1")));
        let tags = vec![
            format!("{label}-a:1"),
            format!("{label}-bb:latest"),
            format!("127.0.0.1:5000/{label}/a-much-longer-repository-name:v2"),
        ];
        for t in &tags[1..] {
            ok(&["tag", &tagged, t]);
        }
        // A second layer on top, so that the untagged commit gets an ID of its own; a second
        // later, so that the order is the creation's (the daemon lists in no fixed order, and
        // `Created` counts seconds).
        ok(&["exec", &name, "touch", "/untagged"]);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let untagged = commit(None);
        Images {
            label,
            ids: vec![tagged, untagged],
            tags,
        }
    }

    fn filter(&self) -> String {
        format!("label={}", self.label)
    }
}

impl Drop for Images {
    fn drop(&mut self) {
        for t in &self.tags {
            api("DELETE", &format!("/images/{}", urlencode(t)), None);
        }
        for id in &self.ids {
            api("DELETE", &format!("/images/{id}?force=1"), None);
        }
    }
}

fn daemon_api() -> String {
    let (_, body) = api("GET", "/version", None);
    let v: serde_json::Value = serde_json::from_str(&body).expect("version");
    v["ApiVersion"].as_str().unwrap().to_string()
}

/// `args` by hvdock and by docker through `proxy`.
fn both(proxy: &Proxy, args: &[&str]) -> (Run, Run) {
    let host = proxy.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    (output(hvdock(&all), None), output(reference(&all), None))
}

#[test]
fn the_tree_on_a_pipe_is_dockers() {
    let images = Images::make();
    let proxy = Proxy::claiming_api(SOCKET, &daemon_api(), "1.47");
    let filter = images.filter();
    for args in [
        vec!["images", "--tree", "--filter", &filter],
        vec!["image", "ls", "--tree", "-a", "--filter", &filter],
        vec!["image", "list", "--tree", "--format", "", "-f", &filter],
    ] {
        let (mine, theirs) = both(&proxy, &args);
        assert_same(&format!("{args:?}"), &mine, &theirs);
        assert_eq!(mine.code, 0, "{args:?}: {}", mine.stderr);
        assert!(mine.stdout.contains(&images.tags[2]), "{}", mine.stdout);
    }
    // This daemon names an untagged image `<none>:<none>` (docker's isDangling drops it
    // without -a).
    let (all, _) = both(&proxy, &["images", "--tree", "-a", "--filter", &filter]);
    assert!(all.stdout.contains("<none>:<none>"), "{}", all.stdout);
    let (tagged, _) = both(&proxy, &["images", "--tree", "--filter", &filter]);
    assert!(!tagged.stdout.contains("<none>"), "{}", tagged.stdout);
}

#[test]
fn flags_docker_does_not_combine_with_tree_are_refused() {
    let proxy = Proxy::claiming_api(SOCKET, &daemon_api(), "1.47");
    for flag in ["-q", "--no-trunc", "--digests", "--format={{.ID}}"] {
        let args = ["images", "--tree", flag];
        let (mine, theirs) = both(&proxy, &args);
        assert_same(&format!("{args:?}"), &mine, &theirs);
        assert_eq!(mine.code, 1, "{args:?}");
    }
    let asked = proxy
        .requests()
        .iter()
        .filter(|q| q.line.contains("/images/json"))
        .count();
    assert_eq!(asked, 0, "a refused --tree asked for the images");
}

#[test]
fn the_tree_on_a_terminal_is_dockers() {
    let images = Images::make();
    let proxy = Proxy::claiming_api(SOCKET, &daemon_api(), "1.47");
    let host = proxy.host();
    let filter = images.filter();
    let args = ["-H", &host, "images", "--tree", "-a", "--filter", &filter];
    for cols in [132u16, 70, 40] {
        let mut screens = Vec::new();
        for ours in [true, false] {
            let cmd = if ours {
                hvdock(&args)
            } else {
                reference(&args)
            };
            let mut pty = Pty::spawn(cmd, 40, cols);
            let (code, text) = pty.finish(Duration::from_secs(30));
            assert_eq!(code, Some(0), "{cols} columns: {text}");
            screens.push(text);
        }
        assert_eq!(
            screens[0], screens[1],
            "{cols} columns: hvdock's tree, then docker's"
        );
        assert!(screens[0].contains("\x1b["), "no colours on a terminal");
    }
}
