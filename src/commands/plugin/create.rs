//! `plugin create`: the data directory (config.json and rootfs/) sent as a tar, gzipped with
//! `--compress`, to `POST /plugins/create`; the checks docker makes before it sends.

use anyhow::Result;

use crate::cli::plugin::CreateArgs;
use crate::commands::image::reference;
use crate::commands::Ctx;
use crate::engine::upload::{self, Producer, Sink};
use crate::engine::{raw, ApiPath};
use crate::error::CliError;
use crate::opts::oserror::describe;
use crate::opts::paths::clean;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// Go's `filepath.Join(dir, "config.json")`: the joined path, cleaned.
fn config_path(dir: &str) -> String {
    clean(&format!("{dir}/config.json"))
}

/// Go's `filepath.Abs`: the working directory joined and cleaned.
fn absolute(dir: &str) -> Result<String> {
    if dir.starts_with('/') {
        return Ok(clean(dir));
    }
    let cwd = std::env::current_dir()?;
    Ok(clean(&format!("{}/{dir}", cwd.display())))
}

/// docker's `validateConfig`: config.json opens and its first JSON value decodes.
fn check_config(dir: &str) -> Result<()> {
    let path = config_path(dir);
    let data = std::fs::read(&path).map_err(|e| fail(format!("open {path}: {}", describe(&e))))?;
    let mut values = serde_json::Deserializer::from_slice(&data).into_iter::<serde_json::Value>();
    match values.next() {
        None => Err(fail("EOF")),
        Some(Ok(_)) => Ok(()),
        Some(Err(_)) => Err(fail(
            crate::format::go_json::syntax_error(&data).unwrap_or_else(|| "unexpected EOF".into()),
        )),
    }
}

/// The directory as a tar (docker's `archive.TarWithOptions`), gzipped when `compress`.
fn packer(dir: std::path::PathBuf, compress: bool) -> Producer {
    Box::new(move |sink: &mut Sink| {
        if compress {
            let gz = flate2::write::GzEncoder::new(sink, flate2::Compression::default());
            let mut b = tar::Builder::new(gz);
            b.follow_symlinks(false);
            b.append_dir_all(".", &dir)?;
            b.into_inner()?.finish()?;
        } else {
            let mut b = tar::Builder::new(sink);
            b.follow_symlinks(false);
            b.append_dir_all(".", &dir)?;
            b.finish()?;
        }
        Ok(())
    })
}

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    reference::validate_named(&a.name).map_err(fail)?;
    let abs = absolute(&a.dir)?;
    let meta = std::fs::symlink_metadata(&abs)
        .map_err(|e| fail(format!("lstat {abs}: {}", describe(&e))))?;
    if !meta.is_dir() {
        return Err(fail("context must be a directory"));
    }
    check_config(&a.dir)?;
    let engine = ctx.engine()?;
    let path = ApiPath::new("/plugins/create").query("name", &a.name);
    let headers = [("content-type", "application/x-tar".to_string())];
    let (_, body, sending) = upload::upload(
        engine,
        http::Method::POST,
        &path,
        &headers,
        packer(abs.into(), a.compress),
    )
    .await?;
    let consumed = raw::read_body(body).await.map(|_| ());
    sending.finish(consumed).await?;
    println!("{}", a.name);
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn config_path_is_cleaned_as_go_joins() {
        assert_eq!(super::config_path("./p/"), "p/config.json");
        assert_eq!(super::config_path("/a/../b"), "/b/config.json");
        assert_eq!(super::config_path("../x"), "../x/config.json");
    }
}
