//! `hvdock network inspect` (`-v` asks the daemon for the verbose view).

use anyhow::Result;

use crate::cli::network::InspectArgs;
use crate::commands::inspect::{checked, checked_ref, Inspector, Kind};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let mut inspector = Inspector::new(a.format.as_deref())?;
    let engine = ctx.engine()?;
    engine.api().await?;
    for name in &a.names {
        let got = match checked_ref(Kind::Network, name) {
            Ok(name) => {
                let path = ApiPath::new("/networks")
                    .seg(name)
                    .query_opt("verbose", a.verbose.then_some("true"));
                raw::request(engine, http::Method::GET, &path, None).await
            }
            Err(e) => Err(e),
        };
        let got = got.and_then(|(_, body)| checked(body, Some(Kind::Network)));
        inspector.add_as(got, Some(Kind::Network));
    }
    inspector.flush()
}
