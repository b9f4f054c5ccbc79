//! `--gpus` (`opts.GpuOpts`): `all`, a count, or a CSV of `driver=`, `count=`, `device=`,
//! `capabilities=`, `options=`, turned into an engine device request as docker does.

use std::collections::HashMap;

use bollard::models::DeviceRequest;

fn count(s: &str) -> Result<i64, String> {
    if s == "all" {
        return Ok(-1);
    }
    s.parse::<i64>().map_err(|e| {
        let why = match e.kind() {
            std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                "value out of range"
            }
            _ => "invalid syntax",
        };
        format!("invalid count ({s}): value must be either \"all\" or an integer: {why}")
    })
}

/// One `--gpus` value.
pub fn parse(value: &str) -> Result<DeviceRequest, String> {
    let fields = super::csv::read_record(value)?;
    let mut req = DeviceRequest {
        driver: Some(String::new()),
        count: Some(0),
        ..Default::default()
    };
    let mut seen: Vec<String> = Vec::new();
    for field in &fields {
        let (key, val) = match field.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (field.as_str(), None),
        };
        if seen.iter().any(|s| s == key) {
            return Err(format!(
                "gpu request key '{key}' can be specified only once"
            ));
        }
        seen.push(key.to_string());
        let Some(val) = val else {
            seen.push("count".into());
            req.count = Some(count(key)?);
            continue;
        };
        match key {
            "driver" => req.driver = Some(val.to_string()),
            "count" => req.count = Some(count(val)?),
            "device" => req.device_ids = Some(val.split(',').map(str::to_string).collect()),
            "capabilities" => {
                let mut caps: Vec<String> = val.split(',').map(str::to_string).collect();
                caps.push("gpu".into());
                req.capabilities = Some(vec![caps]);
            }
            "options" => {
                let opts = super::csv::read_record(val)
                    .map_err(|e| format!("failed to read gpu options: {e}"))?;
                req.options = Some(super::keyvalue::to_map(&opts));
            }
            _ => return Err(format!("unexpected key '{key}' in '{field}'")),
        }
    }
    if !seen.iter().any(|s| s == "count") && req.device_ids.is_none() {
        req.count = Some(1);
    }
    if req.options.is_none() {
        req.options = Some(HashMap::new());
    }
    if req.capabilities.is_none() {
        req.capabilities = Some(vec![vec!["gpu".into()]]);
    }
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_docker() {
        let all = parse("all").unwrap();
        assert_eq!(all.count, Some(-1));
        assert_eq!(all.capabilities, Some(vec![vec!["gpu".to_string()]]));
        assert_eq!(parse("driver=nvidia").unwrap().count, Some(1));
        let caps = parse("\"capabilities=compute,utility\",count=2").unwrap();
        assert_eq!(caps.count, Some(2));
        assert_eq!(caps.capabilities.unwrap()[0], ["compute", "utility", "gpu"]);
        assert_eq!(
            parse("count=x").unwrap_err(),
            "invalid count (x): value must be either \"all\" or an integer: invalid syntax"
        );
        assert_eq!(
            parse("foo=1").unwrap_err(),
            "unexpected key 'foo' in 'foo=1'"
        );
        assert_eq!(
            parse("count=1,count=2").unwrap_err(),
            "gpu request key 'count' can be specified only once"
        );
    }
}
