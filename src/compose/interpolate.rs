//! Variable substitution in every string of a compose file, as docker's loader does it: `$VAR`,
//! `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `$$`. Values
//! come from the environment only (`docker stack deploy` reads no `.env` file). A substituted
//! string at a path that the schema types as a number or boolean is cast (`replicas: ${N}`).

use serde_json::{Map, Value};

/// The variables: a lookup that tells unset from empty.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Substitutes one string; `Err` holds docker's template text for the message.
pub fn substitute(template: &str, lookup: Lookup) -> Result<String, String> {
    let invalid = || format!("{template:?}");
    let b = template.as_bytes();
    let mut out = String::with_capacity(template.len());
    let mut i = 0;
    while i < b.len() {
        let Some(off) = template[i..].find('$') else {
            out.push_str(&template[i..]);
            break;
        };
        out.push_str(&template[i..i + off]);
        i += off + 1;
        let rest = &template[i..];
        if rest.starts_with('$') {
            out.push('$');
            i += 1;
            continue;
        }
        let (body, used) = if let Some(inner) = rest.strip_prefix('{') {
            match subst_len(inner) {
                Some(n) if inner[n..].starts_with('}') => (&inner[..n], n + 2),
                _ => return Err(invalid()),
            }
        } else {
            match subst_len(rest) {
                Some(n) => (&rest[..n], n),
                None => return Err(invalid()),
            }
        };
        out.push_str(&apply(body, lookup).map_err(|m| format!("{m:?}"))?);
        i += used;
    }
    Ok(out)
}

/// Length of `[_a-z][_a-z0-9]*(?::?[-?][^}]*)?` (case-insensitive) at the start of `s`.
fn subst_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.is_empty() || !(b[0] == b'_' || b[0].is_ascii_alphabetic()) {
        return None;
    }
    let mut n = 1;
    while n < b.len() && (b[n] == b'_' || b[n].is_ascii_alphanumeric()) {
        n += 1;
    }
    let op = if b.get(n) == Some(&b':') { n + 1 } else { n };
    if matches!(b.get(op), Some(b'-' | b'?')) {
        n = op + 1;
        while n < b.len() && b[n] != b'}' {
            n += 1;
        }
    }
    Some(n)
}

fn apply(body: &str, lookup: Lookup) -> Result<String, String> {
    if let Some((name, def)) = body.split_once(":-") {
        return Ok(lookup(name)
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| def.to_string()));
    }
    if let Some((name, def)) = body.split_once('-') {
        return Ok(lookup(name).unwrap_or_else(|| def.to_string()));
    }
    if let Some((name, msg)) = body.split_once(":?") {
        return lookup(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("required variable {name} is missing a value: {msg}"));
    }
    if let Some((name, msg)) = body.split_once('?') {
        return lookup(name)
            .ok_or_else(|| format!("required variable {name} is missing a value: {msg}"));
    }
    Ok(lookup(body).unwrap_or_default())
}

#[derive(Clone, Copy)]
enum Cast {
    Int,
    Bool,
    Float,
}

/// The paths docker casts after substitution (`*` is any key, `[]` any list item).
const CASTS: &[(&str, Cast)] = &[
    ("services.*.configs.[].mode", Cast::Int),
    ("services.*.secrets.[].mode", Cast::Int),
    ("services.*.healthcheck.retries", Cast::Int),
    ("services.*.healthcheck.disable", Cast::Bool),
    ("services.*.deploy.replicas", Cast::Int),
    ("services.*.deploy.update_config.parallelism", Cast::Int),
    (
        "services.*.deploy.update_config.max_failure_ratio",
        Cast::Float,
    ),
    ("services.*.deploy.rollback_config.parallelism", Cast::Int),
    (
        "services.*.deploy.rollback_config.max_failure_ratio",
        Cast::Float,
    ),
    ("services.*.deploy.restart_policy.max_attempts", Cast::Int),
    (
        "services.*.deploy.placement.max_replicas_per_node",
        Cast::Int,
    ),
    ("services.*.ports.[].target", Cast::Int),
    ("services.*.ports.[].published", Cast::Int),
    ("services.*.ulimits.*", Cast::Int),
    ("services.*.ulimits.*.hard", Cast::Int),
    ("services.*.ulimits.*.soft", Cast::Int),
    ("services.*.privileged", Cast::Bool),
    ("services.*.oom_score_adj", Cast::Int),
    ("services.*.read_only", Cast::Bool),
    ("services.*.stdin_open", Cast::Bool),
    ("services.*.tty", Cast::Bool),
    ("services.*.volumes.[].read_only", Cast::Bool),
    ("services.*.volumes.[].volume.nocopy", Cast::Bool),
    ("networks.*.external", Cast::Bool),
    ("networks.*.internal", Cast::Bool),
    ("networks.*.attachable", Cast::Bool),
    ("volumes.*.external", Cast::Bool),
    ("secrets.*.external", Cast::Bool),
    ("configs.*.external", Cast::Bool),
];

