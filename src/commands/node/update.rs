//! `hvdock node update`: role, availability and node labels (where an operator marks a node for
//! `hyperv` isolation: `--label-add io.hvdock.isolation=hyperv`).

use anyhow::Result;
use serde_json::{json, Value as J};

use super::Merge;
use crate::cli::node::UpdateArgs;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: UpdateArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let merge = |node: &mut J| {
        let spec = &mut node["Spec"];
        if let Some(r) = &a.role {
            spec["Role"] = json!(r);
        }
        if let Some(v) = &a.availability {
            spec["Availability"] = json!(v);
        }
        if !spec["Labels"].is_object() {
            spec["Labels"] = json!({});
        }
        let labels = spec["Labels"].as_object_mut().expect("object");
        for (k, v) in crate::opts::keyvalue::to_map(&a.label_add) {
            labels.insert(k, json!(v));
        }
        for k in &a.label_rm {
            if labels.remove(k).is_none() {
                return Err(CliError::message(
                    format!("key {k} doesn't exist in node's labels"),
                    1,
                ));
            }
        }
        Ok(Merge::Changed)
    };
    let nodes = [a.node.clone()];
    super::update_nodes(engine, &nodes, merge, |_| println!("{}", a.node)).await
}
