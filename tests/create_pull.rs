//! When `create` and `run` pull, as docker's: after any 404 of the create for a name (an image
//! that is not there, or one that is there for another platform), never for an image ID or a
//! digest (64 hex digits, `sha256:`, `sha512:`), which get the daemon's answer as it is. Only
//! the local registry on 127.0.0.1:5000 is ever asked.

mod common;

use common::*;

#[test]
fn a_name_not_found_is_pulled_and_an_id_is_not() {
    let scope = Scope::new("create-pull");
    let label = scope.label();
    // Here, but for linux/amd64 only: the daemon's 404 for linux/s390x makes docker pull it
    // from the (local) registry, which has no such image.
    let tag = format!("127.0.0.1:5000/{}:1", uniq("plat"));
    ok(&["tag", IMAGE, &tag]);
    let _untag = Untag(tag.clone());
    let id = ok(&["image", "inspect", "-f", "{{.Id}}", IMAGE])
        .trim()
        .to_string();
    let hex = id.trim_start_matches("sha256:").to_string();
    let absent = "b".repeat(64);
    let absent512 = format!("sha512:{}", "c".repeat(128));
    let refs = [
        tag.as_str(),
        id.as_str(),
        hex.as_str(),
        absent.as_str(),
        absent512.as_str(),
    ];
    for verb in [&["create"][..], &["run", "--rm"]] {
        for image in refs {
            let mut args = verb.to_vec();
            args.extend([
                "--label",
                &label,
                "--platform",
                "linux/s390x",
                image,
                "true",
            ]);
            let r = same(&args);
            assert_ne!(r.code, 0, "{args:?}");
            let pulled = r.stderr.contains("Unable to find image");
            assert_eq!(pulled, image == tag, "{args:?}: {}", r.stderr);
        }
    }
}

/// Removes the tag made here, also when the test fails.
struct Untag(String);

impl Drop for Untag {
    fn drop(&mut self) {
        api("DELETE", &format!("/images/{}", urlencode(&self.0)), None);
    }
}
