//! `--device /dev/x[:/dev/y][:rwm]` and `--device-cgroup-rule 'c 1:3 rwm'`, as docker validates
//! them for a Linux engine.

use bollard::models::DeviceMapping;

use super::paths::clean;

/// A mode made of `r`, `w` and `m`, each at most once.
fn valid_mode(mode: &str) -> bool {
    let mut seen = [false; 3];
    !mode.is_empty()
        && mode.chars().all(|c| {
            let i = match c {
                'r' => 0,
                'w' => 1,
                'm' => 2,
                _ => return false,
            };
            !std::mem::replace(&mut seen[i], true)
        })
}

/// `validateLinuxPath`: the value with its container path cleaned.
fn validate(val: &str) -> Result<String, String> {
    if val.matches(':').count() > 2 {
        return Err(format!("bad format for path: {val}"));
    }
    let split: Vec<&str> = val.splitn(3, ':').collect();
    if split[0].is_empty() {
        return Err(format!("bad format for path: {val}"));
    }
    let (container, normalised) = match split.as_slice() {
        [path] => (*path, clean(path)),
        [path, mode] if valid_mode(mode) => (*path, format!("{}:{mode}", clean(path))),
        [host, path] => (*path, format!("{host}:{}", clean(path))),
        [host, path, mode] => {
            if !valid_mode(mode) {
                return Err(format!("bad mode specified: {mode}"));
            }
            (*path, format!("{host}:{path}:{mode}"))
        }
        _ => return Err(format!("bad format for path: {val}")),
    };
    if !container.starts_with('/') {
        return Err(format!("{container} is not an absolute path"));
    }
    Ok(normalised)
}

/// `validateDevice` + `parseLinuxDevice`.
pub fn parse(device: &str) -> Result<DeviceMapping, String> {
    let validated = validate(device)?;
    let arr: Vec<&str> = validated.splitn(4, ':').collect();
    let (src, mut dst, mut perms) = (arr[0], "", "rwm");
    match arr.as_slice() {
        [_] => {}
        [_, second] | [_, second, _] => {
            if valid_mode(second) {
                perms = second;
            } else {
                dst = second;
            }
            if let [_, _, third] = arr.as_slice() {
                perms = third;
            }
        }
        _ => return Err(format!("invalid device specification: {device}")),
    }
    if dst.is_empty() {
        dst = src;
    }
    Ok(DeviceMapping {
        path_on_host: Some(src.into()),
        path_in_container: Some(dst.into()),
        cgroup_permissions: Some(perms.into()),
    })
}

/// `validateDeviceCgroupRule` (clap value parser): `^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$`.
pub fn cgroup_rule(val: &str) -> Result<String, String> {
    let number = |s: &str| s == "*" || (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let ok = (|| {
        let (kind, rest) = val.split_once(' ')?;
        let (numbers, mode) = rest.split_once(' ')?;
        let (major, minor) = numbers.split_once(':')?;
        let mode_ok =
            (1..=3).contains(&mode.len()) && mode.bytes().all(|b| matches!(b, b'r' | b'w' | b'm'));
        Some(matches!(kind, "a" | "c" | "b") && number(major) && number(minor) && mode_ok)
    })();
    if ok == Some(true) {
        Ok(val.to_string())
    } else {
        Err(format!("invalid device cgroup format '{val}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triple(d: &str) -> (String, String, String) {
        let m = parse(d).unwrap();
        (
            m.path_on_host.unwrap(),
            m.path_in_container.unwrap(),
            m.cgroup_permissions.unwrap(),
        )
    }

    #[test]
    fn device_forms() {
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(triple("/dev/null"), t("/dev/null", "/dev/null", "rwm"));
        assert_eq!(triple("/dev/null:/dev/x"), t("/dev/null", "/dev/x", "rwm"));
        assert_eq!(triple("/dev/null:r"), t("/dev/null", "/dev/null", "r"));
        assert_eq!(
            triple("/dev/null:/dev/x:rw"),
            t("/dev/null", "/dev/x", "rw")
        );
        assert_eq!(triple("/dev/./null"), t("/dev/null", "/dev/null", "rwm"));
    }

    #[test]
    fn docker_errors() {
        assert_eq!(
            parse("/dev/null:rel").unwrap_err(),
            "rel is not an absolute path"
        );
        assert_eq!(parse("/a:/b:rr").unwrap_err(), "bad mode specified: rr");
        assert_eq!(
            parse("/a:/b:r:x").unwrap_err(),
            "bad format for path: /a:/b:r:x"
        );
        assert_eq!(parse(":/b").unwrap_err(), "bad format for path: :/b");
    }

    #[test]
    fn cgroup_rules() {
        assert!(cgroup_rule("c 1:3 rwm").is_ok());
        assert!(cgroup_rule("a *:* m").is_ok());
        assert_eq!(
            cgroup_rule("x").unwrap_err(),
            "invalid device cgroup format 'x'"
        );
        assert!(cgroup_rule("c 1:3 rwmr").is_err());
        assert!(cgroup_rule("d 1:3 r").is_err());
    }
}
