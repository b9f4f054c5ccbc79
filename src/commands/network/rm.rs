//! `hvdock network rm`: one at a time, each failure printed as it happens, then docker's
//! `exit status 1`.

use anyhow::Result;

use crate::cli::network::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut failed = false;
    for name in &a.names {
        match raw::request(
            engine,
            http::Method::DELETE,
            &ApiPath::new("/networks").seg(name),
            None,
        )
        .await
        {
            Ok(_) => println!("{name}"),
            Err(e) if a.force && crate::error::is_not_found(&e) => {}
            Err(e) => {
                if matches!(crate::error::classify(&e), Some(CliError::Connect { .. })) {
                    return Err(e);
                }
                eprintln!("{}", crate::error::render(&e).0);
                failed = true;
            }
        }
    }
    if failed {
        return Err(CliError::message("exit status 1", 1));
    }
    Ok(())
}
