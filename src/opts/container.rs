//! Every `run`/`create` container flag turned into the Engine API create request, as docker
//! 28's client builds it (`parse` in cli/command/container/opts.go plus the client library's
//! adjustments), with docker's validation and wording.

use std::collections::HashMap;

use bollard::models::{
    ContainerCreateBody, DeviceRequest, HostConfig, HostConfigIsolationEnum, HostConfigLogConfig,
    NetworkingConfig, PortBinding, PortMap,
};
use serde_json::Value;

use crate::cli::container::ContainerOpts;

use super::{
    cdi, device, health, keyvalue, namespace, network, ports, restart, security, ulimit, volume,
};

/// A create request: `?name=`, `?platform=` and the JSON body.
#[derive(Debug, Clone)]
pub struct Spec {
    pub name: Option<String>,
    pub platform: Option<String>,
    pub body: ContainerCreateBody,
    /// Values docker sends verbatim for the engine to judge but bollard's enums cannot carry
    /// (`--restart bogus`, `--mount type=foo`, `--isolation Foo`): JSON pointer → value.
    /// [`Spec::request_json`] puts them in place.
    pub raw: Vec<(String, Value)>,
}

impl Spec {
    /// The body exactly as it goes on the wire, raw values included.
    pub fn request_json(&self) -> Value {
        let mut json = serde_json::to_value(&self.body).unwrap_or(Value::Null);
        for (pointer, value) in &self.raw {
            let Some((parent, key)) = pointer.rsplit_once('/') else {
                continue;
            };
            if let Some(Value::Object(map)) = json.pointer_mut(parent) {
                map.insert(key.to_string(), value.clone());
            }
        }
        json
    }

    /// The client library refuses a per-network MAC address below API 1.44 with
    /// `"specify mac-address per network" requires API version 1.44, but the Docker daemon API
    /// version is <v>`; this says whether that check applies.
    pub fn has_endpoint_mac_address(&self) -> bool {
        let eps = self
            .body
            .networking_config
            .as_ref()
            .and_then(|n| n.endpoints_config.as_ref());
        eps.is_some_and(|m| {
            m.values()
                .any(|e| e.mac_address.as_deref().is_some_and(|m| !m.is_empty()))
        })
    }
}

/// A flag value docker rejects after parsing; displays docker's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptError(pub String);

impl std::fmt::Display for OptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptError {}

impl From<String> for OptError {
    fn from(s: String) -> Self {
        OptError(s)
    }
}

