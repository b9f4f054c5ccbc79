//! Issue 19: `plugin inspect`, `secret inspect` and `config inspect` templates see docker
//! 28.2.2's typed objects (`types.Plugin`, `swarm.Secret`, `swarm.Config`): sub-objects marshal
//! in the struct's field order, with the fields the daemon leaves out as Go zero values.
//!
//! Plugins: the shared daemon has none and installing one is not allowed there, so both clients
//! talk to one fake daemon answering a fixed plugin. Secrets and configs: a one-node swarm of
//! `scripts/cluster.sh` (prefix `hvty`), torn down at process exit.

mod common;

use common::fake_daemon::FakeDaemon;
use common::*;

/// A plugin as a 20.10 daemon sends it, with a field docker's struct lacks (`Extra`) and
/// without some it has (`Config.User`, `Config.rootfs`, `PluginReference`).
const PLUGIN: &str = r#"{"Config":{"Args":{"Description":"","Name":"","Settable":null,"Value":null},"Description":"A test plugin","DockerVersion":"20.10.0","Documentation":"https://example.com","Entrypoint":["/plugin"],"Env":[{"Description":"debug","Name":"DEBUG","Settable":["value"],"Value":"0"},{"Description":"","Name":"NOVAL","Settable":null,"Value":null}],"Interface":{"Socket":"p.sock","Types":["docker.volumedriver/1.0","hvty.x.logdriver/2.0"]},"IpcHost":false,"Linux":{"AllowAllDevices":false,"Capabilities":["CAP_SYS_ADMIN"],"Devices":null},"Mounts":[{"Description":"","Destination":"/mnt","Name":"","Options":["rbind"],"Settable":null,"Source":"/var/lib","Type":"bind"}],"Network":{"Type":"host"},"PidHost":false,"PropagatedMount":"/data","WorkDir":"","Extra":1},"Enabled":true,"Id":"5555555555555555555555555555555555555555555555555555555555555555","Name":"hvty/plugin:latest","Settings":{"Args":[],"Devices":[{"Description":"","Name":"","Path":"/dev/fuse","Settable":null}],"Env":["DEBUG=0"],"Mounts":[]}}"#;

fn plugin_daemon() -> FakeDaemon {
    FakeDaemon::answering("/plugins/hvty/plugin:latest/json", PLUGIN.to_string())
}

#[test]
fn plugin_inspect_templates_see_docker_types_plugin() {
    let fake = plugin_daemon();
    let host = fake.host();
    for format in [
        "{{json .Config}}",
        "{{json .Settings}}",
        "{{json .Config.Env}}",
        "{{json .Config.User}}",
        "{{.Config.User}} {{.Config.Rootfs}} {{.PluginReference}}|{{.ID}}",
        "{{range .Config.Env}}{{.Name}}={{.Value}};{{end}}",
        "{{json .Config.Interface}} {{json .Config.Linux}}",
        "{{range .Config.Interface.Types}}{{.}} {{.Prefix}}|{{.Capability}}|{{.Version}};{{end}}",
        "{{.Config.Nope}}",
    ] {
        same(&[
            "-H",
            &host,
            "plugin",
            "inspect",
            "--format",
            format,
            "hvty/plugin:latest",
        ]);
    }
}

#[test]
fn secret_and_config_inspect_templates_see_docker_swarm_types() {
    let c = common::cluster::cluster("hvty", "10.213.48", 1);
    let host = c.get("NODE1_HOST").cloned().unwrap_or_default();
    let r = run_stdin(
        &[
            "-H", &host, "secret", "create", "--label", "a=b", "hvty-s", "-",
        ],
        b"hi",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_stdin(&["-H", &host, "config", "create", "hvty-c", "-"], b"data");
    assert_eq!(r.code, 0, "{}", r.stderr);
    for (noun, name) in [("secret", "hvty-s"), ("config", "hvty-c")] {
        for format in [
            "{{json .}}",
            "{{json .Spec}}",
            "{{json .Meta}}",
            "{{.Version}} {{json .Version}} {{.Meta.Version.Index}}",
            "{{.Spec.Data}} {{if .Spec.Data}}data{{end}} {{.Spec.Templating}}",
            "{{.CreatedAt}} {{json .UpdatedAt}}",
            "{{.}}",
            "{{.Spec}}",
            "{{.Spec.Nope}}",
        ] {
            same(&["-H", &host, noun, "inspect", "--format", format, name]);
        }
    }
}
