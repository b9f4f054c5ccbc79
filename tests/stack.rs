//! `stack deploy | ls | ps | services | rm` on a real two-node Swarm (scripts/cluster.sh,
//! prefix hvsk), against the reference docker: every compose file under tests/fixtures/stack is
//! deployed by docker and by hvdock under two stack names, and the resulting service, network,
//! secret and config specs are compared field by field (stack name replaced; IDs, versions,
//! timestamps and the overlay's VXLAN id dropped); stdout (sorted: docker creates in map order),
//! stderr and exit code too. `--prune` removes what a redeploy dropped, `stack rm` leaves
//! nothing, and bad input gets docker's message and deploys nothing.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::process::Command;
use std::sync::MutexGuard;
use std::time::{Duration, Instant};

use serde_json::Value;

const PREFIX: &str = "hvsk";
const NET: &str = "10.213.42";
const NS: &str = "com.docker.stack.namespace";

/// The binary's cluster (`common::cluster`, 2 nodes): its manager, and the guard that keeps
/// other tests of this binary waiting.
struct Cluster {
    host: String,
    _swarm: MutexGuard<'static, HashMap<String, String>>,
}

impl Cluster {
    fn up() -> Option<Cluster> {
        let env = common::cluster::cluster_if_possible(PREFIX, NET, 2)?;
        Some(Cluster {
            host: env.get("MANAGER_HOST").cloned().unwrap_or_default(),
            _swarm: env,
        })
    }

    fn cmd(&self, docker: bool, args: &[&str]) -> Command {
        let mut all = vec!["-H", self.host.as_str()];
        all.extend_from_slice(args);
        let mut c = if docker {
            common::docker(&all).expect("reference docker")
        } else {
            common::hvdock(&all)
        };
        c.current_dir(fixtures())
            .env("HVK_SET", "v")
            .env("HVK_EMPTY", "")
            .env("HVK_REPLICAS", "2")
            .env("HVK_NETNAME", "hvkt-named")
            .env_remove("HVK_UNSET");
        c
    }

    fn run(&self, docker: bool, args: &[&str]) -> common::Run {
        common::output(self.cmd(docker, args), None)
    }

    fn json(&self, args: &[&str]) -> Value {
        let r = self.run(true, args);
        serde_json::from_str(&r.stdout).unwrap_or(Value::Null)
    }

