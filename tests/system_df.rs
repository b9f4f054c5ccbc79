//! Issue 19: `system df -v`'s volume order and build-cache section as docker prints them.
//!
//! The daemon here has no build cache (no BuildKit client on this machine) and lists volumes in
//! Go map order, differently call to call, so both clients talk to one daemon that answers
//! `/system/df` with a fixed document: volumes in an order no sort gives, and build-cache records
//! that are in use, shared, never used, and used at the same instant (ties go by ID).

mod common;

use common::fake_daemon::FakeDaemon;
use common::*;

const DF: &str = r#"{
 "LayersSize": 0,
 "Images": [],
 "Containers": [],
 "Volumes": [
  {"CreatedAt":"2020-01-02T03:04:05Z","Driver":"local","Labels":null,"Mountpoint":"/v/zeta","Name":"zeta","Options":null,"Scope":"local","UsageData":{"RefCount":1,"Size":2048}},
  {"CreatedAt":"2020-01-02T03:04:05Z","Driver":"local","Labels":null,"Mountpoint":"/v/alpha","Name":"alpha","Options":null,"Scope":"local","UsageData":{"RefCount":0,"Size":5}},
  {"CreatedAt":"2020-01-02T03:04:05Z","Driver":"local","Labels":null,"Mountpoint":"/v/mid","Name":"mid","Options":null,"Scope":"local","UsageData":{"RefCount":0,"Size":-1}}BETA
 ],
 "BuildCache": [
  {"ID":"zz9k1b2c3d4e5f6g7h8i9j0","Parents":null,"Type":"regular","Description":"mount / from exec /bin/sh -c make","InUse":false,"Shared":false,"Size":123456789,"CreatedAt":"2021-03-04T05:06:07.123456789Z","LastUsedAt":"2022-01-01T00:00:00Z","UsageCount":3},
  {"ID":"aa1k1b2c3d4e5f6g7h8i9j0","Parents":null,"Type":"source.local","Description":"local source for context","InUse":true,"Shared":false,"Size":4096,"CreatedAt":"2021-03-04T05:06:07Z","LastUsedAt":"2022-01-01T00:00:00Z","UsageCount":7},
  {"ID":"mm5k1b2c3d4e5f6g7h8i9j0","Parents":["aa1k1b2c3d4e5f6g7h8i9j0"],"Type":"frontend","Description":"pulled from docker.io/library/busybox","InUse":false,"Shared":true,"Size":2000000,"CreatedAt":"2021-03-04T05:06:07Z","LastUsedAt":null,"UsageCount":0},
  {"ID":"bb2k1b2c3d4e5f6g7h8i9j0","Parents":null,"Type":"internal","Description":"","InUse":false,"Shared":false,"Size":0,"CreatedAt":"2021-03-04T05:06:07Z","LastUsedAt":"2021-06-01T12:00:00.5Z","UsageCount":1}
 ]
}"#;

/// A daemon whose `/system/df` answers `doc`.
fn daemon(doc: String) -> FakeDaemon {
    FakeDaemon::answering("/system/df", doc)
}

/// A volume without usage data (N/A in docker's verbose table).
const BETA: &str = r#",
  {"CreatedAt":"2020-01-02T03:04:05Z","Driver":"local","Labels":null,"Mountpoint":"/v/beta","Name":"beta","Options":null,"Scope":"local"}"#;

#[test]
fn df_verbose_volumes_and_build_cache_as_docker_prints_them() {
    let fake = daemon(DF.replace("BETA", BETA));
    let host = fake.host();
    let r = same(&["-H", &host, "system", "df", "-v"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The summary (docker's summary dereferences a volume's usage data unchecked: the volume
    // without it stays out here).
    let summary = daemon(DF.replace("BETA", ""));
    let host2 = summary.host();
    for line in [
        &["system", "df"][..],
        &[
            "system",
            "df",
            "--format",
            "{{.Type}} {{.Active}} {{.Size}} {{.Reclaimable}}",
        ],
    ] {
        let mut args = vec!["-H", host2.as_str()];
        args.extend_from_slice(line);
        let r = same(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    // The daemon's order, not a sorted one.
    let out = ok(&["-H", &host, "system", "df", "-v"]);
    let volumes: Vec<&str> = out
        .split("Local Volumes space usage:\n\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or_default())
        .collect();
    assert_eq!(volumes, ["zeta", "alpha", "mid", "beta"], "{out}");
}

/// Images and containers for the template test: old enough that "N years ago" cannot change
/// between the two clients' runs.
const OBJECTS: &str = r#""Images": [
  {"Containers":1,"Created":1577934245,"Id":"sha256:1111111111111111111111111111111111111111111111111111111111111111","Labels":null,"ParentId":"","RepoDigests":["busybox@sha256:2222222222222222222222222222222222222222222222222222222222222222"],"RepoTags":["busybox:latest","busybox:1"],"SharedSize":1000,"Size":4261550,"VirtualSize":4261550},
  {"Containers":0,"Created":1577934246,"Id":"sha256:3333333333333333333333333333333333333333333333333333333333333333","Labels":{"a":"b"},"ParentId":"","RepoDigests":null,"RepoTags":null,"SharedSize":-1,"Size":12,"VirtualSize":12}
 ],
 "Containers": [
  {"Id":"4444444444444444444444444444444444444444444444444444444444444444","Names":["/hvty-web"],"Image":"busybox:latest","ImageID":"sha256:1111111111111111111111111111111111111111111111111111111111111111","Command":"sh -c 'sleep 1000000 && echo a long command'","Created":1577934247,"Ports":[{"PrivatePort":80,"Type":"tcp"}],"SizeRw":4096,"SizeRootFs":4265646,"Labels":{"io.hvdock.test":"x"},"State":"running","Status":"Up 2 hours","HostConfig":{"NetworkMode":"default"},"NetworkSettings":{"Networks":{}},"Mounts":[{"Type":"volume","Name":"zeta","Source":"/v/zeta","Destination":"/data","Driver":"local","Mode":"","RW":true,"Propagation":""}]}
 ],"#;

#[test]
fn df_verbose_format_executes_over_the_whole_disk_usage() {
    let fake = daemon(
        DF.replace("BETA", BETA)
            .replace(r#""Images": [],"#, "")
            .replace(r#""Containers": [],"#, OBJECTS),
    );
    let host = fake.host();
    for format in [
        "{{json .}}",
        "json",
        "raw",
        "table {{range .Containers}}{{.ID}} {{.Image}} {{.Command}} {{.Size}} {{.Names}}{{end}}",
        "{{range .Containers}}{{.ID}} {{.Image}} {{.Command}} {{.Size}} {{.LocalVolumes}}{{end}}",
        r"{{range .Images}}{{.Repository}}:{{.Tag}} {{.ID}} {{.SharedSize}} {{.UniqueSize}}\n{{end}}",
        r"table {{range .BuildCache}}{{.ID}}\t{{.Parent}}\t{{.CreatedAt}}\t{{.LastUsedAt}}|{{end}}",
        r"{{range .BuildCache}}{{.ID}} {{.Parent}} {{.InUse}} {{.Shared}}\n{{end}}",
        "{{range .Volumes}}{{.Name}} {{.Links}} {{.Size}}|{{end}}",
        "{{len .Images}} {{.Nope}}",
        "{{.Images",
    ] {
        same(&["-H", &host, "system", "df", "-v", "--format", format]);
    }
}
