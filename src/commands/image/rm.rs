//! `hvdock rmi` / `image rm`: removes images, printing what was untagged and deleted; every
//! failure is reported at the end and the exit code is 1.

use anyhow::Result;

use crate::cli::image::RmiArgs;
use crate::commands::listing::jstr;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{self, CliError};

pub async fn run(ctx: &'static Ctx, a: RmiArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    for image in &a.images {
        let path = ApiPath::new("/images")
            .seg(image)
            .query("force", &a.force.to_string())
            .query("noprune", &a.no_prune.to_string());
        match raw::send_json(engine, http::Method::DELETE, &path, None).await {
            Ok(list) => {
                for d in list.as_array().into_iter().flatten() {
                    match jstr(d, "Deleted") {
                        "" => println!("Untagged: {}", jstr(d, "Untagged")),
                        id => println!("Deleted: {id}"),
                    }
                }
            }
            Err(e) => errors.push(error::render(&e).0),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(errors.join("\n"), 1))
    }
}
