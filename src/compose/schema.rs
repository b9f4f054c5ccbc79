//! The compose v3 schema checks docker makes before loading a file (its embedded JSON schema,
//! validated by gojsonschema), with docker's choice among the violations and its wording:
//! `services.web Additional property foo is not allowed`, `services.web.ports must be a list`,
//! `services.web.deploy.replicas must be a integer`, `services.web.environment.A must be a
//! string, number or null`, `services.web.ports.0 Does not match format 'ports'`,
//! `services.web.ulimits.nofile hard is required`, `... array items[0,1] must be unique`.
//!
//! The schema is the 3.13 one (docker's latest, which `3` and a file without `version` use),
//! written below as Rust data. A `oneOf` reports the first alternative whose JSON type fits the
//! value, or the first alternative's type (gojsonschema's closest match is the alternative that
//! got furthest, and a type mismatch gets nowhere).

use serde_json::{Map, Value};

#[derive(Clone, Copy)]
enum S {
    /// Values of these JSON types (`object`, `array`, `string`, `number`, `integer`,
    /// `boolean`, `null`), nothing more checked.
    T(&'static [&'static str]),
    /// A string in this format (`duration`, `ports`), or a number in `ports` format.
    Fmt(&'static [&'static str], &'static str),
    Enum(&'static [&'static str]),
    Obj(&'static Obj),
    /// A list of items; `true` when they must be unique.
    Arr(&'static S, bool),
    OneOf(&'static [S]),
}

#[derive(Clone, Copy, PartialEq)]
enum Pat {
    /// `^[a-zA-Z0-9._-]+$`
    Name,
    /// `.+`
    NonEmpty,
    /// `^[a-z]+$`
    Lower,
}

struct Obj {
    types: &'static [&'static str],
    props: &'static [(&'static str, S)],
    pattern: Option<(Pat, &'static S)>,
    /// Keys matching `^x-` allowed.
    ext: bool,
    /// Other keys allowed.
    open: bool,
    required: &'static [&'static str],
}

const fn obj(props: &'static [(&'static str, S)]) -> Obj {
    Obj {
        types: &["object"],
        props,
        pattern: None,
        ext: false,
        open: false,
        required: &[],
    }
}

const fn map_of(pat: Pat, s: &'static S) -> Obj {
    Obj {
        types: &["object"],
        props: &[],
        pattern: Some((pat, s)),
        ext: false,
        open: true,
        required: &[],
    }
}

const STR: S = S::T(&["string"]);
const INT: S = S::T(&["integer"]);
const NUM: S = S::T(&["number"]);
const BOOL: S = S::T(&["boolean"]);
const DUR: S = S::Fmt(&["string"], "duration");
const STRINGS: S = S::Arr(&STR, true);
const LIST: S = S::Arr(&STR, false);
const STR_OR_LIST: S = S::OneOf(&[STR, STRINGS]);
const DICT_VALUE: S = S::T(&["string", "number", "null"]);
const LIST_OR_DICT: S = S::OneOf(&[
    S::Obj(&Obj {
        types: &["object"],
        props: &[],
        pattern: Some((Pat::NonEmpty, &DICT_VALUE)),
        ext: false,
        open: false,
        required: &[],
    }),
    STRINGS,
]);
const OPTS: S = S::Obj(&map_of(Pat::NonEmpty, &S::T(&["string", "number"])));
/// `external`: a boolean or `{name}` (`open`: other keys allowed, as for secrets and configs).
const fn external(open: bool) -> Obj {
    Obj {
        types: &["boolean", "object"],
        props: &[("name", STR)],
        pattern: None,
        ext: false,
        open,
        required: &[],
    }
}
const EXTERNAL: S = S::Obj(&external(false));
const EXTERNAL_OPEN: S = S::Obj(&external(true));
const FILE_REF: S = S::OneOf(&[
    STR,
    S::Obj(&Obj {
        types: &["object"],
        props: &[
            ("source", STR),
            ("target", STR),
            ("uid", STR),
            ("gid", STR),
            ("mode", NUM),
        ],
        pattern: None,
        ext: false,
        open: true,
        required: &[],
    }),
]);
const UPDATE: S = S::Obj(&obj(&[
    ("parallelism", INT),
    ("delay", DUR),
    ("failure_action", STR),
    ("monitor", DUR),
    ("max_failure_ratio", NUM),
    ("order", S::Enum(&["start-first", "stop-first"])),
]));