fn cast_for(path: &[String]) -> Option<Cast> {
    CASTS.iter().find_map(|(p, c)| {
        let parts: Vec<&str> = p.split('.').collect();
        (parts.len() == path.len() && parts.iter().zip(path).all(|(p, s)| *p == "*" || p == s))
            .then_some(*c)
    })
}

fn cast(c: Cast, s: &str) -> Result<Value, String> {
    match c {
        Cast::Int => s
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("strconv.Atoi: parsing {s:?}: invalid syntax")),
        Cast::Float => s
            .parse::<f64>()
            .map(Value::from)
            .map_err(|_| format!("strconv.ParseFloat: parsing {s:?}: invalid syntax")),
        Cast::Bool => match s.to_ascii_lowercase().as_str() {
            "y" | "yes" | "true" | "on" => Ok(Value::Bool(true)),
            "n" | "no" | "false" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!("invalid boolean: {s}")),
        },
    }
}

/// Substitutes every string of a file's top-level sections, in docker's error wording.
pub fn config(dict: &mut Map<String, Value>, lookup: Lookup) -> Result<(), String> {
    for (key, v) in dict.iter_mut() {
        walk(v, &mut vec![key.clone()], lookup)?;
    }
    Ok(())
}

fn walk(v: &mut Value, path: &mut Vec<String>, lookup: Lookup) -> Result<(), String> {
    match v {
        Value::String(s) => {
            let new = substitute(s, lookup).map_err(|t| {
                format!(
                    "invalid interpolation format for {}: {t}; you may need to escape any $ with another $",
                    path.join(".")
                )
            })?;
            if new != *s {
                *v = match cast_for(path) {
                    Some(c) => cast(c, &new).map_err(|e| {
                        format!(
                            "error while interpolating {}: failed to cast to expected type: {e}",
                            path.join(".")
                        )
                    })?,
                    None => Value::String(new),
                };
            }
            Ok(())
        }
        Value::Object(m) => m.iter_mut().try_for_each(|(k, e)| {
            path.push(k.clone());
            let r = walk(e, path, lookup);
            path.pop();
            r
        }),
        Value::Array(items) => items.iter_mut().try_for_each(|e| {
            path.push("[]".into());
            let r = walk(e, path, lookup);
            path.pop();
            r
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn env(name: &str) -> Option<String> {
        match name {
            "SET" => Some("v".into()),
            "EMPTY" => Some(String::new()),
            _ => None,
        }
    }

    fn s(t: &str) -> Result<String, String> {
        substitute(t, &env)
    }

    #[test]
    fn forms() {
        assert_eq!(s("$SET ${SET} x$$y").unwrap(), "v v x$y");
        assert_eq!(
            s("${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d}").unwrap(),
            "d d  d"
        );
        assert_eq!(s("$UNSET.").unwrap(), ".");
        assert_eq!(s("${SET:?no} ${EMPTY?no}").unwrap(), "v ");
        assert_eq!(
            s("${EMPTY:?must be set}").unwrap_err(),
            "\"required variable EMPTY is missing a value: must be set\""
        );
        assert_eq!(
            s("${UNSET?}").unwrap_err(),
            "\"required variable UNSET is missing a value: \""
        );
        assert_eq!(s("a $ b").unwrap_err(), "\"a $ b\"");
        assert_eq!(s("${1x}").unwrap_err(), "\"${1x}\"");
    }

    #[test]
    fn casts_and_paths() {
        let mut m = json!({"services": {"w": {"deploy": {"replicas": "${N}"}, "environment": ["A=${Q:?x}"]}}});
        let look = |n: &str| (n == "N").then(|| "3".to_string());
        let err = config(m.as_object_mut().unwrap(), &look).unwrap_err();
        assert_eq!(err, "invalid interpolation format for services.w.environment.[]: \"required variable Q is missing a value: x\"; you may need to escape any $ with another $");
        let mut m = json!({"services": {"w": {"deploy": {"replicas": "${N}"}}}});
        config(m.as_object_mut().unwrap(), &look).unwrap();
        assert_eq!(m["services"]["w"]["deploy"]["replicas"], json!(3));
    }
}
