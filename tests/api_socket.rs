//! Issue 19: `run --use-api-socket` as docker 28 does it: the socket bind-mounted, and the
//! client's registry credentials (config.json's, or `DOCKER_AUTH_CONFIG`'s) written into the
//! container at /run/secrets/docker/config.json with `DOCKER_CONFIG` pointing there — unless the
//! container's own environment sets `DOCKER_CONFIG`. What the container sees is compared with
//! docker's exactly (the file's text, mode, owner and time, the variable, the socket); only the
//! time the daemon made the directory differs between two runs and is not printed.

mod common;

use common::*;

const SHOW: &str = "echo \"DOCKER_CONFIG=$DOCKER_CONFIG\"; \
    cat /run/secrets/docker/config.json 2>&1; echo; \
    ls -ln --full-time /run/secrets/docker 2>&1; stat -c '%a %u %g' /run/secrets/docker 2>&1; \
    ls -l /var/run/docker.sock | cut -c1-10";

fn both(config: &std::path::Path, auth_env: Option<&str>, args: &[&str]) -> Run {
    let with = |mut c: std::process::Command| {
        c.env("DOCKER_CONFIG", config);
        match auth_env {
            Some(v) => c.env("DOCKER_AUTH_CONFIG", v),
            None => c.env_remove("DOCKER_AUTH_CONFIG"),
        };
        output(c, None)
    };
    let ours = with(hvdock(args));
    let theirs = with(reference(args));
    assert_same(&format!("{args:?}"), &ours, &theirs);
    ours
}

#[test]
fn use_api_socket_copies_the_credentials_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("hvhv-apisock");
    let label = scope.label();
    let config = tempfile::tempdir().unwrap();
    // Credentials for one registry, an empty entry for another (docker copies both).
    std::fs::write(
        config.path().join("config.json"),
        r#"{"auths":{"127.0.0.1:5001":{"auth":"dXNlcjpzZWNyZXQ="},"127.0.0.1:5000":{}},"psFormat":"x"}"#,
    )
    .unwrap();
    let run_args = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = ["run", "--rm", "--label", &label, "--use-api-socket"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        a.extend(extra.iter().map(|s| s.to_string()));
        a.extend([IMAGE, "sh", "-c", SHOW].iter().map(|s| s.to_string()));
        a
    };
    let plain = run_args(&[]);
    let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
    let r = both(config.path(), None, &plain);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("\"auth\": \"dXNlcjpzZWNyZXQ=\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.starts_with("DOCKER_CONFIG=/run/secrets/docker\n"));
    // DOCKER_AUTH_CONFIG wins over config.json.
    let r = both(
        config.path(),
        Some(r#"{"auths":{"r.example":{"auth":"dTpw"}}}"#),
        &plain,
    );
    assert!(
        r.stdout.contains("r.example") && !r.stdout.contains("5001"),
        "{}",
        r.stdout
    );
    // The container's own DOCKER_CONFIG: nothing copied.
    let own = run_args(&["-e", "DOCKER_CONFIG=/elsewhere"]);
    let own: Vec<&str> = own.iter().map(String::as_str).collect();
    let r = both(config.path(), None, &own);
    assert!(
        r.stdout.starts_with("DOCKER_CONFIG=/elsewhere\n"),
        "{}",
        r.stdout
    );
    // No credentials at all: no file, no variable.
    let empty = tempfile::tempdir().unwrap();
    let r = both(empty.path(), None, &plain);
    assert!(r.stdout.starts_with("DOCKER_CONFIG=\n"), "{}", r.stdout);
    // `create` copies them too (then `start -a` shows what the container sees).
    let name = scope.name("made");
    let create: Vec<String> = {
        let mut a = run_args(&["--name", &name]);
        a[0] = "create".into();
        a.remove(1);
        a
    };
    let create: Vec<&str> = create.iter().map(String::as_str).collect();
    for ours in [true, false] {
        let mut c = if ours {
            hvdock(&create)
        } else {
            reference(&create)
        };
        c.env("DOCKER_CONFIG", config.path())
            .env_remove("DOCKER_AUTH_CONFIG");
        let made = output(c, None);
        assert_eq!(made.code, 0, "{}", made.stderr);
        let shown = ok(&["start", "-a", &name]);
        assert!(shown.contains("dXNlcjpzZWNyZXQ="), "{ours}: {shown}");
        ok(&["rm", &name]);
    }
}
