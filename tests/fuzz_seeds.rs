//! Replays every committed fuzz seed (`fuzz/seeds/<target>/*`) through the fuzz targets' own
//! bodies (`fuzz/src/targets.rs`, the hvdock modules they exercise compiled from `src/` as the
//! fuzz crate does), on the stable toolchain: the targets keep compiling with the code they
//! cover, and every seed keeps passing their checks (no panic, the properties they assert).
//! Fuzzing itself needs nightly and cargo-fuzz (fuzz/README.md).

#[path = "../fuzz/src/lib.rs"]
mod fuzz;
// `crate::clock` for the included modules (in the fuzz crate it is at the root).
use fuzz::clock;

use std::path::Path;

type Target = fn(&[u8]);

/// Every target, by its seed directory name.
const TARGETS: &[(&str, Target)] = &[
    ("template", fuzz::targets::template::run),
    ("demux", fuzz::targets::demux::run),
    ("chunked", fuzz::targets::chunked::run),
    ("opts", fuzz::targets::opts::run),
    ("dockerignore", fuzz::targets::dockerignore::run),
    ("host", fuzz::targets::host::run),
];

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds");
const TARGET_SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/fuzz_targets");

fn names(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn every_target_has_seeds_and_is_replayed_here() {
    let mut listed: Vec<String> = TARGETS.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(names(SEEDS), listed, "seed directories vs targets replayed");
    let sources: Vec<String> = names(TARGET_SOURCES)
        .into_iter()
        .map(|f| f.trim_end_matches(".rs").to_string())
        .collect();
    assert_eq!(sources, listed, "fuzz_targets/*.rs vs targets replayed");
}

#[test]
fn committed_seeds_pass_their_targets() {
    let mut replayed = 0;
    for (name, target) in TARGETS {
        let dir = Path::new(SEEDS).join(name);
        let seeds = names(dir.to_str().expect("utf-8 path"));
        assert!(!seeds.is_empty(), "no seeds for {name}");
        for seed in seeds {
            let bytes = std::fs::read(dir.join(&seed)).expect("seed");
            let r = std::panic::catch_unwind(|| target(&bytes));
            assert!(r.is_ok(), "fuzz target {name} fails on seed {seed}");
            replayed += 1;
        }
    }
    assert!(replayed >= TARGETS.len());
}
