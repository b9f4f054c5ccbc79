//! Issue 19: templates over `inspect` see docker 28's typed objects. docker decodes the daemon's
//! JSON into its Go structs before running a template, so a sub-object marshals in the struct's
//! field order, with the fields this (API 1.41) daemon does not send as zero values
//! (`"GwPriority":0,"DNSNames":null`, `"EnableIPv4":false`) and the ones docker 28 dropped left
//! out. Every comparison is exact, against the reference client on the same objects.

mod common;

use common::*;

/// Network and volume names this test made, removed at the end (pass or fail).
struct Objects {
    networks: Vec<String>,
    volumes: Vec<String>,
}

impl Drop for Objects {
    fn drop(&mut self) {
        for n in &self.networks {
            api("DELETE", &format!("/networks/{n}"), None);
        }
        for v in &self.volumes {
            api("DELETE", &format!("/volumes/{v}?force=1"), None);
        }
    }
}

fn same_templates(verbs: &[&str], object: &str, templates: &[&str]) {
    for t in templates {
        let mut args: Vec<&str> = verbs.to_vec();
        args.extend(["--format", t, object]);
        let r = same(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
}

#[test]
fn inspect_templates_marshal_dockers_structs() {
    if !require(Need::Docker) {
        return;
    }
    let id = format!("typed-{}", std::process::id());
    let net = format!("hvhv-net-{id}");
    let vol = format!("hvhv-vol-{id}");
    // Declared before the scope: the containers go first, then their network and volume.
    let _objects = Objects {
        networks: vec![net.clone()],
        volumes: vec![vol.clone()],
    };
    let scope = Scope::new("hvhv-typed");
    ok(&[
        "network",
        "create",
        "--label",
        "k=v",
        "--subnet",
        "10.213.91.0/24",
        &net,
    ]);
    ok(&[
        "volume",
        "create",
        "--label",
        "a=b",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        &vol,
    ]);
    let label = scope.label();
    let running = scope.name("run");
    ok(&[
        "run",
        "-d",
        "--label",
        &label,
        "--name",
        &running,
        "--network",
        &net,
        "--network-alias",
        "svc",
        "--ip",
        "10.213.91.7",
        "-p",
        "127.0.0.1::80",
        IMAGE,
        "sleep",
        "300",
    ]);
    // A created container with most of HostConfig and Config set (never started: nothing in it
    // changes between the two clients' calls).
    let created = scope.name("made");
    ok(&[
        "create",
        "--label",
        &label,
        "--name",
        &created,
        "-e",
        "A=1",
        "-w",
        "/tmp",
        "--health-cmd",
        "true",
        "--health-interval",
        "5s",
        "--restart",
        "on-failure:3",
        "--ulimit",
        "nofile=100:200",
        "--tmpfs",
        "/run:size=1m",
        "--cap-add",
        "NET_ADMIN",
        "--dns",
        "10.0.0.2",
        "--add-host",
        "h:10.0.0.3",
        "--memory",
        "64m",
        "--cpus",
        "0.5",
        // One mount only: the daemon lists several in Go map order, differently call to call.
        "--mount",
        &format!("type=volume,src={vol},dst=/data"),
        "--log-opt",
        "max-size=1m",
        "--expose",
        "81",
        "--stop-signal",
        "SIGUSR1",
        IMAGE,
        "sh",
        "-c",
        "exit 0",
    ]);
    let container_templates = [
        &format!("{{{{index .NetworkSettings.Networks \"{net}\" | json}}}}") as &str,
        "{{json .NetworkSettings}}",
        "{{json .NetworkSettings.Ports}}",
        "{{json .State}}",
        "{{json .HostConfig}}",
        "{{json .HostConfig.LogConfig}}",
        "{{json .HostConfig.Ulimits}}",
        "{{json .HostConfig.Mounts}}",
        "{{json .HostConfig.RestartPolicy}}",
        "{{json .Config}}",
        "{{json .Config.Healthcheck}}",
        "{{json .Config.ExposedPorts}}",
        "{{json .Mounts}}",
        "{{json .GraphDriver}}",
        "{{json .}}",
        "{{.HostConfig.RestartPolicy}} {{.HostConfig.Tmpfs}} {{.Config.Env}}",
        "{{if .HostConfig.Links}}links{{else}}none{{end}} {{len .HostConfig.Links}} {{.HostConfig.Links}}",
        "{{range .HostConfig.DeviceRequests}}x{{else}}no devices{{end}}",
    ];
    for c in [&running, &created] {
        same_templates(&["inspect"], c, &container_templates);
        same_templates(&["container", "inspect"], c, &container_templates[..4]);
    }
    same_templates(
        &["inspect"],
        &net,
        &[
            "{{json .}}",
            "{{json .IPAM}}",
            "{{json .Containers}}",
            "{{json .ConfigFrom}}",
            "{{.EnableIPv4}} {{.Labels}}",
        ],
    );
    same_templates(
        &["network", "inspect"],
        &net,
        &["{{json .}}", "{{json .IPAM.Config}}"],
    );
    same_templates(
        &["volume", "inspect"],
        &vol,
        &[
            "{{json .}}",
            "{{json .Options}}",
            "{{json .UsageData}}",
            "{{.Status}}",
        ],
    );
    same_templates(&["inspect", "--type", "volume"], &vol, &["{{json .}}"]);
    same_templates(
        &["image", "inspect"],
        IMAGE,
        &[
            "{{json .}}",
            "{{json .Config}}",
            "{{json .RootFS}}",
            "{{json .Metadata}}",
            "{{json .GraphDriver}}",
            "{{json .ContainerConfig}}",
        ],
    );
    same_templates(
        &["inspect"],
        IMAGE,
        &["{{json .Config}}", "{{.Config.Volumes}}"],
    );
}