const DEPLOY: S = S::Obj(&Obj {
    types: &["object", "null"],
    props: &[
        ("mode", STR),
        ("endpoint_mode", STR),
        ("replicas", INT),
        ("labels", LIST_OR_DICT),
        ("rollback_config", UPDATE),
        ("update_config", UPDATE),
        (
            "resources",
            S::Obj(&obj(&[
                (
                    "limits",
                    S::Obj(&obj(&[("cpus", STR), ("memory", STR), ("pids", INT)])),
                ),
                (
                    "reservations",
                    S::Obj(&obj(&[
                        ("cpus", STR),
                        ("memory", STR),
                        (
                            "generic_resources",
                            S::Arr(
                                &S::Obj(&obj(&[(
                                    "discrete_resource_spec",
                                    S::Obj(&obj(&[("kind", STR), ("value", NUM)])),
                                )])),
                                false,
                            ),
                        ),
                    ])),
                ),
            ])),
        ),
        (
            "restart_policy",
            S::Obj(&obj(&[
                ("condition", STR),
                ("delay", DUR),
                ("max_attempts", INT),
                ("window", DUR),
            ])),
        ),
        (
            "placement",
            S::Obj(&obj(&[
                ("constraints", LIST),
                (
                    "preferences",
                    S::Arr(&S::Obj(&obj(&[("spread", STR)])), false),
                ),
                ("max_replicas_per_node", INT),
            ])),
        ),
    ],
    pattern: None,
    ext: false,
    open: false,
    required: &[],
});

const HEALTHCHECK: S = S::Obj(&obj(&[
    ("disable", BOOL),
    ("interval", DUR),
    ("retries", NUM),
    ("test", S::OneOf(&[STR, LIST])),
    ("timeout", DUR),
    ("start_period", DUR),
    ("start_interval", DUR),
]));

const SERVICE_NETWORK: S = S::OneOf(&[
    S::Obj(&obj(&[
        ("aliases", STRINGS),
        ("driver_opts", OPTS),
        ("ipv4_address", STR),
        ("ipv6_address", STR),
    ])),
    S::T(&["null"]),
]);

