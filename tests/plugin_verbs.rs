//! `plugin ls | inspect | enable | disable | rm` (the daemon's managed plugins) against docker
//! 28 on the same daemon: no test installs a plugin, so these are the listings and the
//! daemon's refusals, compared exactly.

mod common;

use common::{docker, hvdock, normalise, output};

#[test]
fn plugin_verbs_as_docker() {
    for line in [
        &["plugin", "ls"][..],
        &["plugin", "ls", "--format", "json"],
        &["plugin", "ls", "-q"],
        &["plugin", "ls", "--format", "raw"],
        &["plugin", "list", "--no-trunc"],
        &["plugin", "ls", "-f", "enabled=true"],
        &["plugin", "ls", "-f", "bogus=1"],
        &["plugin", "inspect", "hvp-nosuch"],
        &["plugin", "inspect", "hvp-a", "hvp-b"],
        &["plugin", "inspect"],
        &["plugin", "enable", "hvp-nosuch"],
        &["plugin", "enable", "--timeout", "-1", "x"],
        &["plugin", "disable", "-f", "hvp-nosuch"],
        &["plugin", "rm", "hvp-nosuch", "hvp-other"],
        &["plugin", "remove", "-f", "hvp-nosuch"],
        &["plugin", "ls", "--help"],
        &["plugin", "frob"],
    ] {
        let Some(d) = docker(line) else { return };
        let (h, d) = (output(hvdock(line), None), output(d, None));
        assert_eq!(normalise(&h.stdout), d.stdout, "stdout of {line:?}");
        assert_eq!(normalise(&h.stderr), d.stderr, "stderr of {line:?}");
        assert_eq!(h.code, d.code, "exit code of {line:?}");
    }
}
