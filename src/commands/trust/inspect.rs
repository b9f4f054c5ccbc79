//! `trust inspect`: hvdock has no Notary client, so every repository answers as docker's does
//! when its trust server cannot be reached: `no signatures or cannot access NAME`.

use anyhow::Result;

use crate::cli::trust::InspectArgs;
use crate::error::CliError;

pub fn run(a: InspectArgs) -> Result<()> {
    let errors: Vec<String> = a
        .images
        .iter()
        .map(|i| format!("no signatures or cannot access {i}"))
        .collect();
    if a.pretty {
        return Err(CliError::message(errors[0].clone(), 1));
    }
    println!("[]");
    Err(CliError::message(errors.join("\n"), 1))
}
