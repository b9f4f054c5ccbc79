//! `service update`'s `-add`/`-rm` flags, `--cap-add`/`--cap-drop`, `--credential-spec` and
//! the generic resources, and `swarm ca --rotate`'s progress display (on a pipe and on a
//! terminal), on a real two-node Swarm (scripts/cluster.sh, prefix hvsw). For updates, two
//! services made alike by the reference docker, one updated by hvdock and one by docker with
//! the same flags, step by step; after each step both specs must be equal. Errors of the same
//! updates are compared byte for byte. One test drives the phases so the cluster is started
//! once and always torn down.

mod common;
mod service_support;

use common::{normalise, output, IMAGE};
use service_support::Cluster;

const A: &str = "hvsw-upd-a";
const B: &str = "hvsw-upd-b";

/// A service's spec as JSON, its name replaced; the lists docker builds from a Go map (Env
/// after `--env-add`, the generic resources, the secrets and configs it looks up) sorted, as
/// their order differs from run to run.
fn spec(c: &Cluster, name: &str) -> serde_json::Value {
    let text = c
        .docker_ok(&["service", "inspect", "--format", "{{json .Spec}}", name])
        .replace(name, "NAME");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("spec JSON");
    for p in [
        "/TaskTemplate/ContainerSpec/Env",
        "/TaskTemplate/Resources/Reservations/GenericResources",
        "/TaskTemplate/ContainerSpec/Secrets",
        "/TaskTemplate/ContainerSpec/Configs",
    ] {
        if let Some(serde_json::Value::Array(list)) = v.pointer_mut(p) {
            list.sort_by_key(|a| a.to_string());
        }
    }
    v
}

/// Runs `service update FLAGS` through hvdock on A and docker on B: same exit code, same
/// stderr, and the two specs equal afterwards.
fn update_alike(c: &Cluster, flags: &[&str]) {
    let args = |name| {
        let mut v = vec!["service", "update", "-d"];
        v.extend_from_slice(flags);
        v.push(name);
        v
    };
    let h = c.run(&args(A));
    let d = output(c.dk(&args(B)), None);
    assert_eq!(
        (h.code, normalise(&h.stderr).replace(A, "S")),
        (d.code, normalise(&d.stderr).replace(B, "S")),
        "update {flags:?}"
    );
    let pretty = |v| serde_json::to_string_pretty(&v).expect("JSON");
    assert_eq!(
        pretty(spec(c, A)),
        pretty(spec(c, B)),
        "spec after update {flags:?}"
    );
}

fn create_pair(c: &Cluster, flags: &[&str]) {
    c.rm(&[A, B]);
    for name in [A, B] {
        let mut args = vec![
            "service",
            "create",
            "-d",
            "-q",
            "--replicas",
            "0",
            "--name",
            name,
        ];
        args.extend_from_slice(flags);
        args.extend_from_slice(&[IMAGE, "sleep", "1000"]);
        c.docker_ok(&args);
    }
}

