//! `--mount type=bind|volume|tmpfs|image,src=,dst=,readonly,volume-opt=k=v,tmpfs-size=64m,...`
//! as docker's `opts.MountOpt` reads it.

use bollard::models::{
    Mount, MountBindOptions, MountBindOptionsPropagationEnum, MountTmpfsOptions, MountType,
    MountVolumeOptions, MountVolumeOptionsDriverConfig,
};

use super::boolean;

/// A parsed `--mount`. Docker passes an unknown type or propagation through for the engine to
/// refuse; bollard's enums cannot carry those, so they ride along as raw strings.
#[derive(Debug, Clone, PartialEq)]
pub struct MountSpec {
    pub mount: Mount,
    pub raw_type: Option<String>,
    pub raw_propagation: Option<String>,
}

#[derive(Default)]
struct Builder {
    typ: String,
    mount: Mount,
    propagation: Option<String>,
}

impl Builder {
    fn bind(&mut self) -> &mut MountBindOptions {
        self.mount.bind_options.get_or_insert_with(Default::default)
    }
    fn volume(&mut self) -> &mut MountVolumeOptions {
        let v = self
            .mount
            .volume_options
            .get_or_insert_with(Default::default);
        v.driver_config
            .get_or_insert_with(MountVolumeOptionsDriverConfig::default);
        v
    }
    fn tmpfs(&mut self) -> &mut MountTmpfsOptions {
        self.mount
            .tmpfs_options
            .get_or_insert_with(Default::default)
    }
    fn driver(&mut self) -> &mut MountVolumeOptionsDriverConfig {
        self.volume()
            .driver_config
            .get_or_insert_with(Default::default)
    }
}

fn set_on_map(target: &mut Option<std::collections::HashMap<String, String>>, value: &str) {
    let (k, v) = value.split_once('=').unwrap_or((value, ""));
    if !k.is_empty() {
        target
            .get_or_insert_with(Default::default)
            .insert(k.into(), v.into());
    }
}

fn parse_bool(key: &str, val: &str) -> Result<bool, String> {
    boolean::parse(val).map_err(|_| format!("invalid value for {key}: {val}"))
}

/// Parses one `--mount` value, its deprecations left unsaid (the fuzz targets and unit tests;
/// the flag itself goes through [`parse_with`]).
#[cfg_attr(not(test), allow(dead_code))]
pub fn parse(value: &str) -> Result<MountSpec, String> {
    parse_with(value, &mut |_| {})
}

/// [`parse`], handing each deprecation docker logs while it reads the value to `warn`, in
/// docker's order (before a later field fails).
pub fn parse_with(value: &str, warn: &mut dyn FnMut(&str)) -> Result<MountSpec, String> {
    let fields = super::csv::read_record(value)?;
    let mut b = Builder {
        typ: "volume".into(),
        ..Default::default()
    };
    for field in &fields {
        let Some((key, val)) = field.split_once('=') else {
            match field.to_lowercase().as_str() {
                "readonly" | "ro" => b.mount.read_only = Some(true),
                "volume-nocopy" => b.volume().no_copy = Some(true),
                "bind-nonrecursive" => b.bind().non_recursive = Some(true),
                _ => return Err(format!("invalid field '{field}' must be a key=value pair")),
            }
            continue;
        };
        let key = key.to_lowercase();
        apply(&mut b, &key, val, field)?;
        if key == "bind-nonrecursive" {
            warn("bind-nonrecursive is deprecated, use bind-recursive=disabled instead");
        }
    }
    finish(b)
}

fn apply(b: &mut Builder, key: &str, val: &str, field: &str) -> Result<(), String> {
    match key {
        "type" => b.typ = val.to_lowercase(),
        "source" | "src" => b.mount.source = Some(super::paths::absolute_if_dotted(val)),
        "target" | "dst" | "destination" => b.mount.target = Some(val.into()),
        "readonly" | "ro" => b.mount.read_only = Some(parse_bool(key, val)?),
        "consistency" => b.mount.consistency = Some(val.to_lowercase()),
        "bind-propagation" => {
            b.bind();
            b.propagation = Some(val.to_lowercase());
        }
        "bind-nonrecursive" => b.bind().non_recursive = parse_bool(key, val)?.then_some(true),
        "bind-recursive" => match val {
            "enabled" => {}
            "disabled" => b.bind().non_recursive = Some(true),
            "writable" => b.bind().read_only_non_recursive = Some(true),
            "readonly" => b.bind().read_only_force_recursive = Some(true),
            _ => {
                return Err(format!(
                    "invalid value for {key}: {val} (must be \"enabled\", \"disabled\", \"writable\", or \"readonly\")"
                ))
            }
        },
        "volume-subpath" => b.volume().subpath = Some(val.into()),
        "volume-nocopy" => {
            let v = boolean::parse(val).map_err(|_| format!("invalid value for volume-nocopy: {val}"))?;
            b.volume().no_copy = v.then_some(true);
        }
        "volume-label" => set_on_map(&mut b.volume().labels, val),
        "volume-driver" => b.driver().name = Some(val.into()),
        "volume-opt" => set_on_map(&mut b.driver().options, val),
        "image-subpath" => {
            b.mount.image_options.get_or_insert_with(Default::default).subpath = Some(val.into())
        }
        "tmpfs-size" => {
            let size = super::size::ram_in_bytes(val).map_err(|_| format!("invalid value for {key}: {val}"))?;
            b.tmpfs().size_bytes = Some(size);
        }
        "tmpfs-mode" => {
            let mode = u32::from_str_radix(val, 8).map_err(|_| format!("invalid value for {key}: {val}"))?;
            b.tmpfs().mode = Some(i64::from(mode));
        }
        _ => return Err(format!("unexpected key '{key}' in '{field}'")),
    }
    Ok(())
}

