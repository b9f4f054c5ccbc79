//! docker's flag value parsers (ports, mounts, volumes, sizes, durations, ulimits, env/label
//! files, networks, restart policies, devices, hosts, ...): bad input is an `Err`, never a panic.
//! Input: one byte choosing the parser, then the value.
#![no_main]

use hvdock_fuzz::opts::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    if which % 32 == 12 {
        // env files / label files: raw bytes, with and without a lookup for bare keys
        let lookup = |k: &str| Some(format!("v-{k}"));
        let _ = kvfile::parse(rest, Some(&lookup));
        let _ = kvfile::parse(rest, None);
        return;
    }
    let Ok(s) = std::str::from_utf8(rest) else {
        return;
    };
    let list = || s.split('\u{1}').map(str::to_string).collect::<Vec<_>>();
    match which % 32 {
        0 => {
            let _ = ports::parse(&list(), &[]);
        }
        1 => {
            let _ = ports::parse(&[], &list());
        }
        2 => {
            let _ = ports::parse_range(s);
            let _ = ports::split_proto_port(s);
        }
        3 => {
            let _ = mount::parse(s);
        }
        4 => {
            let _ = volume::parse(&list());
        }
        5 => {
            let _ = size::ram_in_bytes(s);
            let _ = size::from_human_size(s);
            let _ = size::memory_swap(s);
        }
        6 => {
            let _ = duration::parse(s);
        }
        7 => {
            let _ = ulimit::parse(s);
        }
        8 => {
            let _ = network::parse(s);
            let _ = network::is_user_defined(s);
            let _ = network::network_name(s);
        }
        9 => {
            let _ = restart::parse(s);
        }
        10 => {
            let _ = device::parse(s);
            let _ = device::cgroup_rule(s);
        }
        11 => {
            let _ = host::extra_host(s);
            let _ = host::dns_search(s);
        }
        13 => {
            let _ = keyvalue::env(s);
            let _ = keyvalue::label(s);
            let _ = keyvalue::sysctl(s);
            let _ = keyvalue::logging(Some("json-file"), &list());
            let _ = keyvalue::storage(&list());
        }
        14 => {
            let _ = cpus::parse(s);
            let _ = gofloat::parse_float(s);
        }
        15 => {
            let _ = csv::read_record(s);
        }
        16 => {
            let _ = filter::parse(s);
            let pairs: Vec<(String, String)> = list()
                .into_iter()
                .map(|p| match p.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (p, String::new()),
                })
                .collect();
            let _ = filter::to_query(&pairs);
        }
        17 => {
            let _ = ip::parse(s).map(ip::canonical);
            let _ = ip::validate(s);
            let _ = mac::is_valid(s);
        }
        18 => {
            let _ = link::validate(s);
            let _ = attach::stream(s);
            let _ = boolean::parse(s);
            let _ = cdi::is_qualified_name(s);
        }
        19 => {
            let _ = namespace::pid(s);
            let _ = namespace::uts(s);
            let _ = namespace::userns(s);
            let _ = namespace::cgroupns(s);
            let _ = namespace::capabilities(&list());
        }
        20 => {
            let _ = paths::clean(s);
            let _ = paths::absolute_if_dotted(s);
        }
        _ => {}
    }
});
