//! A daemon whose answers are well-formed JSON of the wrong shape, or bodies docker never reads:
//! hvdock fails in Go's words with docker 28.2.2's own type names (`json: cannot unmarshal
//! object into Go value of type []container.Summary`, `... Go struct field
//! Port.Ports.PrivatePort of type uint16`), reads image inspect whole as docker does (`unexpected
//! end of JSON input`), and succeeds whatever the body where docker ignores it (rm, kill, tag,
//! ...). Every case runs through hvdock and the reference client on the same fake daemon and
//! compares stdout, stderr and exit code exactly.

mod common;

use common::fake_daemon::FakeDaemon;
use common::*;

/// Runs each command through both clients against a daemon answering `doc` to every request.
fn matrix(doc: &str, commands: &[&[&str]]) {
    let fake = FakeDaemon::answering("/", doc.to_string());
    let host = fake.host();
    for c in commands {
        let mut args = vec!["-H", host.as_str()];
        args.extend_from_slice(c);
        let mut ours = run(&args);
        if let Some(theirs) = docker(&args) {
            let mut theirs = output(theirs, None);
            // A logrus line's time is the clock's, not the client's.
            ours.stderr = untimed(&ours.stderr);
            theirs.stderr = untimed(&theirs.stderr);
            assert_same(&format!("{c:?} answered {doc}"), &ours, &theirs);
        }
    }
}

/// logrus's `time="..."` field blanked.
fn untimed(s: &str) -> String {
    s.lines()
        .map(
            |l| match l.strip_prefix("time=\"").and_then(|r| r.split_once('"')) {
                Some((_, rest)) => format!("time=\"\"{rest}\n"),
                None => format!("{l}\n"),
            },
        )
        .collect()
}

/// hvdock alone against a daemon answering `doc`: (exit code, stdout, stderr).
fn ours(doc: &str, command: &[&str]) -> (i32, String, String) {
    ours_with_status(200, doc, command)
}

const READERS: &[&[&str]] = &[
    &["ps"],
    &["images"],
    &["network", "ls"],
    &["volume", "ls"],
    &["container", "inspect", "x"],
    &["image", "inspect", "x"],
    &["network", "inspect", "x"],
    &["volume", "inspect", "x"],
    &["inspect", "x"],
    &["inspect", "--format", "{{.Id}}", "x"],
    &["version", "--format", "{{.Server.Version}}"],
    &["info", "--format", "{{.Containers}}"],
    &["create", IMAGE],
    &["run", "-d", IMAGE, "true"],
    &["wait", "c"],
];

#[test]
fn answers_of_the_wrong_kind_fail_with_dockers_type_names() {
    for doc in ["[5]", "\"x\"", "[]", "5", "true", "[{}]"] {
        matrix(doc, READERS);
    }
    // `{}` is the right kind for all but `run -d`: docker panics on a create answer without
    // an ID (see `create_answers_without_an_id_as_docker_takes_them`).
    let runs = |c: &&[&str]| c.first() != Some(&"run");
    let readers: Vec<&[&str]> = READERS.iter().copied().filter(runs).collect();
    matrix("{}", &readers);
    // `version` fills docker's struct: what the daemon left out is a zero value.
    for doc in ["{}", "null", r#"{"Version":"1","Extra":2}"#] {
        matrix(
            doc,
            &[
                &[
                    "version",
                    "--format",
                    "{{.Server.KernelVersion}}|{{.Server.APIVersion}}",
                ],
                &["version", "--format", "{{.Server}}"],
                &["version", "--format", "{{json .Server}}"],
                &["version", "--format", "{{.Server.Bogus}}"],
            ],
        );
    }
    // docker's `volume inspect` prints the struct it decoded, not the answer.
    matrix(
        r#"{"Name":"v","Extra":1}"#,
        &[
            &["volume", "inspect", "x"],
            &["volume", "inspect", "--format", "json", "x"],
        ],
    );
    assert_eq!(
        ours("{}", &["ps"]),
        (
            1,
            String::new(),
            "json: cannot unmarshal object into Go value of type []container.Summary\n".into()
        )
    );
    assert_eq!(
        ours("[]", &["container", "inspect", "x"]),
        (
            1,
            "[]\n".into(),
            "json: cannot unmarshal array into Go value of type container.InspectResponse\n".into()
        )
    );
}

