//! The create request hvdock sends, compared with the one the reference docker sends for the
//! same flags (both recorded by a proxy in front of the real engine), and docker's wording for
//! flag values it refuses.

mod common;

use common::proxy::Proxy;
use common::{hvdock, normalise, output, reference, require, Need, Scope, IMAGE, SOCKET};
use serde_json::Value;

/// Flag combinations; `IMG` is the test image, `FILES` the fixture directory, `CID` a fresh
/// cidfile path.
const CASES: &[&str] = &[
    "IMG",
    "-e HVDOCK_TEST_UNSET_VAR -e A=1 -e B=2 -e A=3 IMG",
    "-v /tmp:/x:ro -v named-hvt:/y -v /anon -v ./rel:/z -v /anon IMG",
    "-p 127.0.0.1:8080:80/udp -p 8000-8002:9000-9002 --expose 7000-7001 --expose 53/udp -P IMG",
    "-p [::1]:80:80 -p 80-81:90 -p 9000 -p published=8081,target=81,protocol=udp IMG",
    "--mount type=bind,src=/tmp,dst=/x,readonly,bind-propagation=rshared IMG",
    "--mount type=volume,src=data-hvt,dst=/d,volume-label=a=b,volume-nocopy --mount dst=/anon2 IMG",
    "--mount type=tmpfs,dst=/t,tmpfs-size=64m,tmpfs-mode=1770 --mount type=bind,\"src=/tmp\",dst=/q,bind-nonrecursive IMG",
    "--tmpfs /run:rw,size=64m --tmpfs /x IMG",
    "-m 512m --memory-swap -1 --memory-reservation 256m --shm-size 64m IMG",
    "--cpus 1.5 --cpu-shares 512 --cpu-period 100000 --cpu-quota 50000 --cpuset-cpus 0 --cpuset-mems 0 IMG",
    "--ulimit nofile=1024:2048 --ulimit nproc=512 --ulimit nofile=10:20 IMG",
    "--restart on-failure:3 IMG",
    "--restart unless-stopped IMG",
    "--restart bogus IMG",
    "--rm IMG",
    "--device /dev/null:/dev/x:rw --device /dev/zero --device /dev/./full:r --device-cgroup-rule c_1:3_rwm IMG",
    "--add-host db:10.0.0.2 --add-host gw:host-gateway --add-host v6=[::1] --dns 8.8.8.8 --dns 0:0:0:0:0:0:0:1 --dns-search example.com. --dns-option ndots:2 IMG",
    "--sysctl net.ipv4.ip_forward=1 --log-driver json-file --log-opt max-size=1m --log-opt max-file=3 IMG",
    "--security-opt label=disable --security-opt no-new-privileges --security-opt systempaths=unconfined --security-opt seccomp=FILES/seccomp.json IMG",
    "--cap-add net_admin --cap-add SYS_TIME --cap-add NET_ADMIN --cap-drop all --privileged --read-only --init IMG",
    "--network host IMG",
    "--network hvt-missing-net --network-alias web --ip 10.1.0.5 --ip6 2001:db8::33 --link db:db IMG",
    "--network name=hvt-missing-net,alias=a1,driver-opt=k=v --network other IMG",
    "--network bridge --link db:alias IMG",
    "-i -t IMG",
    "-a stdin -a STDOUT IMG",
    "-i IMG sh -c true",
    "--health-cmd true --health-interval 1m30s --health-timeout 500ms --health-retries 3 --health-start-period 1h IMG",
    "--no-healthcheck IMG",
    "--entrypoint= IMG",
    "--isolation default --runtime runc IMG",
    "--mount type=foo,dst=/x IMG",
    "--mount type=bind,src=/tmp,dst=/x,bind-propagation=weird IMG",
    "--hostname h --domainname d --user 1000:1000 --workdir /w --stop-signal SIGINT --stop-timeout 5 --pid host --uts host --cgroupns private --ipc shareable IMG",
    "--oom-score-adj 100 --pids-limit 100 --memory-swappiness 10 --group-add 10 --volume-driver local --cidfile CID IMG",
    "--env-file FILES/env.list -e X=1 --label-file FILES/labels.list -l a=b -l c IMG",
    "--blkio-weight 300 --blkio-weight-device /dev/null:200 --device-read-bps /dev/null:1mb --device-write-bps /dev/null:10k --device-read-iops /dev/null:1000 --device-write-iops /dev/null:2000 IMG",
    "--cpu-rt-period 1000 --cpu-rt-runtime 500 --kernel-memory 64m --disable-content-trust IMG",
    "--gpus all IMG",
    "--gpus \"capabilities=compute,utility\",count=2,driver=nvidia,options=a=b --device /dev/null IMG",
    "--link-local-ip 169.254.1.1 --link-local-ip fe80::1 IMG",
    "--network hvt-missing-net --link-local-ip 169.254.1.1 IMG",
];

