//! `--ulimit nofile=1024:2048` as go-units' `ParseUlimit` reads it.

use bollard::models::ResourcesUlimits;

const NAMES: &[&str] = &[
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
];

fn parse_int(s: &str) -> Result<i64, String> {
    s.parse::<i64>().map_err(|_| {
        let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
        let why = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            "value out of range"
        } else {
            "invalid syntax"
        };
        format!("strconv.ParseInt: parsing {s:?}: {why}")
    })
}

/// Parses one `--ulimit` value (a clap value parser).
pub fn parse(val: &str) -> Result<ResourcesUlimits, String> {
    let (name, limits) = val
        .split_once('=')
        .ok_or_else(|| format!("invalid ulimit argument: {val}"))?;
    if !NAMES.contains(&name) {
        return Err(format!("invalid ulimit type: {name}"));
    }
    let parts: Vec<&str> = limits.split(':').collect();
    let (soft, hard) = match parts.as_slice() {
        [soft] => {
            let s = parse_int(soft)?;
            (s, s)
        }
        [soft, hard] => {
            let h = parse_int(hard)?;
            (parse_int(soft)?, h)
        }
        _ => {
            return Err(format!(
                "too many limit value arguments - {limits}, can only have up to two, `soft[:hard]`"
            ))
        }
    };
    if hard != -1 {
        if soft == -1 {
            return Err(format!(
                "ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: {hard}"
            ));
        }
        if soft > hard {
            return Err(format!(
                "ulimit soft limit must be less than or equal to hard limit: {soft} > {hard}"
            ));
        }
    }
    Ok(ResourcesUlimits {
        name: Some(name.into()),
        soft: Some(soft),
        hard: Some(hard),
    })
}

/// docker keeps one ulimit per name (the last given).
pub fn dedupe(ulimits: &[ResourcesUlimits]) -> Vec<ResourcesUlimits> {
    let mut out: Vec<ResourcesUlimits> = Vec::new();
    for u in ulimits {
        match out.iter_mut().find(|o| o.name == u.name) {
            Some(slot) => *slot = u.clone(),
            None => out.push(u.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(v: &str) -> (i64, i64) {
        let u = parse(v).unwrap();
        (u.soft.unwrap(), u.hard.unwrap())
    }

    #[test]
    fn soft_and_hard() {
        assert_eq!(limits("nofile=1024:2048"), (1024, 2048));
        assert_eq!(limits("nproc=512"), (512, 512));
        assert_eq!(limits("core=-1"), (-1, -1));
        assert_eq!(limits("memlock=100:-1"), (100, -1));
    }

    #[test]
    fn docker_errors() {
        assert_eq!(parse("x").unwrap_err(), "invalid ulimit argument: x");
        assert_eq!(parse("foo=1").unwrap_err(), "invalid ulimit type: foo");
        assert_eq!(
            parse("nofile=a").unwrap_err(),
            "strconv.ParseInt: parsing \"a\": invalid syntax"
        );
        assert_eq!(
            parse("nofile=2:1").unwrap_err(),
            "ulimit soft limit must be less than or equal to hard limit: 2 > 1"
        );
        assert_eq!(
            parse("nofile=-1:5").unwrap_err(),
            "ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: 5"
        );
        assert_eq!(
            parse("nofile=1:2:3").unwrap_err(),
            "too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`"
        );
    }

    #[test]
    fn last_per_name_wins() {
        let all = [
            parse("nofile=1").unwrap(),
            parse("nproc=2").unwrap(),
            parse("nofile=3").unwrap(),
        ];
        let d = dedupe(&all);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].soft, Some(3));
    }
}