    fn lines(&self, args: &[&str]) -> Vec<String> {
        self.run(true, args)
            .stdout
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// The stack's objects, keyed `kind name`, normalised for comparison.
    fn snapshot(&self, stack: &str) -> BTreeMap<String, Value> {
        let label = format!("label={NS}={stack}");
        let mut out = BTreeMap::new();
        for kind in ["service", "network", "secret", "config"] {
            for name in self.lines(&[kind, "ls", "-q", "--filter", &label]) {
                let v = self.json(&[kind, "inspect", &name]);
                let v = v.get(0).cloned().unwrap_or(Value::Null);
                let v = if kind == "network" {
                    v
                } else {
                    v["Spec"].clone()
                };
                let v = self.normalise(v, stack);
                let key = v["Name"].as_str().unwrap_or_default().to_string();
                out.insert(format!("{kind} {key}"), v);
            }
        }
        out
    }

    fn normalise(&self, mut v: Value, stack: &str) -> Value {
        if let Some(nets) = v
            .pointer_mut("/TaskTemplate/Networks")
            .and_then(Value::as_array_mut)
        {
            for n in nets {
                let id = n["Target"].as_str().unwrap_or_default().to_string();
                let net = self.json(&["network", "inspect", &id]);
                n["Target"] = net[0]["Name"].clone();
            }
        }
        strip(&mut v);
        if let Some(o) = v.get_mut("Options").and_then(Value::as_object_mut) {
            o.remove("com.docker.network.driver.overlay.vxlanid_list");
        }
        // Subnets the swarm picked from its default pool (10.0.0.0/8) differ run by run; one a
        // file asked for (14-network-named.yml) is compared.
        if let Some(c) = v.pointer_mut("/IPAM/Config").and_then(Value::as_array_mut) {
            c.retain(|x| {
                !x["Subnet"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with("10.0.")
            });
        }
        let text = v.to_string().replace(stack, "STACK");
        sort_keys(serde_json::from_str(&text).unwrap())
    }

    /// `stack rm` by the same client, then waits until nothing of the stack is left.
    fn remove(&self, docker: bool, stack: &str) {
        self.jobs_ended(stack);
        self.run(docker, &["stack", "rm", stack]);
        self.wait_empty(docker, stack);
    }

    /// Waits (up to a minute) until the tasks of the stack's jobs have ended. On Docker 20.10 a
    /// job's tasks outlive their removed service (moby/moby#44312, fixed in moby 24): one that
    /// had not run yet when the service went stays pending for ever, and keeps the stack's
    /// network. A user removes a stack whose jobs are done; so does this test.
    fn jobs_ended(&self, stack: &str) {
        let label = format!("label={NS}={stack}");
        let listed = self.lines(&[
            "service",
            "ls",
            "--filter",
            &label,
            "--format",
            "{{.Mode}}|{{.Name}}",
        ]);
        let jobs = listed
            .iter()
            .filter_map(|l| l.split_once('|'))
            .filter(|(mode, _)| mode.ends_with("job"));
        for (_, job) in jobs {
            let deadline = Instant::now() + Duration::from_secs(60);
            loop {
                let states = self.lines(&["service", "ps", job, "--format", "{{.CurrentState}}"]);
                let ended = |s: &String| {
                    ["Complete", "Failed", "Rejected", "Shutdown"]
                        .iter()
                        .any(|p| s.starts_with(p))
                };
                if (!states.is_empty() && states.iter().all(ended)) || Instant::now() > deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }

    /// Waits until nothing labelled with `stack` is left. `stack rm` removes the services and
    /// then at once their networks; the manager refuses to remove a network while a task of a
    /// removed service is still shutting down on it (both clients print "Failed to remove
    /// network"), so every 15 s the same client's `stack rm` is run again, as a user would.
    /// (A job's task outlives its removed service on Docker 20.10, moby/moby#44312: the job of
    /// 18-extensions.yml ends at once, and [`Cluster::jobs_ended`] waits for it.)
    fn wait_empty(&self, docker: bool, stack: &str) {
        let label = format!("label={NS}={stack}");
        let deadline = Instant::now() + Duration::from_secs(180);
        let mut retry = Instant::now() + Duration::from_secs(15);
        let mut said = String::new();
        loop {
            let left: Vec<String> = ["service", "network", "secret", "config"]
                .iter()
                .flat_map(|k| {
                    self.lines(&[k, "ls", "--format", "{{.Name}}", "--filter", &label])
                        .into_iter()
                        .map(move |n| format!("{k} {n}"))
                })
                .collect();
            if left.is_empty() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "stack {stack} still has {left:?}; the last stack rm said: {said}"
            );
            if Instant::now() > retry {
                said = self.run(docker, &["stack", "rm", stack]).stderr;
                retry = Instant::now() + Duration::from_secs(15);
            }
            // Removal is asynchronous in the daemon; poll its state.
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

fn fixtures() -> String {
    format!("{}/tests/fixtures/stack", env!("CARGO_MANIFEST_DIR"))
}

/// Keys in order, so that a difference shows as a readable diff of pretty JSON.
fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let sorted: BTreeMap<String, Value> =
                m.into_iter().map(|(k, v)| (k, sort_keys(v))).collect();
            Value::Object(sorted.into_iter().collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// IDs, versions and timestamps out, recursively.
fn strip(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for k in [
                "ID",
                "Id",
                "ConfigID",
                "SecretID",
                "Version",
                "CreatedAt",
                "UpdatedAt",
                "Created",
                "Containers",
                "Peers",
            ] {
                m.remove(k);
            }
            m.values_mut().for_each(strip);
        }
        Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

fn sorted(s: &str, stack: &str) -> Vec<String> {
    let mut l: Vec<String> = s.lines().map(|l| l.replace(stack, "STACK")).collect();
    l.sort();
    l
}

/// Deploys `files` by docker then by hvdock (each removed before the next: ports and named
/// networks cannot be shared); returns both snapshots after comparing the outputs.
fn both(
    c: &Cluster,
    tag: &str,
    files: &[&str],
) -> (BTreeMap<String, Value>, BTreeMap<String, Value>) {
    both_stdin(c, tag, files, None)
}

/// [`both`] with `stdin` given to both clients (for `-c -`).
fn both_stdin(
    c: &Cluster,
    tag: &str,
    files: &[&str],
    stdin: Option<&[u8]>,
) -> (BTreeMap<String, Value>, BTreeMap<String, Value>) {
    let mut snaps = Vec::new();
    let mut runs = Vec::new();
    for docker in [true, false] {
        let stack = format!("hvk{}{tag}", if docker { "d" } else { "h" });
        let mut args = vec!["stack", "deploy"];
        for f in files {
            args.extend(["-c", f]);
        }
        args.push(&stack);
        let r = common::output(c.cmd(docker, &args), stdin);
        snaps.push(c.snapshot(&stack));
        c.remove(docker, &stack);
        runs.push((
            r.code,
            sorted(&r.stdout, &stack),
            r.stderr.replace(&stack, "STACK"),
        ));
    }
    assert_eq!(
        runs[0], runs[1],
        "{files:?}: docker vs hvdock (code, stdout, stderr)"
    );
    let h = snaps.pop().unwrap();
    let d = snaps.pop().unwrap();
    (d, h)
}

fn fixture_specs(c: &Cluster) {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yml") && !n.contains("override") && !n.starts_with("17-"))
        .collect();
    names.sort();
    assert!(names.len() >= 18, "{names:?}");
    for name in &names {
        let tag = &name[..2];
        let mut files = vec![name.as_str()];
        let over = name.replace("base", "override");
        if name.contains("base") {
            files.push(&over);
        }
        let (d, h) = both(c, tag, &files);
        assert!(!d.is_empty(), "{name}: docker deployed nothing");
        assert_eq!(
            serde_json::to_string_pretty(&d).unwrap(),
            serde_json::to_string_pretty(&h).unwrap(),
            "{name}: specs differ"
        );
    }
}

/// `isolation:` is hvdock's placement, not docker's Linux-meaningless ContainerSpec field: the
/// specs are equal once those two differences are taken out, and they are the ones expected.
fn isolation(c: &Cluster) {
    let (mut d, mut h) = both(c, "17", &["17-isolation.yml"]);
    for (svc, constraint) in [
        ("sandboxed", "node.labels.io.hvdock.isolation==hyperv"),
        ("plain", "node.labels.io.hvdock.isolation!=hyperv"),
    ] {
        let key = format!("service STACK_{svc}");
        let hs = h.get_mut(&key).expect("hvdock service");
        assert_eq!(
            hs.pointer("/TaskTemplate/Placement/Constraints"),
            Some(&serde_json::json!([constraint]))
        );
        hs["TaskTemplate"]["Placement"] = serde_json::json!({});
        let level = hs["Labels"]
            .as_object_mut()
            .unwrap()
            .remove("io.hvdock.isolation");
        assert!(level.is_some(), "{hs}");
        let ds = d.get_mut(&key).expect("docker service");
        assert_ne!(ds["TaskTemplate"]["ContainerSpec"]["Isolation"], "default");
        ds["TaskTemplate"]["ContainerSpec"]["Isolation"] = "default".into();
    }
    assert_eq!(d, h);
}

fn bad_input(c: &Cluster) {
    std::fs::write(
        "/tmp/hvkt-bad-yaml.yml",
        "services:\n  web:\n    image: \"x\n",
    )
    .unwrap();
    std::fs::write(
        "/tmp/hvkt-required.yml",
        "services:\n  web:\n    image: hvdock-test/busybox:latest\n    environment:\n      - A=${HVK_UNSET:?must be set}\n",
    )
    .unwrap();
    std::fs::write(
        "/tmp/hvkt-ext.yml",
        "services:\n  web:\n    image: hvdock-test/busybox:latest\n    networks: [ext]\nnetworks:\n  ext:\n    external: true\n    name: hvkt-missing\n",
    )
    .unwrap();
    std::fs::write(
        "/tmp/hvkt-unknown.yml",
        "services:\n  web:\n    image: x\n    foo: 1\n    deploy: {replicas: \"x\"}\n",
    )
    .unwrap();
    for args in [
        vec!["stack", "deploy", "-c", "/tmp/hvkt-nope.yml", "hvkbad"],
        vec!["stack", "deploy", "-c", "/tmp/hvkt-bad-yaml.yml", "hvkbad"],
        vec!["stack", "deploy", "-c", "/tmp/hvkt-required.yml", "hvkbad"],
        vec!["stack", "deploy", "-c", "/tmp/hvkt-ext.yml", "hvkbad"],
        vec!["stack", "deploy", "-c", "/tmp/hvkt-unknown.yml", "hvkbad"],
        vec!["stack", "deploy", "hvkbad"],
        vec![
            "stack",
            "deploy",
            "-c",
            "01-minimal.yml",
            "--resolve-image",
            "sometimes",
            "hvkbad",
        ],
        vec!["stack", "ps", "hvkbad"],
        vec!["stack", "services", "hvkbad"],
        vec!["stack", "rm", "hvkbad"],
        vec!["stack", "deploy", "-c", "01-minimal.yml", "' '"],
    ] {
        let d = c.run(true, &args);
        let h = c.run(false, &args);
        assert_eq!(
            (h.code, h.stdout.as_str(), h.stderr.as_str()),
            (d.code, d.stdout.as_str(), d.stderr.as_str()),
            "{args:?}"
        );
        assert!(
            c.snapshot("hvkbad").is_empty(),
            "{args:?} deployed something"
        );
    }
}

fn prune_ls_services_rm(c: &Cluster) {
    let r = c.run(
        false,
        &["stack", "deploy", "-c", "19-merge-base.yml", "hvkp"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let keys: Vec<String> = c.snapshot("hvkp").into_keys().collect();
    assert_eq!(
        keys,
        [
            "network STACK_default",
            "service STACK_db",
            "service STACK_web"
        ]
    );
    for args in [
        vec!["stack", "ls"],
        vec!["stack", "ls", "--format", "{{.Name}}: {{.Services}}"],
        vec![
            "stack",
            "services",
            "hvkp",
            "--format",
            "{{.Name}} {{.Mode}} {{.Image}} {{.Ports}}",
        ],
        vec!["stack", "services", "-q", "hvkp"],
        vec![
            "stack",
            "ps",
            "hvkp",
            "--format",
            "{{.Name}}",
            "--filter",
            "desired-state=running",
        ],
    ] {
        let d = c.run(true, &args);
        let h = c.run(false, &args);
        assert_eq!(
            (h.code, sorted(&h.stdout, ""), h.stderr),
            (d.code, sorted(&d.stdout, ""), d.stderr),
            "{args:?}"
        );
    }
    let r = c.run(
        false,
        &["stack", "deploy", "--prune", "-c", "01-minimal.yml", "hvkp"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Removing service hvkp_db\n"),
        "{}",
        r.stdout
    );
    let keys: Vec<String> = c.snapshot("hvkp").into_keys().collect();
    assert_eq!(keys, ["network STACK_default", "service STACK_web"]);
    let r = c.run(false, &["stack", "rm", "hvkp"]);
    assert_eq!(
        r.stdout,
        "Removing service hvkp_web\nRemoving network hvkp_default\n"
    );
    c.wait_empty(false, "hvkp");
}

/// `-c -`: the file on stdin (relative paths start at the working directory), deployed by
/// docker and by hvdock: same output, same specs.
fn compose_on_stdin(c: &Cluster) {
    let text = std::fs::read(format!("{}/06-secrets.yml", fixtures())).unwrap();
    let (d, h) = both_stdin(c, "in", &["-"], Some(&text));
    assert!(!d.is_empty(), "docker deployed nothing from stdin");
    assert_eq!(d, h, "-c -: specs differ");
}

/// `-d=false`: docker waits for each service to converge and prints the progress of each (by
/// service ID); `-q` keeps only the deploy's own lines. Exact for `-q`; without it, the lines
/// docker's non-terminal display prints, ending with the convergence of the service.
fn detach_false(c: &Cluster) {
    for quiet in [true, false] {
        let mut runs = Vec::new();
        for docker in [true, false] {
            let stack = format!("hvsk{}wait", if docker { "d" } else { "h" });
            let mut args = vec!["stack", "deploy", "-d=false", "-c", "01-minimal.yml"];
            if quiet {
                args.push("-q");
            }
            args.push(&stack);
            let r = c.run(docker, &args);
            c.remove(docker, &stack);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            // The service's ID, which docker's progress names, differs run by run.
            let stdout: String = r
                .stdout
                .replace(&stack, "STACK")
                .lines()
                .map(|l| match l.strip_prefix("verify: Service ") {
                    Some(rest) if rest.ends_with(" converged") => {
                        "verify: Service ID converged\n".to_string()
                    }
                    _ => format!("{l}\n"),
                })
                .collect();
            runs.push((stdout, r.stderr.replace(&stack, "STACK")));
        }
        let (h, d) = (&runs[1], &runs[0]);
        if quiet {
            assert_eq!(h, d, "-d=false -q: hvdock vs docker (stdout, stderr)");
            continue;
        }
        assert_eq!(h.1, d.1, "-d=false: stderr");
        for (who, out) in [("docker", &d.0), ("hvdock", &h.0)] {
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(
                lines[..2],
                [
                    "Creating network STACK_default",
                    "Creating service STACK_web"
                ],
                "{who}: {out}"
            );
            assert_eq!(
                lines.last(),
                Some(&"verify: Service ID converged"),
                "{who}: {out}"
            );
            assert!(
                lines.contains(&"overall progress: 1 out of 1 tasks"),
                "{who}: {out}"
            );
            for l in &lines[2..] {
                assert!(
                    l.starts_with("overall progress: ")
                        || l.starts_with("verify: ")
                        || l.starts_with("1/1: "),
                    "{who}: unexpected line {l:?} in {out}"
                );
            }
        }
    }
}

/// `--with-registry-auth`: the credentials of the image's registry, from the client's own
/// DOCKER_CONFIG, go to the manager in `X-Registry-Auth` on service create, as docker sends
/// them (compared decoded); without the flag, no such header. Each client talks to the manager
/// through a recording proxy.
fn registry_auth(c: &Cluster) {
    let creds = std::fs::read_to_string(format!(
        "{}/scripts/registry/credentials",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let get = |k: &str| {
        creds
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .unwrap_or_default()
            .to_string()
    };
    let (user, pass) = (get("HVDOCK_REGISTRY_USER"), get("HVDOCK_REGISTRY_PASSWORD"));
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.json"),
        format!(r#"{{"auths": {{"127.0.0.1:5001": {{"auth": "{b64}"}}}}}}"#),
    )
    .unwrap();
    std::fs::write(
        cfg.path().join("auth.yml"),
        "services:\n  web:\n    image: 127.0.0.1:5001/hvsk/busybox:latest\n    command: sleep 1000\n",
    )
    .unwrap();
    let file = cfg.path().join("auth.yml");
    let upstream = c
        .host
        .strip_prefix("unix://")
        .unwrap_or(&c.host)
        .to_string();
    let mut headers = Vec::new();
    for with in [true, false] {
        let mut seen = Vec::new();
        for docker in [true, false] {
            let stack = format!("hvsk{}auth", if docker { "d" } else { "h" });
            let proxy = common::proxy::Proxy::start(&upstream);
            let host = proxy.host();
            let mut args = vec![
                "-H",
                host.as_str(),
                "stack",
                "deploy",
                "--resolve-image",
                "never",
            ];
            if with {
                args.push("--with-registry-auth");
            }
            args.extend(["-c", file.to_str().unwrap(), &stack]);
            let mut cmd = if docker {
                common::docker(&args).expect("reference docker")
            } else {
                common::hvdock(&args)
            };
            cmd.env("DOCKER_CONFIG", cfg.path());
            let r = common::output(cmd, None);
            c.remove(docker, &stack);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            let raw = String::from_utf8_lossy(&proxy.raw()).into_owned();
            let create = raw
                .split("POST /")
                .find(|r| r.contains("/services/create "))
                .expect("a service create")
                .to_string();
            let auth = create
                .split("\r\n\r\n")
                .next()
                .unwrap_or_default()
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(": ")?;
                    k.eq_ignore_ascii_case("X-Registry-Auth")
                        .then(|| v.trim().to_string())
                });
            let decoded = auth.map(|a| {
                let bytes = base64::engine::general_purpose::URL_SAFE
                    .decode(a.as_bytes())
                    .expect("base64url");
                serde_json::from_slice::<Value>(&bytes).expect("auth JSON")
            });
            seen.push(decoded);
        }
        assert_eq!(
            seen[0], seen[1],
            "--with-registry-auth={with}: docker vs hvdock"
        );
        headers.push(seen.remove(0));
    }
    let sent = headers[0].as_ref().expect("docker sent X-Registry-Auth");
    assert_eq!(sent["username"], Value::String(user));
    assert_eq!(headers[1], None, "no header without the flag");
}

#[test]
fn stack_on_a_real_swarm() {
    let Some(c) = Cluster::up() else { return };
    // The external objects 20-external.yml refers to.
    c.run(true, &["network", "create", "-d", "overlay", "hvkt-shared"]);
    let mut sec = c.cmd(true, &["secret", "create", "hvkt-ext-secret", "-"]);
    common::output(
        std::mem::replace(&mut sec, Command::new("true")),
        Some(b"x"),
    );
    bad_input(&c);
    compose_on_stdin(&c);
    detach_false(&c);
    registry_auth(&c);
    prune_ls_services_rm(&c);
    isolation(&c);
    fixture_specs(&c);
}

/// The verb pages are docker's.
#[test]
fn stack_help_is_dockers() {
    for verb in ["config", "deploy", "ls", "ps", "services", "rm"] {
        let Some(d) = common::docker(&["stack", verb, "--help"]) else {
            return;
        };
        let d = common::output(d, None);
        let h = common::output(common::hvdock(&["stack", verb, "--help"]), None);
        assert_eq!(h.code, d.code, "{verb}");
        assert_eq!(h.stdout.replace("hvdock", "docker"), d.stdout, "{verb}");
    }
}