/// Volumes the cases name (removed afterwards).
const NAMED_VOLUMES: &[&str] = &["named-hvt", "data-hvt"];

/// Fixture files and a working directory (for `./rel`).
fn fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let write =
        |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("fixture");
    write("env.list", "# env\nFILE_A=1\n\nFILE_B=two words\nHOME\n");
    write("labels.list", "lab1=x\n# c\nlab2\n");
    write(
        "seccomp.json",
        "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"syscalls\": [ ]\n}\n",
    );
    dir
}

fn args_for(case: &str, files: &str, cid: &str, label: &str) -> Vec<String> {
    let mut args = vec!["create".to_string(), "--label".into(), label.to_string()];
    for word in case.split(' ') {
        let word = word
            .replace("IMG", IMAGE)
            .replace("FILES", files)
            .replace("CID", cid);
        // the device cgroup rule contains spaces; cases spell them `_`
        args.push(if word.starts_with("c_") {
            word.replace('_', " ")
        } else {
            word
        });
    }
    args
}

/// The JSON body of the last `POST .../containers/create` in a proxy's log.
fn create_body(raw: &[u8]) -> Option<Value> {
    let text = String::from_utf8_lossy(raw);
    let at = text.rfind("/containers/create")?;
    let rest = &text[at..];
    let (head, body) = rest.split_once("\r\n\r\n")?;
    let len = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().to_string())
        })
        .and_then(|v| v.parse::<usize>().ok());
    let body = match len {
        Some(n) => body.get(..n)?.to_string(),
        None => dechunk(body),
    };
    serde_json::from_str(&body).ok()
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(rest.get(..n).unwrap_or(""));
        s = rest.get(n + 2..).unwrap_or("");
    }
    out
}

/// Drops nulls (bollard omits what Go sends as null) and orders the lists docker builds by
/// walking a Go map, whose order changes from one run of docker to the next (seen: `Env`, `Binds`,
/// `Ulimits`). The map also folds a repeated key into one entry: sorting keeps every entry and
/// its value, so which duplicate wins (`-e A=1 -e A=3` → `A=3`) and any extra entry still show.
fn normalised(v: &Value, key: &str) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k.clone(), normalised(x, k)))
                .collect(),
        ),
        Value::Array(a) => {
            let mut items: Vec<Value> = a.iter().map(|x| normalised(x, "")).collect();
            if matches!(key, "Env" | "Binds" | "Ulimits") {
                items.sort_by_key(|x| x.to_string());
            }
            Value::Array(items)
        }
        other => other.clone(),
    }
}

struct Sent {
    body: Option<Value>,
    code: i32,
}

fn send(mut cmd: std::process::Command, args: &[String], cwd: &std::path::Path) -> Sent {
    let proxy = Proxy::start(SOCKET);
    cmd.arg("-H")
        .arg(proxy.host())
        .args(args)
        .current_dir(cwd)
        .env_remove("HVDOCK_TEST_UNSET_VAR");
    let run = output(cmd, None);
    Sent {
        body: create_body(&proxy.raw()),
        code: run.code,
    }
}