/// Secrets, configs and overlay networks the services refer to (through the API).
fn objects(c: &Cluster) {
    for (kind, name) in [
        ("secrets", "hvsw-s1"),
        ("secrets", "hvsw-s2"),
        ("configs", "hvsw-c1"),
        ("configs", "hvsw-c2"),
        ("configs", "hvsw-cred"),
    ] {
        let (code, _) = c.call(
            0,
            "POST",
            &format!("/{kind}/create"),
            Some(&format!(r#"{{"Name":"{name}","Data":"e30="}}"#)),
        );
        assert!(code == 201 || code == 409, "{kind} create: {code}");
    }
    for name in ["hvsw-n1", "hvsw-n2"] {
        let (code, _) = c.call(
            0,
            "POST",
            "/networks/create",
            Some(&format!(
                r#"{{"Name":"{name}","Driver":"overlay","CheckDuplicate":true}}"#
            )),
        );
        assert!(code == 201 || code == 409, "network create: {code}");
    }
}

fn remove_objects(c: &Cluster) {
    c.rm(&[A, B, "hvsw-cr-a", "hvsw-cr-b"]);
    for path in [
        "/secrets/hvsw-s1",
        "/secrets/hvsw-s2",
        "/configs/hvsw-c1",
        "/configs/hvsw-c2",
        "/configs/hvsw-cred",
        "/networks/hvsw-n1",
        "/networks/hvsw-n2",
    ] {
        c.call(0, "DELETE", path, None);
    }
}

/// `service create --credential-spec` / `--generic-resource`: hvdock's spec equals docker's.
fn create_credential_spec_and_generic_resources(c: &Cluster) {
    for flags in [
        &[
            "--credential-spec",
            "config://hvsw-cred",
            "--config",
            "hvsw-c1",
            "--generic-resource",
            "gpu=2",
            "--generic-resource",
            "fpga=1",
        ][..],
        &["--credential-spec", "file://spec.json"],
        &["--credential-spec", "registry://HKLM\\x"],
        &["--credential-spec", ""],
    ] {
        c.rm(&["hvsw-cr-a", "hvsw-cr-b"]);
        let args = |name| {
            let mut v = vec!["service", "create", "-d", "-q", "--replicas", "0"];
            v.extend_from_slice(&["--name", name]);
            v.extend_from_slice(flags);
            v.push(IMAGE);
            v
        };
        let h = c.run(&args("hvsw-cr-a"));
        assert_eq!(h.code, 0, "{flags:?}: {}", h.stderr);
        c.docker_ok(&args("hvsw-cr-b"));
        let a = spec(c, "hvsw-cr-a").to_string().replace("hvsw-cr-a", "N");
        let b = spec(c, "hvsw-cr-b").to_string().replace("hvsw-cr-b", "N");
        assert_eq!(a, b, "create {flags:?}");
    }
    c.rm(&["hvsw-cr-a", "hvsw-cr-b"]);
    // docker's messages for bad values (flag parsing, the generic resource parser, a config
    // that does not exist).
    for flags in [
        &["--credential-spec", "bogus"][..],
        &["--credential-spec", "config://hvsw-nope"],
        &["--generic-resource", "gpu"],
        &["--generic-resource", "gpu=a"],
        &["--generic-resource", "gpu=1", "--generic-resource", "gpu=2"],
        &["--generic-resource", "gpu=-1"],
        &["--generic-resource", "gpu=1=2"],
    ] {
        let mut args = vec!["service", "create", "-d", "--name", "hvsw-bad"];
        args.extend_from_slice(flags);
        args.push(IMAGE);
        let h = c.run(&args);
        let d = output(c.dk(&args), None);
        assert_eq!(
            (h.code, h.stdout, normalise(&h.stderr)),
            (d.code, d.stdout, normalise(&d.stderr)),
            "create {flags:?}"
        );
    }
}

/// Every `-rm` flag (and the `-add` ones against them) as docker's `updateService` applies it.
fn remove_and_add_flags(c: &Cluster) {
    create_pair(
        c,
        &[
            "--env",
            "A=1",
            "--env",
            "B=2",
            "-l",
            "a=1",
            "-l",
            "b=2",
            "--container-label",
            "c=1",
            "--container-label",
            "d=2",
            "--mount",
            "type=tmpfs,dst=/t1",
            "--mount",
            "type=volume,src=zvol,dst=/v",
            "--mount",
            "type=volume,src=avol,dst=/w",
            "-p",
            "80",
            "-p",
            "81/udp",
            "-p",
            "published=18092,target=82,mode=host",
            "--secret",
            "hvsw-s1",
            "--secret",
            "hvsw-s2",
            "--config",
            "hvsw-c1",
            "--config",
            "source=hvsw-c2,target=/c2",
            "--constraint",
            "node.role==manager",
            "--constraint",
            "node.hostname!=x",
            "--placement-pref",
            "spread=node.labels.a",
            "--placement-pref",
            "spread=node.labels.b",
            "--dns",
            "8.8.8.8",
            "--dns",
            "1.1.1.1",
            "--dns-option",
            "ndots:2",
            "--dns-option",
            "debug",
            "--dns-search",
            "b.example",
            "--dns-search",
            "a.example",
            "--host",
            "h1:10.0.0.1",
            "--host",
            "h2:10.0.0.1",
            "--host",
            "h1:10.0.0.3",
            "--group",
            "200",
            "--group",
            "100",
            "--network",
            "hvsw-n1",
            "--network",
            "hvsw-n2",
            "--ulimit",
            "nproc=50:60",
            "--ulimit",
            "nofile=100:200",
            "--generic-resource",
            "gpu=2",
            "--generic-resource",
            "fpga=1",
            "--sysctl",
            "net.core.somaxconn=1024",
            "--sysctl",
            "net.ipv4.ip_forward=1",
            "--cap-add",
            "NET_ADMIN",
            "--cap-drop",
            "CHOWN",
        ],
    );
    let steps: &[&[&str]] = &[
        // Each -rm alone.
        &["--env-rm", "A"],
        &["--label-rm", "a"],
        &["--container-label-rm", "c"],
        &["--mount-rm", "/t1"],
        &["--publish-rm", "80"],
        &["--publish-rm", "target=82,mode=host"],
        &["--secret-rm", "hvsw-s1"],
        &["--config-rm", "hvsw-c1"],
        &["--constraint-rm", "node.role==manager"],
        &["--placement-pref-rm", "spread=node.labels.a"],
        &["--dns-rm", "1.1.1.1"],
        &["--dns-option-rm", "debug"],
        &["--dns-search-rm", "a.example"],
        &["--host-rm", "h1:10.0.0.1"],
        &["--group-rm", "100"],
        &["--network-rm", "hvsw-n1"],
        &["--ulimit-rm", "nofile"],
        &["--generic-resource-rm", "gpu"],
        &["--sysctl-rm", "net.core.somaxconn=1"],
        // The capabilities' tri-state: a dropped one added only leaves the drop list, an
        // added one dropped only leaves the add list.
        &["--cap-add", "chown", "--cap-drop", "net_admin"],
        &["--cap-add", "CHOWN", "--cap-drop", "SYS_TIME"],
        &[
            "--cap-add",
            "sys_time",
            "--cap-drop",
            "MKNOD",
            "--cap-drop",
            "NET_RAW",
        ],
        &["--cap-add", "RESET", "--cap-add", "NET_RAW"],
        &["--cap-drop", "RESET", "--cap-add", "ALL"],
        // Adds against removes of the same entry, duplicates, order.
        &["--label-add", "a=2", "--label-rm", "a"],
        &[
            "--constraint-add",
            "node.labels.z==1",
            "--constraint-rm",
            "node.labels.z==1",
        ],
        &[
            "--constraint-add",
            "node.labels.b==1",
            "--constraint-add",
            "node.labels.a==1",
        ],
        &["--publish-add", "83", "--publish-rm", "81/udp"],
        &[
            "--publish-add",
            "81/udp",
            "--publish-add",
            "published=18094,target=84,mode=host",
        ],
        &[
            "--publish-add",
            "target=82,published=18092,mode=host",
            "--publish-rm",
            "82",
        ],
        &["--publish-rm", "83/tcp"],
        &["--mount-add", "type=tmpfs,dst=/t2", "--mount-rm", "/w"],
        &["--mount-add", "type=volume,src=bvol,dst=/v"],
        &["--host-add", "h3:10.0.0.9", "--host-rm", "h1"],
        &["--host-add", "h3:10.0.0.9", "--host-add", "h4:10.0.0.1"],
        &[
            "--dns-add",
            "1.1.1.1",
            "--dns-add",
            "8.8.8.8",
            "--dns-add",
            "4.4.4.4",
        ],
        &["--dns-option-add", "debug", "--dns-search-add", "c.example"],
        &[
            "--group-add",
            "300",
            "--group-add",
            "50",
            "--group-add",
            "300",
        ],
        &["--ulimit-add", "core=1:2", "--ulimit-rm", "nproc"],
        &[
            "--generic-resource-add",
            "gpu=3",
            "--generic-resource-add",
            "fpga=4",
        ],
        &["--network-add", "hvsw-n1"],
        &["--network-rm", "hvsw-n2", "--network-rm", "hvsw-n1"],
        &[
            "--placement-pref-add",
            "spread=node.labels.a",
            "--placement-pref-add",
            "spread=node.labels.a",
        ],
        &[
            "--sysctl-add",
            "net.core.somaxconn=7",
            "--sysctl-rm",
            "net.ipv4.ip_forward",
        ],
        &["--env-add", "A=9", "--env-rm", "B", "--env-add", "C=3"],
        &["--secret-add", "hvsw-s1", "--secret-rm", "hvsw-s2"],
        &[
            "--config-add",
            "source=hvsw-c1,target=/c1",
            "--config-rm",
            "hvsw-c2",
        ],
        // Errors: docker's message, nothing changed.
        &["--generic-resource-rm", "nope"],
        &["--network-add", "hvsw-n1", "--network-add", "hvsw-n1"],
        &["--network-rm", "hvsw-nope"],
        &[
            "--mount-add",
            "type=tmpfs,dst=/x",
            "--mount-add",
            "type=tmpfs,dst=/x",
        ],
        &["--generic-resource-add", "gpu=x"],
        &["--rollback", "--dns-add", "1.1.1.1"],
        &["--rollback", "--generic-resource-rm", "gpu"],
    ];
    for flags in steps {
        update_alike(c, flags);
    }
    // A plain update re-sorts the mounts and ulimits as docker does.
    update_alike(c, &["--force"]);
}

/// `--credential-spec` on update: a config credential spec adds its runtime config reference,
/// which stays while the spec names it and goes when it is replaced or removed.
fn update_credential_spec(c: &Cluster) {
    create_pair(c, &["--config", "hvsw-c1"]);
    for flags in [
        &["--credential-spec", "config://hvsw-cred"][..],
        &["--config-rm", "hvsw-c1"],
        &["--config-add", "hvsw-c2"],
        &["--credential-spec", "config://hvsw-cred"],
        &["--credential-spec", "file://x.json"],
        &["--credential-spec", "config://hvsw-cred"],
        &["--credential-spec", ""],
        &["--credential-spec", "registry://r"],
        &["--credential-spec", "config://hvsw-nope"],
    ] {
        update_alike(c, flags);
    }
}

/// sha256 of a text, as docker's `digest.FromBytes` shows it.
fn digest_of(text: &str) -> String {
    let out = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().expect("stdin").write_all(text.as_bytes())?;
            c.wait_with_output()
        })
        .expect("sha256sum");
    String::from_utf8_lossy(&out.stdout)[..64].to_string()
}

