//! Isolation conversion (`update --isolation`) under an injected failure after each step
//! (`HVDOCK_TEST_FAIL_CONVERT=<step>`): the original container, its ID, name, volumes, writable
//! layer and running state survive, and nothing temporary is left behind (no `*-hvdock-old-*`
//! container, no new `hvdock-layer/*` tag, no `hvdock-convert-<id>` journal volume).

mod common;

use common::*;

const STEPS: [&str; 7] = [
    "journal", "stop", "commit", "rename", "create", "connect", "start",
];

fn layer_tags() -> Vec<String> {
    let (_, body) = api("GET", "/images/json", None);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    let mut tags: Vec<String> = v
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|i| i["RepoTags"].as_array().cloned().unwrap_or_default())
        .filter_map(|t| t.as_str().map(str::to_string))
        .filter(|t| t.starts_with("hvdock-layer/"))
        .collect();
    tags.sort();
    tags
}

fn inspect(name: &str) -> serde_json::Value {
    let (status, body) = api("GET", &format!("/containers/{name}/json"), None);
    assert_eq!(status, 200, "{name} is gone: {body}");
    serde_json::from_str(&body).expect("inspect json")
}

/// The name of container `id`, or None when it is gone: another step's temporary container
/// may be removed between a listing and this inspect.
fn name_of(id: &str) -> Option<String> {
    let (status, body) = api("GET", &format!("/containers/{id}/json"), None);
    let v: serde_json::Value = serde_json::from_str(&body).ok().filter(|_| status == 200)?;
    v["Name"].as_str().map(str::to_string)
}

fn volume_names(c: &serde_json::Value) -> Vec<String> {
    c["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["Name"].as_str().map(str::to_string))
        .collect()
}

fn check_step(scope: &Scope, step: &str) -> Result<(), String> {
    let name = scope.name(&format!("conv-{step}"));
    let label = scope.label();
    let id = ok(&[
        "run",
        "-d",
        "--init",
        "--name",
        &name,
        "--label",
        &label,
        "-v",
        "/data",
        IMAGE,
        "sh",
        "-c",
        "echo layer > /layerfile; echo data > /data/f; sleep 300",
    ])
    .trim()
    .to_string();
    // Wait for the writable layer and the volume to hold their files.
    for _ in 0..100 {
        if run(&["exec", &name, "cat", "/layerfile", "/data/f"]).stdout == "layer\ndata\n" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let before = inspect(&name);
    let mut c = hvdock(&["update", "--isolation=hyperv", &name]);
    c.env("HVDOCK_TEST_FAIL_CONVERT", step);
    let r = output(c, None);
    let err = |m: String| {
        Err(format!(
            "step {step}: {m} (update said: {})",
            r.stderr.trim()
        ))
    };
    if r.code == 0 {
        return err("the conversion succeeded despite the injected failure".into());
    }
    if !r
        .stderr
        .contains(&format!("injected failure after step \"{step}\""))
        || !r.stderr.contains("is unchanged")
    {
        return err("the message does not say the failure was rolled back".into());
    }
    let after = inspect(&name);
    if after["Id"].as_str() != Some(id.as_str()) {
        return err(format!("{name} is now {} instead of {id}", after["Id"]));
    }
    if after["State"]["Running"] != serde_json::Value::Bool(true) {
        return err("the original is no longer running".into());
    }
    if after["HostConfig"]["Runtime"] != before["HostConfig"]["Runtime"] {
        return err("the original's runtime changed".into());
    }
    if volume_names(&after) != volume_names(&before) || volume_names(&after).is_empty() {
        return err(format!(
            "volumes changed: {:?} -> {:?}",
            volume_names(&before),
            volume_names(&after)
        ));
    }
    let files = run(&["exec", &name, "cat", "/layerfile", "/data/f"]).stdout;
    if files != "layer\ndata\n" {
        return err(format!("writable layer or volume lost: {files:?}"));
    }
    if api("GET", &format!("/volumes/hvdock-convert-{id}"), None).0 != 404 {
        return err("the conversion's journal volume was left".into());
    }
    let leftovers: Vec<String> = scope
        .containers()
        .into_iter()
        .filter(|c| c != &id)
        .filter_map(|c| name_of(&c))
        .filter(|n| n.contains(&format!("conv-{step}")))
        .collect();
    if !leftovers.is_empty() {
        return err(format!("temporary containers left: {leftovers:?}"));
    }
    Ok(())
}

#[test]
fn conversion_rolls_back_after_a_failure_at_every_step() {
    let scope = Scope::new("conv-faults");
    let tags_before = layer_tags();
    let results: Vec<Result<(), String>> = std::thread::scope(|s| {
        let handles: Vec<_> = STEPS
            .iter()
            .map(|step| {
                let scope = &scope;
                s.spawn(move || check_step(scope, step))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("a step panicked".into())))
            .collect()
    });
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    let old: Vec<String> = scope
        .containers()
        .iter()
        .filter_map(|c| name_of(c))
        .filter(|n| n.contains("-hvdock-old-"))
        .collect();
    let new_tags: Vec<String> = layer_tags()
        .into_iter()
        .filter(|t| !tags_before.contains(t) && t.contains("conv-"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(old.is_empty(), "containers set aside were left: {old:?}");
    assert!(new_tags.is_empty(), "layer images were left: {new_tags:?}");
}