#[test]
fn create_bodies_match_the_reference_client() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("create-request");
    let files = fixtures();
    let dir = files.path().to_string_lossy().into_owned();
    let mut failures = Vec::new();
    for case in CASES {
        let docker_cid = format!("{dir}/cid-docker-{}", case.len());
        let hv_cid = format!("{dir}/cid-hvdock-{}", case.len());
        let theirs = send(
            reference(&[]),
            &args_for(case, &dir, &docker_cid, &scope.label()),
            files.path(),
        );
        let ours = send(
            hvdock(&[]),
            &args_for(case, &dir, &hv_cid, &scope.label()),
            files.path(),
        );
        let want = theirs.body.map(|b| normalised(&b, ""));
        let got = ours
            .body
            .map(|b| {
                serde_json::from_str(&b.to_string().replace(&hv_cid, &docker_cid))
                    .unwrap_or(Value::Null)
            })
            .map(|b| normalised(&b, ""));
        if want.is_none() || want != got || theirs.code != ours.code {
            failures.push(format!(
                "{case}\n  docker ({}): {}\n  hvdock ({}): {}",
                theirs.code,
                want.map(|w| w.to_string()).unwrap_or_default(),
                ours.code,
                got.map(|g| g.to_string()).unwrap_or_default()
            ));
        }
    }
    // the named volumes the cases create go once their containers are gone
    drop(scope);
    for volume in NAMED_VOLUMES {
        common::api("DELETE", &format!("/volumes/{volume}"), None);
    }
    assert!(CASES.len() >= 25);
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Values docker refuses while parsing flags: same message, usage block and exit code.
#[test]
fn flag_value_errors_match_the_reference_client() {
    if !require(Need::Docker) {
        return;
    }
    let bad: &[&[&str]] = &[
        &["-m", "abc"],
        &["-m", "1zb"],
        &["--memory-swap", "-2"],
        &["--shm-size", "1.2.3m"],
        &["--cpus", "abc"],
        &["--cpus", "0.0000000001"],
        &["--ulimit", "x"],
        &["--ulimit", "nofile=a"],
        &["--ulimit", "foo=1"],
        &["--ulimit", "nofile=2:1"],
        &["--mount", "type=foo"],
        &["--mount", "type=bind,dst=/x,foo=1"],
        &["--mount", "type=bind,dst=/x,volume-opt=a=b"],
        &["--health-interval", "x"],
        &["--health-timeout", "1d"],
        &["-a", "foo"],
        &["--add-host", "foo"],
        &["--add-host", "db:1.2.3"],
        &["--dns", "1.2.3"],
        &["--dns-search=-x"],
        &["--sysctl", "kernel.foo=1"],
        &["--link", "a:b:c"],
        &["-e", "=x"],
        &["-l", "=x"],
        &["--device-cgroup-rule", "x"],
        &["--network", "a=b"],
        &["--network", "alias=x"],
    ];
    for flags in bad {
        let mut args = vec!["create"];
        args.extend_from_slice(flags);
        args.push(IMAGE);
        let theirs = output(reference(&args), None);
        let ours = output(hvdock(&args), None);
        assert_eq!(ours.code, 125, "{flags:?}: {}", ours.stderr);
        assert_eq!(
            (normalise(&ours.stderr), ours.code),
            (theirs.stderr.clone(), theirs.code),
            "{flags:?}"
        );
    }
}

#[test]
fn body_extraction_reads_length_and_chunks() {
    let raw = b"GET /_ping HTTP/1.1\r\n\r\nPOST /v1.41/containers/create HTTP/1.1\r\nContent-Length: 8\r\n\r\n{\"a\":1}\n";
    assert_eq!(create_body(raw), Some(serde_json::json!({"a": 1})));
    let chunked = b"POST /v1.41/containers/create HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"b\":2}\r\n0\r\n\r\n";
    assert_eq!(create_body(chunked), Some(serde_json::json!({"b": 2})));
    let v = normalised(
        &serde_json::json!({"Env": ["B=1", "A=2", "A=2"], "Cmd": ["b", "a"], "X": null}),
        "",
    );
    assert_eq!(
        v,
        serde_json::json!({"Env": ["A=2", "A=2", "B=1"], "Cmd": ["b", "a"]})
    );
}
