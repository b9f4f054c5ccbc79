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
