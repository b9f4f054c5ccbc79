//! docker's notice that `build` runs the legacy builder (hvdock has no BuildKit): printed on
//! stderr before anything else whenever a build command is invoked, as docker does without
//! buildx (`processBuilder` in docker/cli), `DOCKER_BUILDKIT` deciding which text or error.

const BUILDX_MISSING: &str =
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/";

const BUILDKIT_DISABLED: &str =
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.";

const BUILDX_REQUIRED: &str =
    "ERROR: BuildKit is enabled but the buildx component is missing or broken.
       Install the buildx component to build images with BuildKit:
       https://docs.docker.com/go/buildx/";

/// Go's `strconv.ParseBool`.
fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Prints the notice when `args` (without the program name) invoke `build`, `image build` or
/// `builder ...`; `Err(exit code)` when docker refuses to run them (`DOCKER_BUILDKIT` set to
/// true, or to no boolean).
pub fn legacy_builder(root: &clap::Command, args: &[String]) -> Result<(), i32> {
    let path = crate::usage::locate(root, args);
    let names: Vec<&str> = path.iter().skip(1).map(|c| c.get_name()).collect();
    if !matches!(
        names.as_slice(),
        ["build", ..] | ["image", "build", ..] | ["builder", ..]
    ) {
        return Ok(());
    }
    let env = std::env::var("DOCKER_BUILDKIT").unwrap_or_default();
    let text = match (env.is_empty(), parse_bool(&env)) {
        (true, _) => BUILDX_MISSING,
        (false, Some(false)) => BUILDKIT_DISABLED,
        (false, Some(true)) => {
            eprintln!("{BUILDX_REQUIRED}");
            return Err(crate::error::code::FAILURE);
        }
        (false, None) => {
            eprintln!(
                "DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing {}: invalid syntax",
                crate::commands::listing::go_quote(&env)
            );
            return Err(crate::error::code::FAILURE);
        }
    };
    eprint!("{text}\n\n");
    Ok(())
}
