//! `hvdock volume update`: a cluster volume's availability. As docker does, the volume is read,
//! its spec decoded into docker's `ClusterVolumeSpec` and sent back whole with the new
//! availability: `PUT /volumes/{ClusterVolume.ID}?version={ClusterVolume.Version.Index}`.

use anyhow::Result;
use serde_json::{json, Value};

use crate::cli::volume::UpdateArgs;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;
use crate::format::gotype;

pub async fn run(ctx: &Ctx, a: UpdateArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let volume = raw::get_json(engine, &ApiPath::new("/volumes").seg(&a.name)).await?;
    let Some(cluster) = volume.get("ClusterVolume").filter(|c| !c.is_null()) else {
        return Err(CliError::message("can only update cluster volumes", 1));
    };
    let mut spec = cluster.get("Spec").cloned().unwrap_or(Value::Null);
    if let Some(availability) = &a.availability {
        if !spec.is_object() {
            spec = json!({});
        }
        spec["Availability"] = json!(availability);
    }
    let id = cluster
        .get("ID")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let index = cluster
        .pointer("/Version/Index")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let path = ApiPath::new("/volumes")
        .seg(id)
        .query("version", &index.to_string());
    // docker's client encodes the body with json.Encoder: escaped, a trailing newline.
    let body = format!(
        "{}\n",
        gotype::marshal("VolumeUpdateOptions", &json!({ "Spec": spec }))
    );
    raw::request(engine, http::Method::PUT, &path, Some(body.into_bytes())).await?;
    Ok(())
}
