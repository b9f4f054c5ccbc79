//! `hvdock secret ...` and `hvdock config ...`: the same verbs over two kinds of swarm object.
//! A secret's data is sent once, on create, and never printed, logged or put in an error.

mod create;
mod inspect;
mod ls;
mod rm;

use anyhow::Result;

use super::Ctx;
use crate::cli::secret::{ConfigCommand as C, SecretCommand as S};
use crate::engine::path::ApiPath;

/// Which swarm object a verb works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    Secret,
    Config,
}

impl Object {
    /// `/secrets` or `/configs`.
    fn path(self) -> ApiPath {
        match self {
            Object::Secret => ApiPath::new("/secrets"),
            Object::Config => ApiPath::new("/configs"),
        }
    }

    fn kind(self) -> crate::commands::inspect::Kind {
        match self {
            Object::Secret => crate::commands::inspect::Kind::Secret,
            Object::Config => crate::commands::inspect::Kind::Config,
        }
    }
}

pub async fn dispatch_secret(ctx: &'static Ctx, cmd: S) -> Result<()> {
    let o = Object::Secret;
    match cmd {
        S::Create(a) => {
            let opts = create::Opts {
                name: a.name,
                file: a.file,
                labels: a.label,
                driver: a.driver,
                template_driver: a.template_driver,
            };
            create::run(ctx, o, opts).await
        }
        S::Inspect(a) => inspect::run(ctx, o, a).await,
        S::Ls(a) => ls::run(ctx, o, a).await,
        S::Rm(a) => rm::run(ctx, o, a).await,
    }
}

pub async fn dispatch_config(ctx: &'static Ctx, cmd: C) -> Result<()> {
    let o = Object::Config;
    match cmd {
        C::Create(a) => {
            let opts = create::Opts {
                name: a.name,
                file: Some(a.file),
                labels: a.label,
                driver: None,
                template_driver: a.template_driver,
            };
            create::run(ctx, o, opts).await
        }
        C::Inspect(a) => inspect::run(ctx, o, a).await,
        C::Ls(a) => ls::run(ctx, o, a).await,
        C::Rm(a) => rm::run(ctx, o, a).await,
    }
}
