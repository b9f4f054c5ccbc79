//! config.json as docker writes it: each client, in a `DOCKER_CONFIG` of its own that starts
//! from the same file (known keys out of docker's order, maps unsorted, a `User-Agent` header,
//! empty maps, an old `username`/`password` entry, a proxy with a field docker does not know,
//! HTML characters), runs the same commands that save it (`context use`, which docker saves
//! only when the context changes, `logout`, `login` to the local registry that asks for a
//! password); the files are then identical byte for byte after each.
//! A key docker does not know is the one deliberate difference: hvdock keeps it, after the
//! known ones.

mod common;

use common::*;

const AUTH: &str = "127.0.0.1:5001";

const INITIAL: &str = r#"{
  "psFormat": "table {{.ID}}",
  "auths": {
    "b.example": {"auth": "dTpw", "email": "b@example"},
    "a.example": {"username": "x", "password": "y", "serveraddress": "a"},
    "c.example": {"auth": "dTI6cDI=", "identitytoken": "t"}
  },
  "HttpHeaders": {"User-Agent": "z", "X-B": "1", "X-A": "<&>"},
  "features": {},
  "credHelpers": {},
  "proxies": {"default": {"noProxy": "n", "httpProxy": "h", "bogus": "1"}},
  "detachKeys": ""
}"#;

fn in_config(dir: &std::path::Path, ours: bool, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut c = if ours {
        hvdock(args)
    } else {
        docker(args).expect("reference docker")
    };
    c.env("DOCKER_CONFIG", dir);
    output(c, stdin)
}

fn config(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("config.json")).expect("config.json")
}

#[test]
fn config_json_is_written_as_docker_writes_it() {
    if docker(&["version"]).is_none() {
        return;
    }
    let (user, password) = registry_credentials();
    let steps: Vec<(Vec<&str>, Option<&[u8]>)> = vec![
        (
            vec![
                "context",
                "create",
                "hvt-cfg",
                "--docker",
                "host=unix:///var/run/docker.sock",
            ],
            None,
        ),
        (vec!["context", "use", "hvt-cfg"], None),
        (vec!["context", "use", "default"], None),
        (vec!["context", "use", "default"], None),
        (vec!["logout", "a.example"], None),
        (
            vec!["login", "-u", &user, "--password-stdin", AUTH],
            Some(password.as_bytes()),
        ),
        (vec!["logout", "b.example"], None),
    ];
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    for d in &dirs {
        std::fs::write(d.path().join("config.json"), INITIAL).unwrap();
    }
    for (args, stdin) in &steps {
        let mut runs = Vec::new();
        for (d, ours) in dirs.iter().zip([true, false]) {
            let mut r = in_config(d.path(), ours, args, *stdin);
            r.stderr = r.stderr.replace(&d.path().display().to_string(), "DIR");
            runs.push(r);
        }
        assert_same(&format!("{args:?}"), &runs[0], &runs[1]);
        assert_eq!(
            config(dirs[0].path()),
            config(dirs[1].path()),
            "{args:?}: hvdock's config.json, then docker's"
        );
    }
    let written = config(dirs[0].path());
    assert!(written.starts_with("{\n\t\"auths\": {\n"), "{written}");
    assert!(written.contains(AUTH), "{written}");
}

#[test]
fn keys_docker_does_not_know_are_kept_after_the_known_ones() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("config.json"),
        r#"{"zTool": {"setting": 1}, "auths": {"a.example": {"auth": "dTpw"}}, "psFormat": "table {{.ID}}", "aTool": [1, 2]}"#,
    )
    .unwrap();
    let r = in_config(d.path(), true, &["logout", "a.example"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        config(d.path()),
        "{\n\t\"auths\": {},\n\t\"psFormat\": \"table {{.ID}}\",\n\t\"zTool\": {\n\t\t\"setting\": 1\n\t},\n\t\"aTool\": [\n\t\t1,\n\t\t2\n\t]\n}"
    );
}
