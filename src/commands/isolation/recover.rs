//! `hvdock isolation recover`: finds the conversions (`update --isolation`) that were interrupted
//! — by a kill, a lost connection, a crash — from their journals on the daemon, and finishes or
//! rolls back each. One whose replacement was already created is finished, one that had not got
//! so far is rolled back (`--rollback` rolls back all); either way the container gets the run
//! state it had. `--list` only shows them.

use anyhow::Result;

use crate::cli::isolation::RecoverArgs;
use crate::commands::container::convert::{self, Progress, RolledBack};
use crate::commands::Ctx;
use crate::error::{self, CliError};
use crate::format::table::TabWriter;
use crate::isolation::{daemon, journal};

pub async fn run(ctx: &'static Ctx, args: RecoverArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let all = convert::journals(engine).await?;
    for c in &args.containers {
        if !all.iter().any(|j| j.matches(c)) {
            return Err(CliError::message(
                format!("no interrupted conversion of {c}"),
                1,
            ));
        }
    }
    let chosen: Vec<_> = all
        .into_iter()
        .filter(|j| args.containers.is_empty() || args.containers.iter().any(|c| j.matches(c)))
        .collect();
    if args.list {
        let mut table = TabWriter::new(0, 1, 3, ' ');
        table.write_str("CONTAINER\tORIGINAL ID\tISOLATION\tWAS\tPROGRESS\tRECOVERY\n");
        for j in &chosen {
            let p = Progress::of(engine, j).await?;
            let recovery = if journal::owner_alive(&j.owner) {
                "in progress"
            } else if p.finishes() && !(args.rollback && p.original.is_some()) {
                "finish"
            } else {
                "roll back"
            };
            table.write_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                j.name,
                j.short(),
                j.level,
                j.state.as_str(),
                p.step(j),
                recovery
            ));
        }
        print!("{}", table.flush());
        return Ok(());
    }
    let caps = daemon::capabilities(engine, &ctx.config_dir).await?;
    let mut failed = Vec::new();
    for j in &chosen {
        let r = async {
            convert::check_not_in_progress(j)?;
            let p = Progress::of(engine, j).await?;
            if p.finishes() && !(args.rollback && p.original.is_some()) {
                eprintln!(
                    "Finishing the interrupted conversion of {} to {} isolation",
                    j.name, j.level
                );
                return convert::finish(engine, &caps, j).await;
            }
            eprintln!(
                "Rolling back the interrupted conversion of {} to {} isolation",
                j.name, j.level
            );
            Ok(match convert::roll_back(engine, &caps, j).await? {
                RolledBack::Original(id) | RolledBack::Finished(id) => id,
            })
        }
        .await;
        match r {
            Ok(id) => println!("{id}"),
            Err(e) => failed.push(format!(
                "recovering the conversion of {}: {}",
                j.name,
                error::render(&e).0
            )),
        }
    }
    if !failed.is_empty() {
        return Err(CliError::message(failed.join("\n"), 1));
    }
    Ok(())
}
