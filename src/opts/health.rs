//! `--health-cmd`, `--health-interval`, `--health-timeout`, `--health-start-period`,
//! `--health-retries` and `--no-healthcheck` → `Config.Healthcheck`, as docker builds it.

use bollard::models::HealthConfig;

/// The health flags, durations already in nanoseconds.
#[derive(Debug, Default)]
pub struct HealthFlags<'a> {
    pub cmd: Option<&'a str>,
    pub interval: i64,
    pub timeout: i64,
    pub start_period: i64,
    pub start_interval: i64,
    pub retries: i64,
    pub disabled: bool,
}

pub fn build(f: &HealthFlags) -> Result<Option<HealthConfig>, String> {
    let cmd = f.cmd.unwrap_or("");
    let any = !cmd.is_empty()
        || f.interval != 0
        || f.timeout != 0
        || f.start_period != 0
        || f.start_interval != 0
        || f.retries != 0;
    if f.disabled {
        if any {
            return Err("--no-healthcheck conflicts with --health-* options".into());
        }
        return Ok(Some(HealthConfig {
            test: Some(vec!["NONE".into()]),
            ..Default::default()
        }));
    }
    if !any {
        return Ok(None);
    }
    for (value, flag) in [
        (f.interval, "--health-interval"),
        (f.timeout, "--health-timeout"),
        (f.retries, "--health-retries"),
        (f.start_period, "--health-start-period"),
        (f.start_interval, "--health-start-interval"),
    ] {
        if value < 0 {
            return Err(format!("{flag} cannot be negative"));
        }
    }
    // docker's HealthConfig omits zero values
    let set = |v: i64| (v != 0).then_some(v);
    Ok(Some(HealthConfig {
        test: (!cmd.is_empty()).then(|| vec!["CMD-SHELL".into(), cmd.into()]),
        interval: set(f.interval),
        timeout: set(f.timeout),
        retries: set(f.retries),
        start_period: set(f.start_period),
        start_interval: set(f.start_interval),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_and_timings() {
        let h = build(&HealthFlags {
            cmd: Some("true"),
            interval: 5_000_000_000,
            retries: 3,
            ..Default::default()
        })
        .unwrap()
        .unwrap();
        assert_eq!(
            h.test,
            Some(vec!["CMD-SHELL".to_string(), "true".to_string()])
        );
        assert_eq!(
            (h.interval, h.retries, h.timeout),
            (Some(5_000_000_000), Some(3), None)
        );
        assert_eq!(build(&HealthFlags::default()).unwrap(), None);
    }

    #[test]
    fn disabled() {
        let h = build(&HealthFlags {
            disabled: true,
            ..Default::default()
        })
        .unwrap()
        .unwrap();
        assert_eq!(h.test, Some(vec!["NONE".to_string()]));
        assert_eq!(
            build(&HealthFlags {
                disabled: true,
                retries: 1,
                ..Default::default()
            })
            .unwrap_err(),
            "--no-healthcheck conflicts with --health-* options"
        );
    }

    #[test]
    fn negatives_are_refused_in_dockers_order() {
        let f = HealthFlags {
            timeout: -1,
            retries: -1,
            ..Default::default()
        };
        assert_eq!(
            build(&f).unwrap_err(),
            "--health-timeout cannot be negative"
        );
        let f = HealthFlags {
            retries: -1,
            ..Default::default()
        };
        assert_eq!(
            build(&f).unwrap_err(),
            "--health-retries cannot be negative"
        );
    }
}
