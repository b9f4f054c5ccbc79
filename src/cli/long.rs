//! docker's long descriptions, for the commands that have one (the help prints them instead of
//! the one-line description).

pub const LOGIN: &str =
    "Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.";

pub const LOGOUT: &str =
    "Log out from a registry.\nIf no server is specified, the default is defined by the daemon.";

pub const VOLUME_RM: &str =
    "Remove one or more volumes. You cannot remove a volume that is in use by a container.";

pub const CP: &str = "Copy files/folders between a container and the local filesystem

Use '-' as the source to read a tar archive from stdin
and extract it to a directory destination in a container.
Use '-' as the destination to stream a tar archive of a
container source to stdout.";

/// The endpoint table and example of `context create` / `context update`.
macro_rules! context_long {
    ($short:literal, $verb:literal) => {
        concat!(
            $short,
            "

Docker endpoint config:

NAME                DESCRIPTION
from                Copy named context's Docker endpoint configuration
host                Docker endpoint on which to connect
ca                  Trust certs signed only by this CA
cert                Path to TLS certificate file
key                 Path to TLS key file
skip-tls-verify     Skip TLS certificate validation

Example:

$ hvdock context ",
            $verb,
            " my-context --description \"some description\" --docker \"host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file\""
        )
    };
}

pub const CONTEXT_CREATE: &str = context_long!("Create a context", "create");
pub const CONTEXT_UPDATE: &str = context_long!("Update a context", "update");

pub const MANIFEST: &str =
    "The **hvdock manifest** command has subcommands for managing image manifests and
manifest lists. A manifest list allows you to use one name to refer to the same image
built for multiple architectures.

To see help for a subcommand, use:

    hvdock manifest CMD --help

For full details on using docker manifest lists, see the registry v2 specification.";