/// The output of `swarm ca --rotate` on a pipe, in the terms it can be compared: the digest
/// lines (repeated at every look, one per 200 ms, and before the rotation reaches the nodes
/// showing the old root) collapsed into one, the root certificate as "PEM". The last digest
/// shown must be the digest of the root printed at the end.
fn rotation_shape(out: &str) -> Vec<String> {
    let (progress, pem) = out
        .split_once("-----BEGIN CERTIFICATE-----")
        .expect("the new root certificate");
    let root = format!("-----BEGIN CERTIFICATE-----{pem}");
    assert!(root.ends_with("-----END CERTIFICATE-----\n"), "{out}");
    let last = progress.lines().last().expect("progress lines");
    assert_eq!(
        last,
        format!("desired root digest: sha256:{}", digest_of(&root)),
        "{out}"
    );
    let mut shape: Vec<String> = progress
        .lines()
        .map(|l| match l.strip_prefix("desired root digest: sha256:") {
            Some(_) => "desired root digest: sha256:D".to_string(),
            None => l.to_string(),
        })
        .collect();
    shape.dedup();
    shape.push("PEM".into());
    shape
}

/// `swarm ca --rotate` without `-d`: on a pipe, docker's plain lines; on a terminal the two
/// progress bars (`  rotated TLS certificates:  [==...] 2/2 nodes`), drawn by indicatif.
fn ca_rotation_progress(c: &Cluster) {
    let h = c.run(&["swarm", "ca", "--rotate"]);
    let d = output(c.dk(&["swarm", "ca", "--rotate"]), None);
    assert_eq!((h.code, h.stderr.as_str()), (0, ""));
    assert_eq!((d.code, d.stderr.as_str()), (0, ""));
    assert_eq!(rotation_shape(&h.stdout), rotation_shape(&d.stdout));
    assert_eq!(
        rotation_shape(&h.stdout)[..4],
        [
            "desired root digest: ",
            "  rotated TLS certificates: ",
            "  rotated CA certificates:  ",
            "desired root digest: sha256:D",
        ]
    );
    // On a terminal wide enough for docker's bars (over 110 columns): both show them, aligned,
    // and finish with every node counted, then the new root.
    for cmd in [
        c.hv(&["swarm", "ca", "--rotate"]),
        c.dk(&["swarm", "ca", "--rotate"]),
    ] {
        let what = format!("{cmd:?}");
        let mut pty = common::pty::Pty::spawn(cmd, 30, 130);
        let (code, screen) = pty.finish(std::time::Duration::from_secs(120));
        assert_eq!(code, Some(0), "{what}: {screen}");
        for want in [
            "  rotated TLS certificates:  [",
            "  rotated CA certificates:   [",
            "] 2/2 nodes",
            "desired root digest: sha256:",
            "-----END CERTIFICATE-----",
        ] {
            assert!(screen.contains(want), "{what}: no {want:?} in {screen:?}");
        }
    }
}

