//! Issue 19: a template sees docker's own types. Each case is a differential against the
//! reference client on the same daemon (stdout, stderr, exit code): the type names in
//! "can't evaluate field" messages, method arguments checked against the method's parameter
//! type, and `time.Duration` fields printed as Go prints them.

mod common;

use common::{ok, same, Scope, IMAGE};

#[test]
fn listing_contexts_name_dockers_types() {
    same(&["context", "ls", "--format", "{{.Bogus}}"]);
    same(&["system", "df", "--format", "{{.Bogus}}"]);
}

#[test]
fn a_label_method_argument_must_be_a_string() {
    let scope = Scope::new("hvtm-label");
    let name = scope.run_sleeper(&scope.name("label"));
    let filter = format!("name={name}");
    same(&["ps", "--filter", &filter, "--format", "{{.Label 1}}"]);
    same(&["ps", "--filter", &filter, "--format", "{{.Label true}}"]);
    same(&["ps", "--filter", &filter, "--format", "{{.Label .ID}}"]);
}

#[test]
fn healthcheck_durations_print_as_go_durations() {
    let scope = Scope::new("hvtm-health");
    let name = scope.name("health");
    ok(&[
        "create",
        "--name",
        &name,
        "--label",
        &scope.label(),
        "--health-cmd",
        "true",
        "--health-interval",
        "1h",
        "--health-timeout",
        "1500ms",
        IMAGE,
        "sleep",
        "600",
    ]);
    for f in [
        "{{.Config.Healthcheck}}",
        "{{.Config.Healthcheck.Interval}}",
        "{{json .Config.Healthcheck}}",
        "{{if .Config.Healthcheck.StartPeriod}}set{{else}}unset{{end}}",
    ] {
        same(&["inspect", "-f", f, &name]);
    }
}

#[test]
fn server_components_print_as_docker_structs() {
    same(&["version", "--format", "{{.Server.Components}}"]);
}

/// `context inspect` runs a template over docker's `contextWithTLSListing` only (no raw map to
/// fall back to): its embedded `store.Metadata`, the `any` endpoints, the storage struct.
#[test]
fn context_inspect_sees_dockers_struct() {
    for f in [
        "{{.Bogus}}",
        "{{.}}",
        "{{.Name}} {{.Endpoints.docker.Host}} {{.Endpoints.docker.SkipTLSVerify}}",
        "{{.Metadata}}",
        "{{.Metadata.x}}",
        "{{.Endpoints.x}} {{.TLSMaterial.x}} {{.TLSMaterial}}",
        "{{.Endpoints.docker.Bogus}}",
        "{{.Storage}}",
        "{{.Storage.Bogus}}",
        "{{json .}}",
        "{{json .Metadata}}",
        "{{json .Storage}}",
    ] {
        same(&["context", "inspect", "--format", f]);
    }
}

/// `index` of a missing key gives the zero value of the map's element type: "" for a
/// `map[string]string` with entries (labels) or empty (the default log driver's options),
/// `<no value>` for a decoded JSON object (the raw fallback after `nat.Port` refuses a string).
#[test]
fn index_of_a_missing_key_is_the_zero_value() {
    let scope = Scope::new("hvtm-index");
    let labelled = scope.name("labelled");
    let bare = scope.name("bare");
    for (name, extra) in [(&labelled, Some("y=1")), (&bare, None)] {
        let label = scope.label();
        let mut args = vec!["create", "--name", name.as_str(), "--label", &label];
        if let Some(l) = extra {
            args.extend(["--label", l]);
        }
        args.extend([IMAGE, "true"]);
        ok(&args);
    }
    for name in [&labelled, &bare] {
        for f in [
            "{{index .Config.Labels \"x\"}}|{{index .HostConfig.LogConfig.Config \"x\"}}",
            "{{index .NetworkSettings.Ports \"x\"}}",
            "{{json .Config.Labels}} {{len .Config.Labels}} {{.Config.Labels.x}}",
        ] {
            same(&["inspect", "-f", f, name]);
        }
    }
    same(&[
        "context",
        "inspect",
        "--format",
        "{{index .Endpoints \"x\"}}",
    ]);
}