#[test]
fn fields_of_the_wrong_type_name_the_struct_and_the_path() {
    let cases: &[(&str, &[&[&str]])] = &[
        (r#"[{"Id":5}]"#, &[&["ps"], &["images"], &["network", "ls"]]),
        (r#"[{"Ports":[{"PrivatePort":"x"}]}]"#, &[&["ps"]]),
        (r#"[{"Ports":[{"PrivatePort":70000}]}]"#, &[&["ps"]]),
        (r#"[{"Ports":[5]}]"#, &[&["ps"]]),
        (r#"[{"Labels":{"a":5}}]"#, &[&["ps"], &["images"]]),
        (r#"[{"Created":1.5}]"#, &[&["ps"], &["images"]]),
        (r#"[{"HostConfig":{"NetworkMode":5}}]"#, &[&["ps"]]),
        (r#"[{"HostConfig":5}]"#, &[&["ps"]]),
        (r#"[{"Mounts":[{"Type":5}]}]"#, &[&["ps"]]),
        (
            r#"[{"NetworkSettings":{"Networks":{"b":{"IPPrefixLen":"x"}}}}]"#,
            &[&["ps"]],
        ),
        (r#"[{"Manifests":5}]"#, &[&["images"]]),
        (r#"[{"Size":"x"}]"#, &[&["images"]]),
        (
            r#"[{"IPAM":{"Config":[{"Subnet":5}]}}]"#,
            &[&["network", "ls"]],
        ),
        (r#"[{"Created":5}]"#, &[&["network", "ls"]]),
        (r#"{"Volumes":{}}"#, &[&["volume", "ls"]]),
        (r#"{"Volumes":[{"Name":5}]}"#, &[&["volume", "ls"]]),
        (
            r#"{"Warnings":"x"}"#,
            &[&["volume", "ls"], &["create", IMAGE]],
        ),
        (
            r#"{"Id":5,"Name":6}"#,
            &[
                &["container", "inspect", "x"],
                &["inspect", "x"],
                &["create", IMAGE],
                &["run", "-d", IMAGE, "true"],
            ],
        ),
        (
            r#"{"State":{"Pid":"x"}}"#,
            &[&["container", "inspect", "x"]],
        ),
        (r#"{"Config":[]}"#, &[&["container", "inspect", "x"]]),
        (
            r#"{"NetworkSettings":{"Bridge":5,"Ports":[]}}"#,
            &[&["container", "inspect", "x"]],
        ),
        (
            r#"{"HostConfig":{"Memory":"x"}}"#,
            &[&["container", "inspect", "x"]],
        ),
        // strslice.StrSlice: a string is a list of one; anything else stops the decoding.
        (
            r#"{"Id":5,"Config":{"Cmd":5}}"#,
            &[
                &["container", "inspect", "x"],
                &["inspect", "--format", "{{.Id}}", "x"],
            ],
        ),
        (
            r#"{"Config":{"Cmd":[1]}}"#,
            &[&["container", "inspect", "x"]],
        ),
        (
            r#"{"Config":{"Cmd":"ls"}}"#,
            &[&[
                "container",
                "inspect",
                "--format",
                "{{json .Config.Cmd}}",
                "x",
            ]],
        ),
        (r#"{"Size":"x"}"#, &[&["image", "inspect", "x"]]),
        (
            r#"{"Created":5}"#,
            &[&["network", "inspect", "x"], &["container", "inspect", "x"]],
        ),
        (r#"{"Containers":[]}"#, &[&["network", "inspect", "x"]]),
        (
            r#"{"UsageData":{"Size":"x"}}"#,
            &[&["volume", "inspect", "x"]],
        ),
        (
            r#"{"Platform":{"Name":5}}"#,
            &[&["version", "--format", "{{.Server.Version}}"]],
        ),
        (
            r#"{"Components":[{"Details":{"a":1}}]}"#,
            &[&["version", "--format", "{{.Server.Version}}"]],
        ),
        (
            r#"{"Swarm":{"RemoteManagers":5}}"#,
            &[&["info", "--format", "{{.Name}}"]],
        ),
        (
            r#"{"DriverStatus":[[1]]}"#,
            &[&["info", "--format", "{{.Name}}"]],
        ),
        (
            r#"{"Runtimes":{"r":{"path":5}}}"#,
            &[&["info", "--format", "{{.Name}}"]],
        ),
        (r#"{"StatusCode":"x"}"#, &[&["wait", "c"]]),
        (
            r#"{"Error":{"Message":"m"},"StatusCode":3}"#,
            &[&["wait", "c"]],
        ),
    ];
    for (doc, commands) in cases {
        matrix(doc, commands);
    }
    assert_eq!(
        ours(r#"[{"Ports":[{"PrivatePort":"x"}]}]"#, &["ps"]).2,
        "json: cannot unmarshal string into Go struct field Port.Ports.PrivatePort of type uint16\n"
    );
    assert_eq!(
        ours(r#"{"HostConfig":{"Memory":"x"}}"#, &["container", "inspect", "x"]).2,
        "json: cannot unmarshal string into Go struct field HostConfig.ContainerJSONBase.HostConfig.Resources.Memory of type int64\n"
    );
}

/// docker reads an image's answer whole and unmarshals it (`unexpected end of JSON input`, what
/// follows the value is an error); the other objects through a decoder (`unexpected EOF`, what
/// follows is never read).
#[test]
fn image_inspect_reads_the_whole_answer_as_docker_does() {
    for doc in [
        r#"{"Id":"a"} x"#,
        r#"{"Id":"a""#,
        "",
        "  ",
        r#"{"Id":"a"}{"#,
    ] {
        matrix(
            doc,
            &[
                &["image", "inspect", "x"],
                &["image", "inspect", "--format", "{{.Id}}", "x"],
                &["container", "inspect", "x"],
                &["network", "inspect", "--format", "json", "x"],
                &["volume", "inspect", "x"],
            ],
        );
    }
    // What follows an answer breaks docker's indenting of the answers put together: logged,
    // nothing printed, exit 0.
    let (code, out, err) = ours(r#"{"Id":"a"} x"#, &["container", "inspect", "x"]);
    assert_eq!(
        (code, out.as_str(), untimed(&err).as_str()),
        (
            0,
            "",
            "time=\"\" level=error msg=\"invalid character 'x' after array element\"\n"
        )
    );
    assert_eq!(
        ours(r#"{"Id":"a""#, &["image", "inspect", "x"]),
        (1, "[]\n".into(), "unexpected end of JSON input\n".into())
    );
}

/// Where docker's client only closes the answer (rm, kill, pause, tag, connect, plugin enable,
/// ...), any body succeeds; prune reports and `wait` say what docker says of a broken one.
#[test]
fn bodies_docker_never_reads_are_ignored() {
    let commands: &[&[&str]] = &[
        &["rm", "c"],
        &["rm", "-f", "c"],
        &["kill", "c"],
        &["kill", "-s", "HUP", "c"],
        &["pause", "c"],
        &["unpause", "c"],
        &["stop", "c"],
        &["restart", "c"],
        &["start", "c"],
        &["tag", "a", "b"],
        &["rename", "a", "b"],
        &["network", "connect", "n", "c"],
        &["network", "disconnect", "n", "c"],
        &["network", "rm", "n"],
        &["volume", "rm", "v"],
        &["plugin", "enable", "p"],
        &["plugin", "disable", "p"],
        &["plugin", "rm", "p"],
        &["plugin", "set", "p", "a=b"],
        &["container", "prune", "-f"],
        &["image", "prune", "-f"],
        &["network", "prune", "-f"],
        &["volume", "prune", "-f"],
        &["wait", "c"],
    ];
    for doc in ["xyz", "[", "{\"Id\":5}"] {
        matrix(doc, commands);
    }
    assert_eq!(
        ours("xyz", &["kill", "c"]),
        (0, "c\n".into(), String::new())
    );
    assert_eq!(
        ours("xyz", &["wait", "c"]),
        (1, String::new(), "xyz\n".into())
    );
}

/// `exec` inspects the container first (its answer decoded as docker's), refuses an empty exec
/// ID, and needs the daemon to switch protocols.
#[test]
fn exec_checks_each_answer_as_docker_does() {
    for doc in ["[]", r#"{"Id":5}"#, r#"{"Id":""}"#, r#"{"Id":"e1"}"#] {
        matrix(doc, &[&["exec", "c", "true"], &["exec", "-d", "c", "true"]]);
    }
    assert_eq!(
        ours(r#"{"Id":"e1"}"#, &["exec", "c", "true"]).2,
        "unable to upgrade to tcp, received 200\n"
    );
}

/// `info` templates run over docker's `dockerInfo` (its structs, zero values for what the daemon
/// left out, its type names in errors), whatever the daemon answered.
#[test]
fn info_templates_run_over_dockers_structs() {
    let formats: &[&str] = &[
        "{{.Containers}} {{.Name}} {{.Swarm.LocalNodeState}}",
        "{{.ServerErrors}}",
        "{{json .Swarm}}",
        "{{.CDISpecDirs}} {{.Containerd}} {{.FirewallBackend}}",
        "{{.Bogus}}",
        "{{.Name}}{{.Bogus}}",
        "{{.ClientInfo.Bogus}}",
        "{{.DriverStatus}} {{json .Plugins}}",
    ];
    let commands: Vec<Vec<&str>> = formats
        .iter()
        .map(|f| vec!["info", "--format", f])
        .collect();
    let commands: Vec<&[&str]> = commands.iter().map(Vec::as_slice).collect();
    for doc in ["{}", "null", r#"{"Name":"n","Containers":3,"Extra":1}"#] {
        matrix(doc, &commands);
    }
    // The same against the real daemon.
    for c in &commands {
        same(c);
    }
    let (code, out, err) = ours("{}", &["info", "--format", "{{.Name}}{{.Bogus}}"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (
            1,
            "\n",
            "template: :1:11: executing \"\" at <.Bogus>: can't evaluate field Bogus in type system.dockerInfo\n"
        )
    );
}

/// A file for `secret create` / `config create` to read.
fn data_file() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data");
    std::fs::write(&path, "x").expect("write");
    let path = path.to_str().expect("utf-8").to_string();
    (dir, path)
}

/// What a create answer holds decides what docker's client prints: an answer without an ID is
/// Go's empty string, printed as an empty line (exit 0); an ID under any case of its name is
/// taken (`{"ID":"s1"}` fills `Id`); a value of the wrong type is Go's error naming docker's
/// struct; an empty or malformed answer is the decoder's `EOF` / `invalid character`.
#[test]
fn create_answers_as_docker_decodes_them() {
    let (_dir, file) = data_file();
    let commands: &[&[&str]] = &[
        &["create", IMAGE],
        &["container", "create", IMAGE],
        &["network", "create", "n"],
        &["volume", "create", "v"],
        &["volume", "create"],
        &["secret", "create", "s", &file],
        &["config", "create", "s", &file],
        &["commit", "c"],
        &["service", "create", "--detach", IMAGE],
    ];
    for doc in [
        "{}",
        r#"{"Warnings":[]}"#,
        r#"{"Warnings":["w1"]}"#,
        r#"{"ID":"s1","Warnings":["w1"]}"#,
        r#"{"id":"a","Id":"b"}"#,
        r#"{"Id":"a","ID":null}"#,
        r#"{"Id":"n","Warning":"w","Name":"v"}"#,
        r#"{"Id":5}"#,
        r#"{"ID":5}"#,
        r#"{"Name":5}"#,
        r#"{"Warnings":5}"#,
        "[]",
        "null",
        "",
        "xyz",
    ] {
        matrix(doc, commands);
    }
    assert_eq!(
        ours("{}", &["create", IMAGE]),
        (0, "\n".into(), String::new())
    );
    assert_eq!(
        ours(r#"{"Id":"n","Warning":"w"}"#, &["network", "create", "n"]),
        (0, "n\n".into(), String::new())
    );
    assert_eq!(
        ours(r#"{"ID":5}"#, &["secret", "create", "s", &file]),
        (
            1,
            String::new(),
            "json: cannot unmarshal number into Go struct field SecretCreateResponse.ID of type string\n".into()
        )
    );
}

/// `run` with a create answer without an ID: attached, docker's attach refuses the empty ID
/// (exit 1, what the daemon said before kept); detached, docker's client panics, hvdock says
/// what is wrong (exit 125) and sends nothing after the create.
#[test]
fn create_answers_without_an_id_stop_run() {
    for doc in ["{}", r#"{"Warnings":["w1"]}"#, r#"{"Id":""}"#] {
        matrix(
            doc,
            &[&["run", IMAGE, "true"], &["run", "-i", IMAGE, "true"]],
        );
    }
    assert_eq!(
        ours(r#"{"Warnings":["w1"]}"#, &["run", IMAGE, "true"]),
        (
            1,
            String::new(),
            "WARNING: w1\ninvalid container name or ID: value is empty\n".into()
        )
    );
    let fake = FakeDaemon::answering("/", r#"{"Warnings":["w1"]}"#.to_string());
    let host = fake.host();
    let r = run(&["-H", &host, "run", "-d", IMAGE, "true"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            125,
            "",
            "WARNING: w1\nhvdock: error reading response from daemon: the create answer holds no container ID\n\nRun 'hvdock run --help' for more information\n"
        )
    );
    let sent: Vec<String> = fake
        .requests()
        .iter()
        .filter(|r| !r.path.starts_with("/_ping"))
        .map(|r| format!("{} {}", r.method, r.path.split('?').next().unwrap_or("")))
        .collect();
    assert_eq!(sent, ["POST /containers/create"]);
}

/// A daemon that fails the attach after the create: docker returns the attach's error as it
/// is (exit 1), not as a failed `run` (125).
#[test]
fn a_failed_attach_is_reported_as_it_is() {
    matrix(r#"{"Id":"c1"}"#, &[&["run", IMAGE, "true"]]);
    assert_eq!(
        ours(r#"{"Id":"c1"}"#, &["run", IMAGE, "true"]),
        (
            1,
            String::new(),
            "unable to upgrade to tcp, received 200\n".into()
        )
    );
}

/// The JSON message streams of `load`, `import`, `pull` and `push` read as docker's
/// `json.Decoder` reads them: values however the daemon splits or joins them, each decoded
/// into `jsonmessage.JSONMessage` (a value of the wrong type stops the stream with Go's error),
/// `errorDetail` an error and the old `error` text alone not, `aux` before the error, field
/// names matched ignoring case; an empty answer shows nothing (hvdock hung on it).
#[test]
fn json_message_streams_are_decoded_as_docker_decodes_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tar = dir.path().join("one.tar");
    std::fs::write(&tar, vec![0u8; 1024]).expect("write");
    let tar = tar.to_str().expect("utf-8");
    let commands: &[&[&str]] = &[
        &["import", tar],
        &["image", "import", tar],
        &["load", "-i", tar],
        &["load", "-q", "-i", tar],
        &["pull", "x"],
        &["pull", "127.0.0.1:5000/a/b:1"],
        &["push", "x"],
    ];
    for doc in [
        "",
        "{}",
        "null",
        r#"{"status":"sha256:abc"}"#,
        r#"{"stream":"Loaded image: x\n"}"#,
        r#"{"status":"a"}{"Status":"b"}"#,
        "{\"status\":\"a\"}\n\n  {\"status\":\"b\"}\n",
        r#"{"status":"a"} junk"#,
        r#"{"status":"a""#,
        r#"{"Id":5}"#,
        r#"{"status":5}"#,
        r#"{"progressDetail":{"current":"x"}}"#,
        r#"{"errorDetail":{"code":"x"}}"#,
        "[]",
        "xyz",
        r#"{"errorDetail":{"message":"boom"}}"#,
        r#"{"errorDetail":{}}"#,
        r#"{"errorDetail":null,"status":"x"}"#,
        r#"{"error":"boom"}"#,
        r#"{"aux":1,"errorDetail":{"message":"m"}}"#,
    ] {
        matrix(doc, commands);
    }
    assert_eq!(
        ours(r#"{"status":"a"} junk"#, &["load", "-i", tar]),
        (
            1,
            "a\n".into(),
            "invalid character 'j' looking for beginning of value\n".into()
        )
    );
}

/// More answers docker decodes into its types before it prints anything (`history`, `top`,
/// `diff`, the swarm listings, `plugin ls`): a value of the wrong kind, or a field of the
/// wrong type, is Go's error naming docker's type.
#[test]
fn more_answers_of_the_wrong_type_fail_as_docker_fails() {
    // Lists all: an object is the wrong kind for each, and so is a list of numbers.
    let lists: &[&[&str]] = &[
        &["history", "x"],
        &["diff", "x"],
        &["node", "ls", "-q"],
        &["service", "ls"],
        &["secret", "ls"],
        &["config", "ls"],
        &["plugin", "ls"],
    ];
    matrix("{}", lists);
    matrix("[5]", lists);
    matrix("[5]", &[&["top", "x"]]);
    let cases: &[(&str, &[&[&str]])] = &[
        (
            r#"[{"Id":5}]"#,
            &[
                &["history", "x"],
                &["node", "ls", "-q"],
                &["service", "ls"],
                &["secret", "ls"],
                &["config", "ls"],
            ],
        ),
        (r#"[{"Created":"x"}]"#, &[&["history", "x"]]),
        (r#"{"Processes":5}"#, &[&["top", "x"]]),
        (r#"{"Titles":[1]}"#, &[&["top", "x"]]),
        (r#"[{"Kind":"x"}]"#, &[&["diff", "x"]]),
        (r#"[{"Spec":{"Name":5}}]"#, &[&["service", "ls"]]),
        (r#"[{"Name":5}]"#, &[&["plugin", "ls"]]),
    ];
    for (doc, commands) in cases {
        matrix(doc, commands);
    }
    assert_eq!(
        ours("{}", &["plugin", "ls"]),
        (
            1,
            String::new(),
            "json: cannot unmarshal object into Go value of type types.PluginsListResponse\n"
                .into()
        )
    );
}

/// docker's client follows no redirect: a GET answered 3xx is read as the answer (its body
/// decoded, `EOF` when empty), not reported as the daemon's error.
#[test]
fn a_redirect_is_read_as_the_answer() {
    for (status, body) in [(301, ""), (302, r#"{"message":"moved"}"#), (307, "[]")] {
        let fake = FakeDaemon::start(Box::new(move |req| {
            if let Some(pong) = common::fake_daemon::ping(req) {
                return pong;
            }
            let to = vec![("Location".into(), "http://127.0.0.1:1/".into())];
            (status, to, body.to_string())
        }));
        let host = fake.host();
        for c in [
            &["version", "--format", "{{.Server.Version}}"][..],
            &["info", "--format", "{{.Name}}"],
            &["ps"],
            &["images"],
            &["inspect", "x"],
            &["network", "ls"],
            &["volume", "inspect", "x"],
        ] {
            let mut args = vec!["-H", host.as_str()];
            args.extend_from_slice(c);
            let ours = run(&args);
            if let Some(theirs) = docker(&args) {
                assert_same(
                    &format!("{c:?} answered {status}"),
                    &ours,
                    &output(theirs, None),
                );
            }
        }
    }
    assert_eq!(
        ours_with_status(302, r#"{"message":"moved"}"#, &["ps"]),
        (
            1,
            String::new(),
            "json: cannot unmarshal object into Go value of type []container.Summary\n".into()
        )
    );
}

/// hvdock alone against a daemon answering `status` and `doc` to every request.
fn ours_with_status(status: u16, doc: &str, command: &[&str]) -> (i32, String, String) {
    let doc = doc.to_string();
    let fake = FakeDaemon::start(Box::new(move |req| {
        common::fake_daemon::ping(req).unwrap_or_else(|| (status, vec![], doc.clone()))
    }));
    let host = fake.host();
    let mut args = vec!["-H", host.as_str()];
    args.extend_from_slice(command);
    let r = run(&args);
    (r.code, r.stdout, r.stderr)
}

/// `system df` (docker wraps the decoder's error in `Error retrieving disk usage: `), `search`,
/// `service inspect` (plain and `--pretty`) and `port` decode their answers into docker's types.
/// (On an object without `NetworkSettings` docker's `port` panics, and its `--pretty` template
/// fails on a nil pointer: those are left out.)
#[test]
fn disk_usage_search_service_and_port_answers_fail_as_docker() {
    let all: &[&[&str]] = &[
        &["system", "df"],
        &["system", "df", "-v"],
        &["search", "x"],
        &["service", "inspect", "x"],
        &["service", "inspect", "--pretty", "x"],
        &["port", "c"],
        &["port", "c", "80"],
    ];
    for doc in ["[5]", "\"x\"", "[]", "5", "true", "x", "[{}]"] {
        matrix(doc, all);
    }
    let objects: &[&[&str]] = &[
        &["system", "df"],
        &["system", "df", "-v"],
        &["search", "x"],
        &["service", "inspect", "x"],
    ];
    for doc in [
        r#"{"Images":5}"#,
        r#"{"LayersSize":"1"}"#,
        r#"{"BuildCache":[{"Size":"1"}]}"#,
        r#"{"Volumes":[{"Name":5}]}"#,
        r#"{"ID":5}"#,
        r#"{"Spec":{"Name":[]}}"#,
    ] {
        matrix(doc, objects);
    }
    matrix(r#"[{"star_count":"1"}]"#, &[&["search", "x"]]);
}

/// A hijack (attach, exec start) answered with anything but `101`: docker's `unable to upgrade
/// to tcp, received N`, whatever the status and its message.
#[test]
fn a_refused_hijack_is_reported_as_docker() {
    for status in [200u16, 404, 409, 500] {
        let make = move || {
            FakeDaemon::start(Box::new(move |req| {
                if let Some(pong) = common::fake_daemon::ping(req) {
                    return pong;
                }
                let answer = |s: u16, body: &str| (s, vec![], body.to_string());
                if req.path.contains("/attach") || req.path.contains("/exec/e1/start") {
                    return answer(status, r#"{"message":"boom"}"#);
                }
                if req.path.starts_with("/containers/create") {
                    return answer(201, r#"{"Id":"c1","Warnings":[]}"#);
                }
                if req.path.contains("/exec") {
                    return answer(201, r#"{"Id":"e1"}"#);
                }
                if req.path.starts_with("/containers/c1/json") {
                    return answer(200, r#"{"Id":"c1","State":{"Running":true},"Config":{}}"#);
                }
                if req.path.starts_with("/exec/e1/json") {
                    return answer(200, r#"{"ID":"e1","Running":false,"ExitCode":0}"#);
                }
                answer(404, r#"{"message":"page not found"}"#)
            }))
        };
        for args in [
            &["run", IMAGE, "true"][..],
            &["attach", "c1"],
            &["exec", "c1", "true"],
        ] {
            common::fake_daemon::both(&make, args);
        }
    }
}
