//! `--pid`, `--uts`, `--userns`, `--cgroupns` and `--cap-add/--cap-drop`: the modes docker
//! checks on the client, and the client library's capability normalisation.

use bollard::models::HostConfigCgroupnsModeEnum;

/// `PidMode.Valid`: empty, `host`, or `container:<name>`.
pub fn pid(mode: &str) -> Result<String, String> {
    let container = mode
        .strip_prefix("container:")
        .is_some_and(|c| !c.is_empty());
    if mode.is_empty() || mode == "host" || container {
        Ok(mode.into())
    } else {
        Err("--pid: invalid PID mode".into())
    }
}

/// `UTSMode.Valid` and `UsernsMode.Valid`: empty or `host`.
pub fn uts(mode: &str) -> Result<String, String> {
    host_or_empty(mode, "--uts: invalid UTS mode")
}

pub fn userns(mode: &str) -> Result<String, String> {
    host_or_empty(mode, "--userns: invalid USER mode")
}

fn host_or_empty(mode: &str, err: &str) -> Result<String, String> {
    if mode.is_empty() || mode == "host" {
        Ok(mode.into())
    } else {
        Err(err.into())
    }
}

/// `CgroupnsMode.Valid`: empty, `private` or `host`.
pub fn cgroupns(mode: &str) -> Result<HostConfigCgroupnsModeEnum, String> {
    mode.parse()
        .map_err(|_| "--cgroupns: invalid CGROUP mode".to_string())
}

/// The client library's `normalizeCapabilities`: upper case, `CAP_` prefix (except `ALL`),
/// duplicates dropped, sorted; nothing given means nothing sent.
pub fn capabilities(caps: &[String]) -> Option<Vec<String>> {
    let mut out: Vec<String> = caps
        .iter()
        .map(|c| {
            let up = c.to_uppercase();
            if up == "ALL" || up.starts_with("CAP_") {
                up
            } else {
                format!("CAP_{up}")
            }
        })
        .collect();
    out.sort();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert!(pid("host").is_ok() && pid("container:db").is_ok() && pid("").is_ok());
        assert_eq!(pid("foo"), Err("--pid: invalid PID mode".into()));
        assert_eq!(pid("container:"), Err("--pid: invalid PID mode".into()));
        assert_eq!(uts("private"), Err("--uts: invalid UTS mode".into()));
        assert_eq!(userns("x"), Err("--userns: invalid USER mode".into()));
        assert_eq!(cgroupns("private"), Ok(HostConfigCgroupnsModeEnum::PRIVATE));
        assert_eq!(cgroupns("x"), Err("--cgroupns: invalid CGROUP mode".into()));
    }

    #[test]
    fn capabilities_normalised() {
        let caps: Vec<String> = ["net_admin", "CAP_SYS_TIME", "all", "NET_ADMIN"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            capabilities(&caps),
            Some(vec![
                "ALL".to_string(),
                "CAP_NET_ADMIN".to_string(),
                "CAP_SYS_TIME".to_string()
            ])
        );
        assert_eq!(capabilities(&[]), None);
    }
}