/// Builds the request for `opts`; `detached` is `run -d` (no streams attached).
pub fn build(opts: &ContainerOpts, detached: bool) -> Result<Spec, OptError> {
    let mut raw = Vec::new();
    if let Some(mac) = opts.mac_address.as_deref().filter(|m| !m.is_empty()) {
        if !super::mac::is_valid(mac) {
            return Err(OptError(format!("{mac} is not a valid mac address")));
        }
    }
    let swappiness = opts.memory_swappiness.unwrap_or(-1);
    if swappiness != -1 && !(0..=100).contains(&swappiness) {
        return Err(OptError(format!(
            "invalid value: {swappiness}. Valid memory swappiness range is 0-100"
        )));
    }
    let volumes = volume::parse(&opts.volume)?;
    let tmpfs: HashMap<String, String> = opts
        .tmpfs
        .iter()
        .map(|t| {
            let (k, v) = t.split_once(':').unwrap_or((t, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    let entrypoint = opts.entrypoint.as_ref().map(|e| vec![e.clone()]);
    let ports = ports::parse(&opts.publish, &opts.expose)?;
    let (devices, cdi_names) = devices(&opts.device)?;
    let env = keyvalue::environment(&opts.env_file, &opts.env)?;
    let labels = keyvalue::labels(&opts.label_file, &opts.label)?;
    let pid = namespace::pid(opts.pid.as_deref().unwrap_or(""))?;
    let uts = namespace::uts(opts.uts.as_deref().unwrap_or(""))?;
    let userns = namespace::userns(opts.userns.as_deref().unwrap_or(""))?;
    let cgroupns = namespace::cgroupns(opts.cgroupns.as_deref().unwrap_or(""))?;
    let restart = restart::parse(opts.restart.as_deref().unwrap_or("no"))?;
    if let Some(name) = &restart.raw_name {
        raw.push((
            "/HostConfig/RestartPolicy/Name".to_string(),
            Value::String(name.clone()),
        ));
    }
    let log_opts = keyvalue::logging(opts.log_driver.as_deref(), &opts.log_opt)?;
    let security = security::parse(&opts.security_opt)?;
    let storage = keyvalue::storage(&opts.storage_opt)?;
    let healthcheck = health::build(&health::HealthFlags {
        cmd: opts.health_cmd.as_deref(),
        interval: opts.health_interval.unwrap_or(0),
        timeout: opts.health_timeout.unwrap_or(0),
        start_period: opts.health_start_period.unwrap_or(0),
        start_interval: opts.health_start_interval.unwrap_or(0),
        retries: opts.health_retries.unwrap_or(0),
        disabled: opts.no_healthcheck,
    })?;
    if opts.rm && !restart.is_none() {
        return Err(OptError(
            "conflicting options: cannot specify both --restart and --rm".into(),
        ));
    }
    let (network_mode, endpoints) = network::endpoints(
        &opts.network,
        &network::LegacyFlags {
            aliases: &opts.network_alias,
            links: &opts.link,
            ipv4: opts.ip.as_deref().unwrap_or(""),
            ipv6: opts.ip6.as_deref().unwrap_or(""),
            mac_address: opts.mac_address.as_deref().unwrap_or(""),
            link_local_ips: &opts.link_local_ip,
        },
    )?;
    let mac_address = endpoints
        .get(network::network_name(&network_mode))
        .and_then(|e| e.mac_address.clone())
        .filter(|m| !m.is_empty());

    let mut mounts = Vec::new();
    for (i, m) in opts.mount.iter().enumerate() {
        if let Some(t) = &m.raw_type {
            raw.push((
                format!("/HostConfig/Mounts/{i}/Type"),
                Value::String(t.clone()),
            ));
        }
        if let Some(p) = &m.raw_propagation {
            raw.push((
                format!("/HostConfig/Mounts/{i}/BindOptions/Propagation"),
                Value::String(p.clone()),
            ));
        }
        mounts.push(m.mount.clone());
    }
    let isolation = opts.isolation.as_deref().unwrap_or("");
    let isolation_enum = isolation
        .to_lowercase()
        .parse::<HostConfigIsolationEnum>()
        .ok();
    if isolation_enum.is_none() {
        raw.push((
            "/HostConfig/Isolation".to_string(),
            Value::String(isolation.to_string()),
        ));
    }

    let streams = Streams::new(opts, detached)?;
    let port_bindings: PortMap = ports
        .bindings
        .iter()
        .map(|(port, bindings)| {
            let list = bindings
                .iter()
                .map(|b| PortBinding {
                    host_ip: Some(b.host_ip.clone()),
                    host_port: Some(b.host_port.clone()),
                })
                .collect();
            (port.clone(), Some(list))
        })
        .collect();

    let host_config = HostConfig {
        binds: nonempty(volumes.binds),
        container_id_file: Some(opts.cidfile.clone().unwrap_or_default()),
        log_config: Some(HostConfigLogConfig {
            typ: Some(text(&opts.log_driver)),
            config: Some(log_opts),
        }),
        network_mode: Some(network_mode),
        port_bindings: Some(port_bindings),
        restart_policy: Some(restart.policy),
        auto_remove: Some(opts.rm),
        volume_driver: Some(text(&opts.volume_driver)),
        volumes_from: nonempty(opts.volumes_from.clone()),
        console_size: Some(vec![0, 0]),
        cap_add: namespace::capabilities(&opts.cap_add),
        cap_drop: namespace::capabilities(&opts.cap_drop),
        cgroupns_mode: Some(cgroupns),
        dns: Some(opts.dns.clone()),
        dns_options: Some(opts.dns_option.clone()),
        dns_search: Some(opts.dns_search.clone()),
        extra_hosts: nonempty(opts.add_host.clone()),
        group_add: nonempty(opts.group_add.clone()),
        ipc_mode: Some(text(&opts.ipc)),
        cgroup: Some(String::new()),
        links: nonempty(opts.link.clone()),
        oom_score_adj: Some(opts.oom_score_adj.unwrap_or(0)),
        pid_mode: Some(pid),
        privileged: Some(opts.privileged),
        publish_all_ports: Some(opts.publish_all),
        readonly_rootfs: Some(opts.read_only),
        security_opt: nonempty(security.opts),
        storage_opt: nonempty_map(storage),
        tmpfs: nonempty_map(tmpfs),
        uts_mode: Some(uts),
        userns_mode: Some(userns),
        shm_size: Some(opts.shm_size.unwrap_or(0)),
        sysctls: nonempty_map(keyvalue::to_map(&opts.sysctl)),
        runtime: opts.runtime.clone().filter(|r| !r.is_empty()),
        isolation: isolation_enum,
        masked_paths: security.masked_paths,
        readonly_paths: security.readonly_paths,
        mounts: nonempty(mounts),
        init: opts.init.then_some(true),
        // Resources
        cpu_shares: Some(opts.resources.cpu_shares.unwrap_or(0)),
        memory: Some(opts.resources.memory.unwrap_or(0)),
        nano_cpus: Some(opts.resources.cpus.unwrap_or(0)),
        cgroup_parent: Some(text(&opts.cgroup_parent)),
        blkio_weight: Some(opts.blkio_weight.unwrap_or(0)),
        blkio_weight_device: Some(opts.blkio_weight_device.clone()),
        blkio_device_read_bps: Some(opts.device_read_bps.clone()),
        blkio_device_write_bps: Some(opts.device_write_bps.clone()),
        blkio_device_read_iops: Some(opts.device_read_iops.clone()),
        blkio_device_write_iops: Some(opts.device_write_iops.clone()),
        cpu_period: Some(opts.resources.cpu_period.unwrap_or(0)),
        cpu_quota: Some(opts.resources.cpu_quota.unwrap_or(0)),
        cpu_realtime_period: Some(opts.cpu_rt_period.unwrap_or(0)),
        cpu_realtime_runtime: Some(opts.cpu_rt_runtime.unwrap_or(0)),
        cpuset_cpus: Some(text(&opts.resources.cpuset_cpus)),
        cpuset_mems: Some(text(&opts.resources.cpuset_mems)),
        devices: Some(devices),
        device_cgroup_rules: nonempty(opts.device_cgroup_rule.clone()),
        device_requests: device_requests(&opts.gpus, cdi_names),
        memory_reservation: Some(opts.resources.memory_reservation.unwrap_or(0)),
        memory_swap: Some(opts.resources.memory_swap.unwrap_or(0)),
        memory_swappiness: Some(swappiness),
        oom_kill_disable: Some(opts.oom_kill_disable),
        pids_limit: Some(opts.resources.pids_limit.unwrap_or(0)),
        ulimits: Some(ulimit::dedupe(&opts.ulimit)),
        cpu_count: Some(opts.cpu_count.unwrap_or(0)),
        cpu_percent: Some(opts.cpu_percent.unwrap_or(0)),
        io_maximum_iops: Some(0),
        io_maximum_bandwidth: Some(opts.io_maxbandwidth.unwrap_or(0)),
        // `map[string]string` with omitempty (API 1.43; refused on older daemons before this).
        annotations: Some(keyvalue::to_map(&opts.annotation)).filter(|m| !m.is_empty()),
    };

    let body = ContainerCreateBody {
        hostname: Some(text(&opts.hostname)),
        domainname: Some(text(&opts.domainname)),
        user: Some(text(&opts.user)),
        attach_stdin: Some(streams.stdin),
        attach_stdout: Some(streams.stdout),
        attach_stderr: Some(streams.stderr),
        exposed_ports: (!ports.exposed.is_empty()).then(|| ports.exposed.keys().cloned().collect()),
        tty: Some(opts.tty),
        open_stdin: Some(opts.interactive),
        stdin_once: Some(streams.stdin_once),
        env: nonempty(env),
        cmd: nonempty(opts.command.clone()),
        healthcheck,
        image: Some(opts.image.clone().unwrap_or_default()),
        volumes: Some(volumes.anonymous),
        working_dir: Some(text(&opts.workdir)),
        entrypoint,
        labels: Some(labels),
        stop_signal: opts.stop_signal.clone().filter(|s| !s.is_empty()),
        stop_timeout: opts.stop_timeout,
        host_config: Some(host_config),
        networking_config: Some(NetworkingConfig {
            endpoints_config: Some(endpoints),
        }),
        ..Default::default()
    };
    // `IOMaximumIOps` is a uint64 in docker's HostConfig, an i64 in bollard's.
    if let Some(iops) = opts.io_maxiops.filter(|i| *i != 0) {
        raw.push(("/HostConfig/IOMaximumIOps".to_string(), Value::from(iops)));
    }
    // `KernelMemory` (deprecated, `omitempty`) has no field in bollard's HostConfig.
    if let Some(kmem) = opts.kernel_memory.filter(|k| *k != 0) {
        raw.push(("/HostConfig/KernelMemory".to_string(), Value::from(kmem)));
    }
    // `Config.MacAddress` (deprecated, still read below API 1.44) has no field in bollard's
    // create body: it rides as a raw value.
    if let Some(mac) = mac_address {
        raw.push(("/MacAddress".to_string(), Value::String(mac)));
    }
    Ok(Spec {
        name: opts.name.clone(),
        platform: opts.platform.clone(),
        body,
        raw,
    })
}

/// `--gpus` requests, then the CDI devices' (`--device vendor.com/class=name`); none is null.
fn device_requests(gpus: &[DeviceRequest], cdi_names: Vec<String>) -> Option<Vec<DeviceRequest>> {
    let mut requests = gpus.to_vec();
    if !cdi_names.is_empty() {
        requests.push(DeviceRequest {
            driver: Some("cdi".into()),
            count: Some(0),
            device_ids: Some(cdi_names),
            ..Default::default()
        });
    }
    (!requests.is_empty()).then_some(requests)
}

/// The stream flags docker sets from `-a`, `-i` and (for `run`) `-d`.
struct Streams {
    stdin: bool,
    stdout: bool,
    stderr: bool,
    stdin_once: bool,
}

impl Streams {
    fn new(opts: &ContainerOpts, detached: bool) -> Result<Streams, OptError> {
        let has = |s: &str| opts.attach.iter().any(|a| a == s);
        let none = opts.attach.is_empty();
        let mut s = Streams {
            stdin: has("stdin") || opts.interactive,
            stdout: has("stdout") || none,
            stderr: has("stderr") || none,
            stdin_once: false,
        };
        s.stdin_once = opts.interactive && s.stdin;
        if detached {
            if !none {
                return Err(OptError(
                    "conflicting options: cannot specify both --attach and --detach".into(),
                ));
            }
            s = Streams {
                stdin: false,
                stdout: false,
                stderr: false,
                stdin_once: false,
            };
        }
        Ok(s)
    }
}

/// Device mappings, and the CDI names that become a device request.
fn devices(
    values: &[String],
) -> Result<(Vec<bollard::models::DeviceMapping>, Vec<String>), String> {
    let mut mappings = Vec::new();
    let mut cdi_names = Vec::new();
    for d in values {
        if cdi::is_qualified_name(d) {
            cdi_names.push(d.clone());
        } else {
            mappings.push(device::parse(d)?);
        }
    }
    Ok((mappings, cdi_names))
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn nonempty<T>(v: Vec<T>) -> Option<Vec<T>> {
    (!v.is_empty()).then_some(v)
}

fn nonempty_map(m: HashMap<String, String>) -> Option<HashMap<String, String>> {
    (!m.is_empty()).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ContainerOpts {
        ContainerOpts {
            image: Some("img".into()),
            ..Default::default()
        }
    }

    fn err(o: &ContainerOpts) -> String {
        build(o, false).map(|_| ()).unwrap_err().0
    }

    #[test]
    fn defaults_match_dockers_body() {
        let json = build(&opts(), false).unwrap().request_json();
        assert_eq!(json["AttachStdout"], true);
        assert_eq!(json["AttachStdin"], false);
        assert_eq!(json["Volumes"], serde_json::json!({}));
        assert_eq!(
            json["HostConfig"]["RestartPolicy"],
            serde_json::json!({"Name": "no", "MaximumRetryCount": 0})
        );
        assert_eq!(json["HostConfig"]["MemorySwappiness"], -1);
        assert_eq!(json["HostConfig"]["NetworkMode"], "default");
        assert!(json["NetworkingConfig"]["EndpointsConfig"]["default"].is_object());
        assert!(json.get("ExposedPorts").is_none() && json.get("Env").is_none());
    }

    #[test]
    fn streams_attached_interactive_and_detached() {
        let o = ContainerOpts {
            interactive: true,
            tty: true,
            ..opts()
        };
        let b = build(&o, false).unwrap().body;
        assert_eq!(
            (b.attach_stdin, b.stdin_once, b.open_stdin, b.tty),
            (Some(true), Some(true), Some(true), Some(true))
        );
        let b = build(&o, true).unwrap().body;
        assert_eq!(
            (b.attach_stdin, b.attach_stdout, b.stdin_once, b.open_stdin),
            (Some(false), Some(false), Some(false), Some(true))
        );
        let o = ContainerOpts {
            attach: vec!["stdin".into()],
            ..opts()
        };
        let b = build(&o, false).unwrap().body;
        assert_eq!(
            (b.attach_stdin, b.attach_stdout, b.stdin_once),
            (Some(true), Some(false), Some(false))
        );
        assert_eq!(
            build(&o, true).map(|_| ()).unwrap_err().0,
            "conflicting options: cannot specify both --attach and --detach"
        );
    }

    #[test]
    fn entrypoint_empty_resets() {
        let o = ContainerOpts {
            entrypoint: Some(String::new()),
            command: vec!["sh".into()],
            ..opts()
        };
        let b = build(&o, false).unwrap().body;
        assert_eq!(b.entrypoint, Some(vec![String::new()]));
        assert_eq!(b.cmd, Some(vec!["sh".to_string()]));
    }

    #[test]
    fn raw_values_reach_the_wire() {
        let o = ContainerOpts {
            restart: Some("bogus".into()),
            isolation: Some("Foo".into()),
            mount: vec![crate::opts::mount::parse("type=foo,dst=/x").unwrap()],
            ..opts()
        };
        let json = build(&o, false).unwrap().request_json();
        assert_eq!(json["HostConfig"]["RestartPolicy"]["Name"], "bogus");
        assert_eq!(json["HostConfig"]["Isolation"], "Foo");
        assert_eq!(json["HostConfig"]["Mounts"][0]["Type"], "foo");
        let o = ContainerOpts {
            isolation: Some("HyperV".into()),
            ..opts()
        };
        assert_eq!(
            build(&o, false).unwrap().request_json()["HostConfig"]["Isolation"],
            "hyperv"
        );
    }

    #[test]
    fn mac_address_goes_to_config_and_endpoint() {
        let o = ContainerOpts {
            mac_address: Some("92:d0:c6:0a:29:33".into()),
            ..opts()
        };
        let spec = build(&o, false).unwrap();
        assert!(spec.has_endpoint_mac_address());
        assert_eq!(spec.request_json()["MacAddress"], "92:d0:c6:0a:29:33");
        let o = ContainerOpts {
            mac_address: Some("zz".into()),
            ..opts()
        };
        assert_eq!(err(&o), "zz is not a valid mac address");
    }

    #[test]
    fn docker_errors_after_parsing() {
        assert_eq!(
            err(&ContainerOpts {
                rm: true,
                restart: Some("always".into()),
                ..opts()
            }),
            "conflicting options: cannot specify both --restart and --rm"
        );
        assert!(build(
            &ContainerOpts {
                rm: true,
                restart: Some("no".into()),
                ..opts()
            },
            false
        )
        .is_ok());
        assert_eq!(
            err(&ContainerOpts {
                memory_swappiness: Some(200),
                ..opts()
            }),
            "invalid value: 200. Valid memory swappiness range is 0-100"
        );
        assert_eq!(
            err(&ContainerOpts {
                publish: vec!["abc".into()],
                ..opts()
            }),
            "invalid containerPort: abc"
        );
        assert_eq!(
            err(&ContainerOpts {
                env_file: vec!["/nonexistent".into()],
                ..opts()
            }),
            "open /nonexistent: no such file or directory"
        );
        assert_eq!(
            err(&ContainerOpts {
                pid: Some("foo".into()),
                ..opts()
            }),
            "--pid: invalid PID mode"
        );
        assert_eq!(
            err(&ContainerOpts {
                security_opt: vec!["foo".into()],
                ..opts()
            }),
            "Invalid --security-opt: \"foo\""
        );
        assert_eq!(
            err(&ContainerOpts {
                device: vec!["/dev/null:rel".into()],
                ..opts()
            }),
            "rel is not an absolute path"
        );
    }
}
