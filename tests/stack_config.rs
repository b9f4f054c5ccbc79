//! `stack config` and the compose loader's errors, against the reference docker. Neither needs
//! a daemon (docker loads and prints the files client-side; a `stack deploy` of a bad file
//! fails before it asks the daemon anything), so no cluster: every compose file of the corpus
//! (tests/fixtures/stack and tests/fixtures/stack-config), alone and merged, goes through
//! `docker stack config` and `hvdock stack config` with the same environment and working
//! directory, and stdout, stderr (logrus's timestamps replaced) and exit code must be equal byte
//! for byte; then a table of bad files through `stack config` and `stack deploy`.

mod common;

use std::path::Path;
use std::process::Command;

fn dir(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The same environment for both clients: the corpus's variables, a known HOME, nothing else
/// that docker's loader would read (`DOCKER_*` are cleared by the common helpers).
fn prepare(c: &mut Command, cwd: &str) {
    c.current_dir(cwd)
        .env("HVK_SET", "v")
        .env("HVK_EMPTY", "")
        .env("HVK_REPLICAS", "2")
        .env("HVK_NETNAME", "hvkt-named")
        .env("HVSK_BARE", "bare")
        .env("HVSK_FROMENV", "fe")
        .env("HOME", "/hvsk-home")
        .env_remove("HVK_UNSET")
        .env_remove("HVSK_UNSET");
}

/// logrus's `time="..."` differs run to run.
fn untimed(s: &str) -> String {
    s.lines()
        .map(|l| match l.strip_prefix("time=\"") {
            Some(rest) => format!("time=T{}", &rest[rest.find('"').map_or(0, |i| i + 1)..]),
            None => l.to_string(),
        })
        .map(|l| l + "\n")
        .collect::<String>()
        .replace("hvdock", "docker")
}

/// Runs `args` in `cwd` through both clients (with `stdin` when given) and compares.
#[track_caller]
fn both(cwd: &str, args: &[&str], stdin: Option<&[u8]>) -> Option<common::Run> {
    both_env(cwd, args, stdin, &[])
}

/// [`both`] with extra variables.
#[track_caller]
fn both_env(
    cwd: &str,
    args: &[&str],
    stdin: Option<&[u8]>,
    env: &[(&str, &str)],
) -> Option<common::Run> {
    let mut d = common::docker(args)?;
    prepare(&mut d, cwd);
    d.envs(env.iter().copied());
    let d = common::output(d, stdin);
    let mut h = common::hvdock(args);
    prepare(&mut h, cwd);
    h.envs(env.iter().copied());
    let h = common::output(h, stdin);
    // The program name in usage texts; replaced on both sides (image names contain it too).
    let out = |s: &str| s.replace("hvdock", "docker");
    assert_eq!(
        (h.code, out(&h.stdout), untimed(&h.stderr)),
        (d.code, out(&d.stdout), untimed(&d.stderr)),
        "hvdock vs docker for {args:?} in {cwd}: (exit code, stdout, stderr)"
    );
    Some(h)
}

fn yml(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yml"))
        .collect();
    names.sort();
    names
}

#[test]
fn config_of_every_corpus_file_is_dockers() {
    let mut compared = 0;
    for d in [dir("stack"), dir("stack-config")] {
        for name in yml(&d) {
            let Some(r) = both(&d, &["stack", "config", "-c", &name], None) else {
                return;
            };
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            compared += 1;
        }
    }
    assert!(compared >= 24, "{compared} files");
}

#[test]
fn config_merges_files_as_docker() {
    let stack = dir("stack");
    let cfg = dir("stack-config");
    for args in [
        vec![
            "stack",
            "config",
            "-c",
            "19-merge-base.yml",
            "-c",
            "19-merge-override.yml",
        ],
        vec![
            "stack",
            "config",
            "-c",
            "19-merge-base.yml,19-merge-override.yml",
        ],
    ] {
        both(&stack, &args, None);
    }
    for args in [
        vec!["stack", "config", "-c", "merge-a.yml", "-c", "merge-b.yml"],
        vec!["stack", "config", "-c", "merge-b.yml", "-c", "merge-a.yml"],
        vec![
            "stack",
            "config",
            "-c",
            "all-fields.yml",
            "-c",
            "merge-b.yml",
        ],
        // A file from another directory: relative paths start at the first file's.
        vec![
            "stack",
            "config",
            "-c",
            "../stack/06-secrets.yml",
            "-c",
            "merge-a.yml",
        ],
    ] {
        both(&cfg, &args, None);
    }
}

#[test]
fn config_flags_stdin_and_usage_are_dockers() {
    let stack = dir("stack");
    let text = std::fs::read(Path::new(&stack).join("02-interpolation.yml")).unwrap();
    for (args, stdin) in [
        (
            vec![
                "stack",
                "config",
                "--skip-interpolation",
                "-c",
                "02-interpolation.yml",
            ],
            None,
        ),
        (vec!["stack", "config", "-c", "-"], Some(text.as_slice())),
        (
            vec!["stack", "config", "-c", "-", "--skip-interpolation"],
            Some(&text[..]),
        ),
        (vec!["stack", "config"], None),
        (vec!["stack", "config", "extra"], None),
        (vec!["stack", "config", "--help"], None),
        (vec!["stack", "--help"], None),
        (vec!["stack", "config", "-c", "nope.yml"], None),
    ] {
        if both(&stack, &args, stdin).is_none() {
            return;
        }
    }
}

/// Bad compose files: the key and type checks of docker's v3 schema (every top-level and
/// service key given a wrong type, unknown keys at each level, formats, enums, required and
/// unique items), YAML syntax errors with docker's line numbers, duplicate keys, unknown
/// anchors, interpolation errors, forbidden keys, unsupported versions, keys newer than the
/// file's version.
const BAD: &[(&str, &str)] = &[
    ("v30-configs", "version: \"3.0\"\nservices: {}\nconfigs: {}\n"),
    ("v30-secrets", "version: \"3.0\"\nservices:\n  web:\n    image: x\n    secrets: [a]\n"),
    ("v31-attachable", "version: \"3.1\"\nservices: {}\nnetworks:\n  n: {attachable: true}\n"),
    ("v34-net-name", "version: \"3.4\"\nservices: {}\nnetworks:\n  n: {name: x}\n"),
    ("v36-rollback", "version: \"3.6\"\nservices:\n  web:\n    image: x\n    deploy: {rollback_config: {parallelism: 1}}\n"),
    ("v38-pids", "version: \"3.8\"\nservices:\n  web:\n    image: x\n    deploy: {resources: {limits: {pids: 1}}}\n"),
    ("v311-start-interval", "version: \"3.11\"\nservices:\n  web:\n    image: x\n    healthcheck: {start_interval: 1s}\n"),
    ("v312-oom", "version: \"3.12\"\nservices:\n  web:\n    image: x\n    oom_score_adj: 1\n"),
    ("v312-net-opts", "version: \"3.12\"\nservices:\n  web:\n    image: x\n    networks: {a: {driver_opts: {k: v}}}\n"),
    ("v37-init", "version: \"3.6\"\nservices:\n  web:\n    image: x\n    init: true\n"),
    ("v35-isolation", "version: \"3.4\"\nservices:\n  web:\n    image: x\n    isolation: default\n"),
    ("v37-secrets-driver", "version: \"3.7\"\nservices: {}\nsecrets:\n  s: {driver: x}\n"),
    ("v31-endpoint", "version: \"3.1\"\nservices:\n  web:\n    image: x\n    deploy: {endpoint_mode: vip}\n"),
    ("root-unknown", "services: {}\nfoo: 1\n"),
    ("root-services-list", "services: [a]\n"),
    ("root-networks-list", "services: {}\nnetworks: [a]\n"),
    ("root-volumes-str", "services: {}\nvolumes: x\n"),
    ("root-secrets-num", "services: {}\nsecrets: 1\n"),
    ("root-configs-bool", "services: {}\nconfigs: true\n"),
    ("root-version-num", "version: 3\nservices: {}\n"),
    ("version-unsupported", "version: \"2.4\"\nservices: {}\n"),
    ("version-314", "version: \"3.14\"\nservices: {}\n"),
    (
        "svc-unknown",
        "services:\n  web:\n    image: x\n    foo: 1\n",
    ),
    ("svc-str", "services:\n  web: x\n"),
    ("svc-image-list", "services:\n  web:\n    image: [x]\n"),
    ("svc-image-num", "services:\n  web:\n    image: 1\n"),
    (
        "svc-ports-str",
        "services:\n  web:\n    image: x\n    ports: \"80\"\n",
    ),
    (
        "svc-ports-bool",
        "services:\n  web:\n    image: x\n    ports: [true]\n",
    ),
    (
        "svc-ports-badfmt",
        "services:\n  web:\n    image: x\n    ports: [\"a:b:c:d\"]\n",
    ),
    (
        "svc-ports-long-unknown",
        "services:\n  web:\n    image: x\n    ports: [{target: 80, foo: 1}]\n",
    ),
    (
        "svc-ports-long-target-str",
        "services:\n  web:\n    image: x\n    ports: [{target: \"x\"}]\n",
    ),
    (
        "svc-environment-num",
        "services:\n  web:\n    image: x\n    environment: 1\n",
    ),
    (
        "svc-environment-bool-val",
        "services:\n  web:\n    image: x\n    environment: {A: true}\n",
    ),
    (
        "svc-environment-list-dup",
        "services:\n  web:\n    image: x\n    environment: [A, A]\n",
    ),
    (
        "svc-labels-num",
        "services:\n  web:\n    image: x\n    labels: 1\n",
    ),
    (
        "svc-command-num",
        "services:\n  web:\n    image: x\n    command: 1\n",
    ),
    (
        "svc-command-map",
        "services:\n  web:\n    image: x\n    command: {a: 1}\n",
    ),
    (
        "svc-entrypoint-bool",
        "services:\n  web:\n    image: x\n    entrypoint: true\n",
    ),
    (
        "svc-dns-num",
        "services:\n  web:\n    image: x\n    dns: 1\n",
    ),
    (
        "svc-cap_add-str",
        "services:\n  web:\n    image: x\n    cap_add: X\n",
    ),
    (
        "svc-cap_add-dup",
        "services:\n  web:\n    image: x\n    cap_add: [X, X]\n",
    ),
    (
        "svc-tty-str",
        "services:\n  web:\n    image: x\n    tty: \"yes\"\n",
    ),
    (
        "svc-init-str",
        "services:\n  web:\n    image: x\n    init: \"x\"\n",
    ),
    (
        "svc-read_only-num",
        "services:\n  web:\n    image: x\n    read_only: 1\n",
    ),
    (
        "svc-stop_grace_period-bad",
        "services:\n  web:\n    image: x\n    stop_grace_period: 10\n",
    ),
    (
        "svc-stop_grace_period-fmt",
        "services:\n  web:\n    image: x\n    stop_grace_period: soon\n",
    ),
    (
        "svc-healthcheck-str",
        "services:\n  web:\n    image: x\n    healthcheck: x\n",
    ),
    (
        "svc-healthcheck-unknown",
        "services:\n  web:\n    image: x\n    healthcheck: {foo: 1}\n",
    ),
    (
        "svc-healthcheck-retries",
        "services:\n  web:\n    image: x\n    healthcheck: {retries: x}\n",
    ),
    (
        "svc-healthcheck-interval",
        "services:\n  web:\n    image: x\n    healthcheck: {interval: 5}\n",
    ),
    (
        "svc-healthcheck-test-num",
        "services:\n  web:\n    image: x\n    healthcheck: {test: 1}\n",
    ),
    (
        "svc-deploy-str",
        "services:\n  web:\n    image: x\n    deploy: x\n",
    ),
    (
        "svc-deploy-unknown",
        "services:\n  web:\n    image: x\n    deploy: {foo: 1}\n",
    ),
    (
        "svc-deploy-replicas",
        "services:\n  web:\n    image: x\n    deploy: {replicas: x}\n",
    ),
    (
        "svc-deploy-mode-num",
        "services:\n  web:\n    image: x\n    deploy: {mode: 1}\n",
    ),
    (
        "svc-deploy-resources-unknown",
        "services:\n  web:\n    image: x\n    deploy: {resources: {foo: 1}}\n",
    ),
    (
        "svc-deploy-limits-cpus-list",
        "services:\n  web:\n    image: x\n    deploy: {resources: {limits: {cpus: [1]}}}\n",
    ),
    (
        "svc-deploy-limits-memory-num",
        "services:\n  web:\n    image: x\n    deploy: {resources: {limits: {memory: 1}}}\n",
    ),
    (
        "svc-deploy-restart-unknown",
        "services:\n  web:\n    image: x\n    deploy: {restart_policy: {foo: 1}}\n",
    ),
    (
        "svc-deploy-update-parallelism",
        "services:\n  web:\n    image: x\n    deploy: {update_config: {parallelism: x}}\n",
    ),
    (
        "svc-deploy-update-ratio",
        "services:\n  web:\n    image: x\n    deploy: {update_config: {max_failure_ratio: x}}\n",
    ),
    (
        "svc-deploy-update-order",
        "services:\n  web:\n    image: x\n    deploy: {update_config: {order: x}}\n",
    ),
    (
        "svc-deploy-placement-constraints",
        "services:\n  web:\n    image: x\n    deploy: {placement: {constraints: x}}\n",
    ),
    (
        "svc-deploy-placement-prefs",
        "services:\n  web:\n    image: x\n    deploy: {placement: {preferences: [{foo: 1}]}}\n",
    ),
    (
        "svc-deploy-endpoint",
        "services:\n  web:\n    image: x\n    deploy: {endpoint_mode: 1}\n",
    ),
    (
        "svc-deploy-labels-num",
        "services:\n  web:\n    image: x\n    deploy: {labels: 1}\n",
    ),
    (
        "svc-networks-num",
        "services:\n  web:\n    image: x\n    networks: 1\n",
    ),
    (
        "svc-networks-aliases",
        "services:\n  web:\n    image: x\n    networks: {a: {aliases: x}}\n",
    ),
    (
        "svc-networks-unknown",
        "services:\n  web:\n    image: x\n    networks: {a: {foo: 1}}\n",
    ),
    (
        "svc-volumes-num",
        "services:\n  web:\n    image: x\n    volumes: [1]\n",
    ),
    (
        "svc-volumes-long-unknown",
        "services:\n  web:\n    image: x\n    volumes: [{type: volume, target: /a, foo: 1}]\n",
    ),
    (
        "svc-volumes-long-type",
        "services:\n  web:\n    image: x\n    volumes: [{type: 1, target: /a}]\n",
    ),
    (
        "svc-secrets-num",
        "services:\n  web:\n    image: x\n    secrets: [1]\n",
    ),
    (
        "svc-secrets-mode-str",
        "services:\n  web:\n    image: x\n    secrets: [{source: a, mode: x}]\n",
    ),
    (
        "svc-configs-str",
        "services:\n  web:\n    image: x\n    configs: x\n",
    ),
    (
        "svc-logging-unknown",
        "services:\n  web:\n    image: x\n    logging: {foo: 1}\n",
    ),
    (
        "svc-logging-options",
        "services:\n  web:\n    image: x\n    logging: {options: {a: [1]}}\n",
    ),
    (
        "svc-ulimits-str",
        "services:\n  web:\n    image: x\n    ulimits: {nofile: x}\n",
    ),
    (
        "svc-ulimits-unknown",
        "services:\n  web:\n    image: x\n    ulimits: {nofile: {soft: 1, hard: 2, foo: 3}}\n",
    ),
    (
        "svc-ulimits-missing",
        "services:\n  web:\n    image: x\n    ulimits: {nofile: {soft: 1}}\n",
    ),
    (
        "svc-extra_hosts-num",
        "services:\n  web:\n    image: x\n    extra_hosts: 1\n",
    ),
    (
        "svc-sysctls-num",
        "services:\n  web:\n    image: x\n    sysctls: 1\n",
    ),
    (
        "svc-user-num",
        "services:\n  web:\n    image: x\n    user: 1000\n",
    ),
    (
        "svc-working_dir-list",
        "services:\n  web:\n    image: x\n    working_dir: [a]\n",
    ),
    (
        "svc-hostname-num",
        "services:\n  web:\n    image: x\n    hostname: 1\n",
    ),
    (
        "svc-tmpfs-num",
        "services:\n  web:\n    image: x\n    tmpfs: 1\n",
    ),
    (
        "svc-expose-map",
        "services:\n  web:\n    image: x\n    expose: {a: 1}\n",
    ),
    (
        "svc-build-num",
        "services:\n  web:\n    image: x\n    build: 1\n",
    ),
    (
        "svc-credential_spec-unknown",
        "services:\n  web:\n    image: x\n    credential_spec: {foo: 1}\n",
    ),
    (
        "svc-depends_on-str",
        "services:\n  web:\n    image: x\n    depends_on: x\n",
    ),
    (
        "svc-env_file-num",
        "services:\n  web:\n    image: x\n    env_file: 1\n",
    ),
    (
        "svc-isolation-num",
        "services:\n  web:\n    image: x\n    isolation: 1\n",
    ),
    (
        "svc-shm_size-list",
        "services:\n  web:\n    image: x\n    shm_size: [1]\n",
    ),
    (
        "svc-privileged-str",
        "services:\n  web:\n    image: x\n    privileged: x\n",
    ),
    (
        "svc-oom-str",
        "services:\n  web:\n    image: x\n    oom_score_adj: x\n",
    ),
    (
        "svc-stdin-str",
        "services:\n  web:\n    image: x\n    stdin_open: x\n",
    ),
    ("net-str", "services: {}\nnetworks:\n  n: x\n"),
    ("net-unknown", "services: {}\nnetworks:\n  n: {foo: 1}\n"),
    (
        "net-driver-num",
        "services: {}\nnetworks:\n  n: {driver: 1}\n",
    ),
    (
        "net-attachable",
        "services: {}\nnetworks:\n  n: {attachable: \"yes\"}\n",
    ),
    (
        "net-internal",
        "services: {}\nnetworks:\n  n: {internal: 1}\n",
    ),
    (
        "net-external-str",
        "services: {}\nnetworks:\n  n: {external: x}\n",
    ),
    (
        "net-external-unknown",
        "services: {}\nnetworks:\n  n: {external: {foo: 1}}\n",
    ),
    (
        "net-ipam-unknown",
        "services: {}\nnetworks:\n  n: {ipam: {foo: 1}}\n",
    ),
    (
        "net-ipam-config-unknown",
        "services: {}\nnetworks:\n  n: {ipam: {config: [{foo: 1}]}}\n",
    ),
    (
        "net-driver_opts-list",
        "services: {}\nnetworks:\n  n: {driver_opts: [a]}\n",
    ),
    (
        "net-labels-num",
        "services: {}\nnetworks:\n  n: {labels: 1}\n",
    ),
    ("vol-str", "services: {}\nvolumes:\n  v: x\n"),
    ("vol-unknown", "services: {}\nvolumes:\n  v: {foo: 1}\n"),
    (
        "vol-driver-num",
        "services: {}\nvolumes:\n  v: {driver: 1}\n",
    ),
    (
        "vol-external-num",
        "services: {}\nvolumes:\n  v: {external: 1}\n",
    ),
    (
        "vol-ext-conflict",
        "services: {}\nvolumes:\n  v: {external: true, driver: local}\n",
    ),
    ("sec-unknown", "services: {}\nsecrets:\n  s: {foo: 1}\n"),
    ("sec-file-num", "services: {}\nsecrets:\n  s: {file: 1}\n"),
    ("sec-str", "services: {}\nsecrets:\n  s: x\n"),
    (
        "sec-driver-file",
        "services: {}\nsecrets:\n  s: {file: ./a, driver: d}\n",
    ),
    ("cfg-unknown", "services: {}\nconfigs:\n  c: {foo: 1}\n"),
    ("cfg-driver", "services: {}\nconfigs:\n  c: {driver: x}\n"),
    (
        "cfg-template-num",
        "services: {}\nconfigs:\n  c: {template_driver: 1}\n",
    ),
    (
        "yaml-mapping-values",
        "services:\n  web:\n    image: x\n  foo: bar: baz\n",
    ),
    (
        "yaml-unclosed-quote",
        "services:\n  web:\n    image: \"x\n\n",
    ),
    ("yaml-tab", "services:\n\tweb: x\n"),
    (
        "yaml-bad-indent",
        "services:\n  web:\n    image: x\n   ports: []\n",
    ),
    ("yaml-unknown-anchor", "services:\n  web: *nope\n"),
    (
        "yaml-dup-key",
        "services:\n  web: {image: x}\n  web: {image: y}\n",
    ),
    ("yaml-flow", "services: {web: [}\n"),
    ("yaml-top-list", "- a\n- b\n"),
    ("yaml-top-scalar", "hello\n"),
    ("yaml-empty", "\n"),
    (
        "yaml-block-seq",
        "services:\n  web:\n    image: x\n    - a\n",
    ),
    (
        "interp-required",
        "services:\n  web:\n    image: ${HVSK_UNSET:?needs a value}\n",
    ),
    (
        "interp-required-q",
        "services:\n  web:\n    image: ${HVSK_UNSET?}\n",
    ),
    ("interp-bad", "services:\n  web:\n    image: \"${HVSK\"\n"),
    ("interp-bad2", "services:\n  web:\n    image: \"$ x\"\n"),
    (
        "interp-cast",
        "services:\n  web:\n    image: x\n    deploy: {replicas: \"${HVSK_WORD}\"}\n",
    ),
    (
        "interp-cast-bool",
        "services:\n  web:\n    image: x\n    read_only: \"${HVSK_WORD}\"\n",
    ),
    (
        "forbidden-extends",
        "services:\n  web:\n    image: x\n    extends: y\n",
    ),
    (
        "forbidden-two",
        "services:\n  web:\n    image: x\n    cpu_shares: 1\n",
    ),
    ("no-image", "services:\n  web: {command: x}\n"),
    (
        "yaml-dup-nested",
        "services:\n  web:\n    image: x\n    image: y\n  db:\n    image: a\n    image: b\n",
    ),
    ("yaml-flow-map", "services: {a: 1\nx: 2\n"),
    ("yaml-colon", "services:\n  web:\n    image: a:b: c\n"),
    (
        "yaml-bad-indent2",
        "version: \"3\"\nservices:\n    web:\n      image: x\n     ports: []\n",
    ),
    ("yaml-dash", "services:\n- web\n"),
    ("yaml-anchor-flow", "x: [*a]\n"),
    ("yaml-quote2", "services:\n  web:\n    image: 'x\n\n"),
    ("yaml-doc2", "services: {}\n---\nfoo: 1\n"),
];

/// Each bad file through `stack config` and `stack deploy` (against a socket where no daemon
/// listens: docker loads the files before it connects, and so does hvdock), both clients
/// compared exactly; every one of them must fail.
#[test]
fn bad_files_fail_as_docker() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path().to_str().unwrap().to_string();
    for (name, text) in BAD {
        let file = format!("{name}.yml");
        std::fs::write(tmp.path().join(&file), text).unwrap();
        for args in [
            vec!["stack", "config", "-c", &file],
            vec![
                "-H",
                "unix:///run/hvsk-nothing.sock",
                "stack",
                "deploy",
                "-c",
                &file,
                "hvskbad",
            ],
        ] {
            let Some(r) = both_env(&cwd, &args, None, &[("HVSK_WORD", "word")]) else {
                return;
            };
            // `stack config` prints a service without an image (only deploy refuses it) and
            // the first of several YAML documents.
            let config_ok = matches!(*name, "no-image" | "yaml-doc2") && args[1] == "config";
            assert_eq!(r.code == 0, config_ok, "{name}: {args:?}");
        }
    }
    // Two files whose versions differ.
    std::fs::write(
        tmp.path().join("v38.yml"),
        "version: \"3.8\"\nservices: {}\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("v37.yml"),
        "version: \"3.7\"\nservices: {}\n",
    )
    .unwrap();
    both(
        &cwd,
        &["stack", "config", "-c", "v38.yml", "-c", "v37.yml"],
        None,
    );
}
