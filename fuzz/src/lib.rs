//! hvdock's pure modules, compiled straight from the main crate's sources (`#[path]`), so the
//! fuzz targets exercise exactly the code the binary runs without hvdock needing a library
//! target. Only modules with no I/O and no dependency on the CLI types are included.
#![allow(dead_code, unused_imports, clippy::all)]

#[path = "../../src/format/mod.rs"]
pub mod format;

#[path = "../../src/clock.rs"]
pub mod clock;

#[path = "../../src/stream"]
pub mod stream {
    #[path = "demux.rs"]
    pub mod demux;
    #[path = "detach.rs"]
    pub mod detach;
}

#[path = "../../src/engine"]
pub mod engine {
    #[path = "chunked.rs"]
    pub mod chunked;
    #[path = "host.rs"]
    pub mod host;
}

/// Every option parser except `opts/container.rs` (which needs the clap argument types).
#[path = "../../src/opts"]
pub mod opts {
    #[path = "attach.rs"]
    pub mod attach;
    #[path = "boolean.rs"]
    pub mod boolean;
    #[path = "cdi.rs"]
    pub mod cdi;
    #[path = "cpus.rs"]
    pub mod cpus;
    #[path = "csv.rs"]
    pub mod csv;
    #[path = "device.rs"]
    pub mod device;
    #[path = "duration.rs"]
    pub mod duration;
    #[path = "filter.rs"]
    pub mod filter;
    #[path = "gofloat.rs"]
    pub mod gofloat;
    #[path = "health.rs"]
    pub mod health;
    #[path = "host.rs"]
    pub mod host;
    #[path = "ip.rs"]
    pub mod ip;
    #[path = "keyvalue.rs"]
    pub mod keyvalue;
    #[path = "kvfile.rs"]
    pub mod kvfile;
    #[path = "link.rs"]
    pub mod link;
    #[path = "mac.rs"]
    pub mod mac;
    #[path = "mount.rs"]
    pub mod mount;
    #[path = "namespace.rs"]
    pub mod namespace;
    #[path = "network.rs"]
    pub mod network;
    #[path = "oserror.rs"]
    pub mod oserror;
    #[path = "paths.rs"]
    pub mod paths;
    #[path = "ports.rs"]
    pub mod ports;
    #[path = "restart.rs"]
    pub mod restart;
    #[path = "security.rs"]
    pub mod security;
    #[path = "size.rs"]
    pub mod size;
    #[path = "ulimit.rs"]
    pub mod ulimit;
    #[path = "volume.rs"]
    pub mod volume;
}

/// The `.dockerignore` reader and matcher used by `hvdock build`.
#[path = "../../src/commands/build/dockerignore.rs"]
pub mod dockerignore;

/// The targets' bodies (see `targets.rs`).
pub mod targets;
