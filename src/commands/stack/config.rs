//! `hvdock stack config -c FILE... [--skip-interpolation]`: the files loaded and merged as
//! `stack deploy` loads them, printed as docker prints its `types.Config` (src/compose/typed.rs).
//! Nothing is asked of a daemon.

use anyhow::Result;

use crate::cli::stack::ConfigArgs;
use crate::error::CliError;

pub fn run(a: ConfigArgs) -> Result<()> {
    if a.compose_file.is_empty() {
        return Err(CliError::message(
            "Specify a Compose file (with --compose-file)",
            1,
        ));
    }
    let lookup = |name: &str| std::env::var(name).ok();
    let loaded = crate::compose::load_files(&a.compose_file, &lookup, !a.skip_interpolation, false)
        .map_err(|e| CliError::message(e, 1))?;
    print!(
        "{}",
        crate::compose::typed::config(&loaded.config, &loaded.version)
    );
    Ok(())
}