fn finish(mut b: Builder) -> Result<MountSpec, String> {
    if b.typ.is_empty() {
        return Err("type is required".into());
    }
    if b.mount.target.as_deref().unwrap_or("").is_empty() {
        return Err("target is required".into());
    }
    let t = b.typ.as_str();
    let mixes = [
        (b.mount.volume_options.is_some() && t != "volume", "volume"),
        (b.mount.image_options.is_some() && t != "image", "image"),
        (b.mount.bind_options.is_some() && t != "bind", "bind"),
        (b.mount.tmpfs_options.is_some() && t != "tmpfs", "tmpfs"),
    ];
    if let Some((_, kind)) = mixes.iter().find(|(bad, _)| *bad) {
        return Err(format!(
            "cannot mix '{kind}-*' options with mount type '{t}'"
        ));
    }
    let read_only = b.mount.read_only == Some(true);
    if let Some(bind) = &b.mount.bind_options {
        if bind.read_only_non_recursive == Some(true) && !read_only {
            return Err("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction".into());
        }
        if bind.read_only_force_recursive == Some(true) {
            if !read_only {
                return Err("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction".into());
            }
            if b.propagation.as_deref() != Some("rprivate") {
                return Err("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction".into());
            }
        }
    }
    if b.mount.read_only == Some(false) {
        b.mount.read_only = None;
    }
    let mut spec = MountSpec {
        mount: b.mount,
        raw_type: None,
        raw_propagation: None,
    };
    match t.parse::<MountType>() {
        Ok(typ) => spec.mount.typ = Some(typ),
        Err(()) => spec.raw_type = Some(b.typ.clone()),
    }
    if let Some(p) = b.propagation.filter(|p| !p.is_empty()) {
        match p.parse::<MountBindOptionsPropagationEnum>() {
            Ok(e) => {
                spec.mount
                    .bind_options
                    .get_or_insert_with(Default::default)
                    .propagation = Some(e)
            }
            Err(_) => spec.raw_propagation = Some(p),
        }
    }
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_with_options() {
        let s = parse("type=bind,src=/tmp,dst=/x,readonly,bind-propagation=rshared").unwrap();
        let m = &s.mount;
        assert_eq!(m.typ, Some(MountType::BIND));
        assert_eq!(
            (m.source.as_deref(), m.target.as_deref()),
            (Some("/tmp"), Some("/x"))
        );
        assert_eq!(m.read_only, Some(true));
        assert_eq!(
            m.bind_options.as_ref().and_then(|b| b.propagation),
            Some(MountBindOptionsPropagationEnum::RSHARED)
        );
    }

    #[test]
    fn volume_defaults_and_options() {
        let s =
            parse("src=data,dst=/d,volume-opt=type=nfs,volume-label=a=b,volume-nocopy").unwrap();
        let v = s.mount.volume_options.unwrap();
        assert_eq!(s.mount.typ, Some(MountType::VOLUME));
        assert_eq!(v.no_copy, Some(true));
        assert_eq!(v.labels.unwrap()["a"], "b");
        assert_eq!(v.driver_config.unwrap().options.unwrap()["type"], "nfs");
    }

    #[test]
    fn tmpfs_and_quoting() {
        let s = parse("type=tmpfs,dst=/t,tmpfs-size=64m,tmpfs-mode=1770").unwrap();
        let t = s.mount.tmpfs_options.unwrap();
        assert_eq!((t.size_bytes, t.mode), (Some(64 << 20), Some(0o1770)));
        let s = parse("type=bind,\"src=/a,b\",dst=/x").unwrap();
        assert_eq!(s.mount.source.as_deref(), Some("/a,b"));
    }

    #[test]
    fn unknown_values_ride_raw() {
        let s = parse("type=Foo,dst=/x").unwrap();
        assert_eq!((s.mount.typ, s.raw_type.as_deref()), (None, Some("foo")));
        let s = parse("type=bind,src=/a,dst=/x,bind-propagation=weird").unwrap();
        assert_eq!(s.raw_propagation.as_deref(), Some("weird"));
    }

    #[test]
    fn docker_errors() {
        let e = |s: &str| parse(s).unwrap_err();
        assert_eq!(e("type=foo"), "target is required");
        assert_eq!(e("type=,dst=/x"), "type is required");
        assert_eq!(e("a,,b"), "invalid field 'a' must be a key=value pair");
        assert_eq!(
            e("type=bind,dst=/x,foo=1"),
            "unexpected key 'foo' in 'foo=1'"
        );
        assert_eq!(
            e("type=bind,dst=/x,volume-opt=a=b"),
            "cannot mix 'volume-*' options with mount type 'bind'"
        );
        assert_eq!(
            e("dst=/x,tmpfs-size=1x"),
            "invalid value for tmpfs-size: 1x"
        );
        assert_eq!(e("dst=/x,ro=maybe"), "invalid value for ro: maybe");
        assert_eq!(e(""), "EOF");
        assert_eq!(
            e("type=bind,dst=/x,bind-recursive=readonly,readonly"),
            "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction"
        );
    }
}