/// `service ps` (its calls overlapped, the daemon resolving the references): the rows docker
/// shows for IDs, ID prefixes, names, references not found, node and service filters.
fn ps_like_docker(c: &Cluster) {
    for name in ["hvsw-ps1", "hvsw-ps2"] {
        c.docker_ok(&[
            "service", "create", "-d", "-q", "--name", name, IMAGE, "sleep", "1000",
        ]);
    }
    c.running_nodes("hvsw-ps1", 1);
    c.running_nodes("hvsw-ps2", 1);
    let id = c.docker_ok(&["service", "inspect", "-f", "{{.ID}}", "hvsw-ps1"]);
    let id = id.trim();
    let format = "{{.Name}} {{.Node}} {{.Image}} {{.DesiredState}} {{.Error}} {{.Ports}}";
    for refs in [
        &["hvsw-ps1"][..],
        &["hvsw-ps1", "hvsw-ps2"],
        &["hvsw-ps2", "nope", "hvsw-ps1"],
        &["nope"],
        &["hvsw-ps"],
        &[id],
        &[&id[..5]],
        &["--filter", "node=hvsw1", "hvsw-ps1", "hvsw-ps2"],
        &["--filter", "node=nope", "hvsw-ps1"],
        &["--filter", "service=hvsw-ps2", "hvsw-ps1"],
        &["--filter", "desired-state=bogus", "hvsw-ps1"],
        &["--no-resolve", "hvsw-ps1"],
    ] {
        let mut args = vec!["service", "ps", "--format", format];
        args.extend_from_slice(refs);
        let h = c.run(&args);
        let d = output(c.dk(&args), None);
        assert_eq!(
            (h.code, h.stdout, normalise(&h.stderr)),
            (d.code, d.stdout, normalise(&d.stderr)),
            "{args:?}"
        );
    }
    c.rm(&["hvsw-ps1", "hvsw-ps2"]);
}

#[test]
fn service_update_flags_and_ca_rotation_like_docker() {
    let Some(c) = Cluster::up_as("hvsw", "10.213.40") else {
        return;
    };
    remove_objects(&c);
    c.rm(&["hvsw-ps1", "hvsw-ps2"]);
    ps_like_docker(&c);
    objects(&c);
    create_credential_spec_and_generic_resources(&c);
    remove_and_add_flags(&c);
    update_credential_spec(&c);
    remove_objects(&c);
    ca_rotation_progress(&c);
}