const SERVICE: S = S::Obj(&Obj {
    types: &["object"],
    props: &[
        ("deploy", DEPLOY),
        (
            "build",
            S::OneOf(&[
                STR,
                S::Obj(&Obj {
                    types: &["object"],
                    props: &[
                        ("context", STR),
                        ("dockerfile", STR),
                        ("args", LIST_OR_DICT),
                        ("labels", LIST_OR_DICT),
                        ("cache_from", STRINGS),
                        ("network", STR),
                        ("target", STR),
                        ("shm_size", S::T(&["integer", "string"])),
                        ("extra_hosts", LIST_OR_DICT),
                    ],
                    pattern: None,
                    ext: false,
                    open: true,
                    required: &[],
                }),
            ]),
        ),
        ("cap_add", STRINGS),
        ("cap_drop", STRINGS),
        ("cgroupns_mode", STR),
        ("cgroup_parent", STR),
        ("command", S::OneOf(&[STR, LIST])),
        ("configs", S::Arr(&FILE_REF, false)),
        ("container_name", STR),
        (
            "credential_spec",
            S::Obj(&obj(&[("config", STR), ("file", STR), ("registry", STR)])),
        ),
        ("depends_on", STRINGS),
        ("devices", STRINGS),
        ("dns", STR_OR_LIST),
        ("dns_search", STR_OR_LIST),
        ("domainname", STR),
        ("entrypoint", S::OneOf(&[STR, LIST])),
        ("env_file", STR_OR_LIST),
        ("environment", LIST_OR_DICT),
        ("expose", S::Arr(&S::T(&["string", "number"]), true)),
        ("external_links", STRINGS),
        ("extra_hosts", LIST_OR_DICT),
        ("healthcheck", HEALTHCHECK),
        ("hostname", STR),
        ("image", STR),
        ("init", BOOL),
        ("ipc", STR),
        ("isolation", STR),
        ("labels", LIST_OR_DICT),
        ("links", STRINGS),
        (
            "logging",
            S::Obj(&obj(&[
                ("driver", STR),
                ("options", S::Obj(&map_of(Pat::NonEmpty, &DICT_VALUE))),
            ])),
        ),
        ("mac_address", STR),
        ("network_mode", STR),
        (
            "networks",
            S::OneOf(&[
                STRINGS,
                S::Obj(&Obj {
                    types: &["object"],
                    props: &[],
                    pattern: Some((Pat::Name, &SERVICE_NETWORK)),
                    ext: false,
                    open: false,
                    required: &[],
                }),
            ]),
        ),
        ("pid", S::T(&["string", "null"])),
        (
            "ports",
            S::Arr(
                &S::OneOf(&[
                    S::Fmt(&["number"], "ports"),
                    S::Fmt(&["string"], "ports"),
                    S::Obj(&obj(&[
                        ("mode", STR),
                        ("target", INT),
                        ("published", INT),
                        ("protocol", STR),
                    ])),
                ]),
                true,
            ),
        ),
        ("privileged", BOOL),
        ("read_only", BOOL),
        ("restart", STR),
        ("security_opt", STRINGS),
        ("shm_size", S::T(&["number", "string"])),
        ("secrets", S::Arr(&FILE_REF, false)),
        ("sysctls", LIST_OR_DICT),
        ("stdin_open", BOOL),
        ("stop_grace_period", DUR),
        ("stop_signal", STR),
        ("tmpfs", STR_OR_LIST),
        ("tty", BOOL),
        (
            "ulimits",
            S::Obj(&map_of(
                Pat::Lower,
                &S::OneOf(&[
                    INT,
                    S::Obj(&Obj {
                        types: &["object"],
                        props: &[("hard", INT), ("soft", INT)],
                        pattern: None,
                        ext: false,
                        open: false,
                        required: &["soft", "hard"],
                    }),
                ]),
            )),
        ),
        ("oom_score_adj", INT),
        ("user", STR),
        ("userns_mode", STR),
        (
            "volumes",
            S::Arr(
                &S::OneOf(&[
                    STR,
                    S::Obj(&Obj {
                        types: &["object"],
                        props: &[
                            ("type", STR),
                            ("source", STR),
                            ("target", STR),
                            ("read_only", BOOL),
                            ("consistency", STR),
                            ("bind", S::Obj(&obj(&[("propagation", STR)]).open())),
                            ("volume", S::Obj(&obj(&[("nocopy", BOOL)]).open())),
                            ("tmpfs", S::Obj(&obj(&[("size", INT)]).open())),
                        ],
                        pattern: None,
                        ext: false,
                        open: false,
                        required: &["type"],
                    }),
                ]),
                false,
            ),
        ),
        ("working_dir", STR),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
});

impl Obj {
    const fn open(self) -> Obj {
        Obj { open: true, ..self }
    }
}

const NETWORK: S = S::Obj(&Obj {
    types: &["object", "null"],
    props: &[
        ("name", STR),
        ("driver", STR),
        ("driver_opts", OPTS),
        (
            "ipam",
            S::Obj(&obj(&[
                ("driver", STR),
                ("config", S::Arr(&S::Obj(&obj(&[("subnet", STR)])), false)),
            ])),
        ),
        ("external", EXTERNAL),
        ("internal", BOOL),
        ("attachable", BOOL),
        ("labels", LIST_OR_DICT),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
});

const VOLUME: S = S::Obj(&Obj {
    types: &["object", "null"],
    props: &[
        ("name", STR),
        ("driver", STR),
        ("driver_opts", OPTS),
        ("external", EXTERNAL),
        ("labels", LIST_OR_DICT),
        ("x-cluster-spec", S::T(&["object"])),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
});

const SECRET: S = S::Obj(&Obj {
    types: &["object"],
    props: &[
        ("name", STR),
        ("file", STR),
        ("external", EXTERNAL_OPEN),
        ("labels", LIST_OR_DICT),
        ("driver", STR),
        ("driver_opts", OPTS),
        ("template_driver", STR),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
});

const CONFIG: S = S::Obj(&Obj {
    types: &["object"],
    props: &[
        ("name", STR),
        ("file", STR),
        ("external", EXTERNAL_OPEN),
        ("labels", LIST_OR_DICT),
        ("template_driver", STR),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
});

/// A top-level section: entries named `^[a-zA-Z0-9._-]+$` (`closed`: no other keys).
macro_rules! section {
    ($s:expr, $closed:expr) => {
        S::Obj(&Obj {
            types: &["object"],
            props: &[],
            pattern: Some((Pat::Name, &$s)),
            ext: false,
            open: !$closed,
            required: &[],
        })
    };
}

const ROOT: Obj = Obj {
    types: &["object"],
    props: &[
        ("version", STR),
        ("services", section!(SERVICE, true)),
        ("networks", section!(NETWORK, false)),
        ("volumes", section!(VOLUME, true)),
        ("secrets", section!(SECRET, true)),
        ("configs", section!(CONFIG, true)),
    ],
    pattern: None,
    ext: true,
    open: false,
    required: &[],
};

/// Keys (by schema path: `*` an entry, `[]` an item) that an older version's schema does not
/// have, with the version that added them: in a file of an older version they are unknown keys.
const SINCE: &[(&str, &str)] = &[
    ("secrets", "3.1"),
    ("services.*.secrets", "3.1"),
    ("networks.*.attachable", "3.2"),
    ("services.*.build.cache_from", "3.2"),
    ("services.*.deploy.endpoint_mode", "3.2"),
    ("configs", "3.3"),
    ("services.*.build.labels", "3.3"),
    ("services.*.configs", "3.3"),
    ("services.*.credential_spec", "3.3"),
    ("services.*.deploy.placement.preferences", "3.3"),
    ("services.*.build.network", "3.4"),
    ("services.*.build.target", "3.4"),
    ("services.*.deploy.update_config.order", "3.4"),
    ("services.*.healthcheck.start_period", "3.4"),
    ("volumes.*.name", "3.4"),
    ("configs.*.name", "3.5"),
    ("networks.*.name", "3.5"),
    ("secrets.*.name", "3.5"),
    ("services.*.build.shm_size", "3.5"),
    (
        "services.*.deploy.resources.reservations.generic_resources",
        "3.5",
    ),
    ("services.*.isolation", "3.5"),
    ("services.*.deploy.rollback_config", "3.7"),
    ("services.*.init", "3.7"),
    ("configs.*.template_driver", "3.8"),
    ("secrets.*.driver", "3.8"),
    ("secrets.*.driver_opts", "3.8"),
    ("secrets.*.template_driver", "3.8"),
    ("services.*.credential_spec.config", "3.8"),
    ("services.*.deploy.placement.max_replicas_per_node", "3.8"),
    ("services.*.build.extra_hosts", "3.9"),
    ("services.*.cgroupns_mode", "3.9"),
    ("services.*.deploy.resources.limits.pids", "3.9"),
    ("volumes.*.x-cluster-spec", "3.10"),
    ("services.*.healthcheck.start_interval", "3.12"),
    ("services.*.networks.*.driver_opts", "3.13"),
    ("services.*.oom_score_adj", "3.13"),
];

/// `a < b` for dotted version numbers.
fn older(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a) < parts(b)
}

/// The versions docker has a schema for.
pub fn supported(version: &str) -> bool {
    matches!(
        version,
        "3.0"
            | "3.1"
            | "3.2"
            | "3.3"
            | "3.4"
            | "3.5"
            | "3.6"
            | "3.7"
            | "3.8"
            | "3.9"
            | "3.10"
            | "3.11"
            | "3.12"
            | "3.13"
    )
}

/// What a walk carries: the file's version and the violations found.
struct Cx<'a> {
    version: &'a str,
    errs: &'a mut Vec<Violation>,
}

struct Violation {
    depth: usize,
    invalid_type: bool,
    message: String,
}

/// Checks one file's (interpolated) dictionary against the schema of `version`; of the
/// violations, the most specific (deepest field; a wrong type wins a tie, else the first), in
/// docker's wording.
pub fn validate(root: &Map<String, Value>, version: &str) -> Result<(), String> {
    let mut errs = Vec::new();
    let mut cx = Cx {
        version,
        errs: &mut errs,
    };
    object("(root)", "", &Value::Object(root.clone()), &ROOT, &mut cx);
    let mut best: Option<&Violation> = None;
    for e in &errs {
        if best.is_none_or(|b| {
            e.depth > b.depth || (e.depth == b.depth && e.invalid_type && !b.invalid_type)
        }) {
            best = Some(e);
        }
    }
    match best {
        Some(v) => Err(v.message.clone()),
        None => Ok(()),
    }
}

fn depth(path: &str) -> usize {
    path.split('.').count()
}

fn push(errs: &mut Vec<Violation>, path: &str, invalid_type: bool, what: String) {
    errs.push(Violation {
        depth: depth(path),
        invalid_type,
        message: format!("{path} {what}"),
    });
}

fn child(path: &str, k: &str) -> String {
    if path == "(root)" {
        k.to_string()
    } else {
        format!("{path}.{k}")
    }
}

fn is(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => match v {
            Value::Number(n) => {
                n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            _ => false,
        },
        _ => false,
    }
}

fn human(t: &str) -> &str {
    match t {
        "object" => "mapping",
        "array" => "list",
        t => t,
    }
}

/// docker's `humanReadableType` of a type list: `a, b or c`.
fn humans(types: &[&str]) -> String {
    let h: Vec<&str> = types.iter().map(|t| human(t)).collect();
    match h.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => h.join(""),
    }
}

fn types_of(s: &S) -> &'static [&'static str] {
    match s {
        S::T(t) | S::Fmt(t, _) => t,
        S::Enum(_) => &["string"],
        S::Obj(o) => o.types,
        S::Arr(..) => &["array"],
        S::OneOf(alts) => alts.first().map(types_of).unwrap_or(&[]),
    }
}

fn spath(sp: &str, k: &str) -> String {
    if sp.is_empty() {
        k.to_string()
    } else {
        format!("{sp}.{k}")
    }
}

/// `path` is the field as docker names it, `sp` its schema path.
fn check(path: &str, sp: &str, v: &Value, s: &S, cx: &mut Cx) {
    let errs = &mut *cx.errs;
    if let S::OneOf(alts) = s {
        match alts.iter().find(|a| types_of(a).iter().any(|t| is(t, v))) {
            Some(a) => check(path, sp, v, a, cx),
            None => push(
                errs,
                path,
                true,
                format!("must be a {}", humans(types_of(&alts[0]))),
            ),
        }
        return;
    }
    let types = types_of(s);
    if !types.iter().any(|t| is(t, v)) {
        push(errs, path, true, format!("must be a {}", humans(types)));
        return;
    }
    match s {
        S::Fmt(_, f) => {
            let text = super::normalize::scalar_text(v).unwrap_or_default();
            let ok = match *f {
                "duration" => crate::opts::duration::parse(&text).is_ok(),
                _ => crate::opts::ports::parse(&[text], &[]).is_ok(),
            };
            if !ok {
                push(errs, path, false, format!("Does not match format '{f}'"));
            }
        }
        S::Enum(allowed) if !allowed.iter().any(|a| v.as_str() == Some(a)) => {
            let list: Vec<String> = allowed.iter().map(|a| format!("{a:?}")).collect();
            push(
                errs,
                path,
                false,
                format!("{path} must be one of the following: {}", list.join(", ")),
            );
        }
        S::Arr(item, unique) => {
            let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
            for (i, it) in items.iter().enumerate() {
                check(&child(path, &i.to_string()), &spath(sp, "[]"), it, item, cx);
            }
            let errs = &mut *cx.errs;
            if *unique {
                'outer: for i in 0..items.len() {
                    for j in i + 1..items.len() {
                        if items[i] == items[j] {
                            push(
                                errs,
                                path,
                                false,
                                format!("array items[{i},{j}] must be unique"),
                            );
                            break 'outer;
                        }
                    }
                }
            }
        }
        S::Obj(o) => object(path, sp, v, o, cx),
        _ => {}
    }
}

