//! `--restart no|always|unless-stopped|on-failure[:N]` as `opts.ParseRestartPolicy` reads it.
//! Docker leaves the policy's name to the engine; names bollard cannot carry come back raw.

use bollard::models::{RestartPolicy, RestartPolicyNameEnum};

/// A parsed policy plus, when its name is none bollard knows, that name verbatim.
#[derive(Debug, Clone, PartialEq)]
pub struct Restart {
    pub policy: RestartPolicy,
    pub raw_name: Option<String>,
}

impl Restart {
    /// `RestartPolicy.IsNone`: no policy, or `no`.
    pub fn is_none(&self) -> bool {
        self.raw_name.is_none()
            && matches!(
                self.policy.name,
                None | Some(RestartPolicyNameEnum::NO) | Some(RestartPolicyNameEnum::EMPTY)
            )
    }
}

pub fn parse(policy: &str) -> Result<Restart, String> {
    let (name, count) = policy.split_once(':').unwrap_or((policy, ""));
    if policy.contains(':') && name.is_empty() {
        return Err("invalid restart policy format: no policy provided before colon".into());
    }
    let mut out = Restart {
        policy: RestartPolicy::default(),
        raw_name: None,
    };
    if policy.is_empty() {
        out.policy.name = Some(RestartPolicyNameEnum::EMPTY);
        out.policy.maximum_retry_count = Some(0);
        return Ok(out);
    }
    let retries = if count.is_empty() {
        0
    } else {
        count.parse::<i64>().map_err(|_| {
            "invalid restart policy format: maximum retry count must be an integer".to_string()
        })?
    };
    out.policy.maximum_retry_count = Some(retries);
    match name.parse::<RestartPolicyNameEnum>() {
        Ok(n) => out.policy.name = Some(n),
        Err(_) => out.raw_name = Some(name.to_string()),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies() {
        let r = parse("on-failure:3").unwrap();
        assert_eq!(r.policy.name, Some(RestartPolicyNameEnum::ON_FAILURE));
        assert_eq!(r.policy.maximum_retry_count, Some(3));
        assert!(parse("no").unwrap().is_none());
        assert!(!parse("always").unwrap().is_none());
        assert!(!parse("unless-stopped").unwrap().is_none());
        let r = parse("bogus").unwrap();
        assert_eq!(r.raw_name.as_deref(), Some("bogus"));
        assert!(!r.is_none());
    }

    #[test]
    fn docker_errors() {
        assert_eq!(
            parse(":3").unwrap_err(),
            "invalid restart policy format: no policy provided before colon"
        );
        assert_eq!(
            parse("on-failure:x").unwrap_err(),
            "invalid restart policy format: maximum retry count must be an integer"
        );
    }
}