fn matches(p: Pat, k: &str) -> bool {
    match p {
        Pat::NonEmpty => !k.is_empty(),
        Pat::Lower => !k.is_empty() && k.bytes().all(|c| c.is_ascii_lowercase()),
        Pat::Name => {
            !k.is_empty()
                && k.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
        }
    }
}

fn object(path: &str, sp: &str, v: &Value, o: &Obj, cx: &mut Cx) {
    let Value::Object(m) = v else { return };
    for r in o.required {
        if !m.contains_key(*r) {
            push(cx.errs, path, false, format!("{r} is required"));
        }
    }
    for (k, val) in m {
        let ksp = spath(sp, k);
        let known = !SINCE
            .iter()
            .any(|(p, since)| *p == ksp && older(cx.version, since));
        if let Some((_, s)) = o.props.iter().find(|(p, _)| p == k).filter(|_| known) {
            check(&child(path, k), &ksp, val, s, cx);
        } else if let Some((_, s)) = o.pattern.filter(|(p, _)| matches(*p, k)) {
            check(&child(path, k), &spath(sp, "*"), val, s, cx);
        } else if (o.ext && k.starts_with("x-")) || o.open {
        } else {
            push(
                cx.errs,
                path,
                false,
                format!("Additional property {k} is not allowed"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(v: Value) -> Result<(), String> {
        validate(v.as_object().unwrap(), "3.13")
    }

    #[test]
    fn wording() {
        assert_eq!(
            check(json!({"foo": 1, "services": {}})).unwrap_err(),
            "(root) Additional property foo is not allowed"
        );
        assert_eq!(
            check(json!({"services": {"web": {"image": "x", "foo": 1}}})).unwrap_err(),
            "services.web Additional property foo is not allowed"
        );
        assert_eq!(
            check(json!({"services": {"web": {"ports": 80}}})).unwrap_err(),
            "services.web.ports must be a list"
        );
        assert_eq!(
            check(json!({"services": {"web": {"deploy": {"replicas": "x"}}}})).unwrap_err(),
            "services.web.deploy.replicas must be a integer"
        );
        assert_eq!(
            check(json!({"networks": {"n": {"attachable": "yes"}}})).unwrap_err(),
            "networks.n.attachable must be a boolean"
        );
        assert_eq!(
            check(json!({"services": {"web": {"replicas": 1, "deploy": {"replicas": "x"}}}}))
                .unwrap_err(),
            "services.web.deploy.replicas must be a integer"
        );
        assert_eq!(
            check(json!({"services": {"web": {"environment": {"A": true}}}})).unwrap_err(),
            "services.web.environment.A must be a string, number or null"
        );
        assert_eq!(
            check(json!({"services": {"web": {"ports": [true]}}})).unwrap_err(),
            "services.web.ports.0 must be a number"
        );
        assert!(check(json!({"x-any": 1, "services": {"w": {"x-y": 2}}})).is_ok());
    }
}
