//! `hvdock secret create` / `config create`: the data from a file or stdin (`-`), bounded as
//! docker bounds it, base64 in the request body and nowhere else.

use std::io::Read;

use anyhow::Result;
use base64::Engine as _;
use serde_json::json;

use super::Object;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;

pub struct Opts {
    pub name: String,
    pub file: Option<String>,
    pub labels: Vec<String>,
    pub driver: Option<String>,
    pub template_driver: Option<String>,
}

/// docker's limits: twice swarmkit's maximum size of a secret (500 KiB) / config (1000 KiB).
fn limit(o: Object) -> u64 {
    match o {
        Object::Secret => 2 * 500 * 1024,
        Object::Config => 2 * 1000 * 1024,
    }
}

/// docker's `readSecretData` / `readConfigData`; the messages never hold the data.
fn read_data(o: Object, file: &str) -> Result<Vec<u8>, String> {
    let mut data = Vec::new();
    match file {
        "-" => {
            std::io::stdin()
                .lock()
                .take(limit(o))
                .read_to_end(&mut data)
                .map_err(|e| format!("error reading from STDIN: {e}"))?;
            if data.is_empty() {
                return Err("error reading from STDIN: data is empty".into());
            }
        }
        "" => {
            return Err(match o {
                Object::Secret => "secret file is required".into(),
                Object::Config => "config file is required".into(),
            })
        }
        path => {
            let describe = |e: &std::io::Error| {
                format!(
                    "error reading from {path}: open {path}: {}",
                    crate::opts::oserror::describe(e)
                )
            };
            let f = std::fs::File::open(path).map_err(|e| describe(&e))?;
            f.take(limit(o)).read_to_end(&mut data).map_err(|e| {
                format!(
                    "error reading from {path}: read {path}: {}",
                    crate::opts::oserror::describe(&e)
                )
            })?;
            if data.is_empty() {
                return Err(format!("error reading from {path}: data is empty"));
            }
        }
    }
    Ok(data)
}

pub async fn run(ctx: &Ctx, o: Object, a: Opts) -> Result<()> {
    let file = a.file.clone().unwrap_or_default();
    let data = if a.driver.is_some() {
        if !file.is_empty() {
            return Err(CliError::message(
                "When using secret driver secret data must be empty",
                1,
            ));
        }
        Vec::new()
    } else {
        match read_data(o, &file) {
            Ok(d) => d,
            Err(e) if o == Object::Config => {
                return Err(CliError::message(
                    format!("Error reading content from {file:?}: {e}"),
                    1,
                ))
            }
            Err(e) => return Err(CliError::message(e, 1)),
        }
    };
    let labels = crate::opts::keyvalue::to_map(&a.labels);
    let mut spec = json!({ "Name": a.name, "Labels": labels });
    if !data.is_empty() {
        spec["Data"] = json!(base64::engine::general_purpose::STANDARD.encode(&data));
    }
    if let Some(d) = &a.driver {
        spec["Driver"] = json!({ "Name": d });
    }
    if let Some(t) = &a.template_driver {
        spec["Templating"] = json!({ "Name": t });
    }
    let engine = ctx.engine()?;
    let path = o.path().lit("/create");
    let answer = raw::send_json(engine, http::Method::POST, &path, Some(&spec)).await?;
    raw::check_go(
        &answer,
        match o {
            Object::Secret => "SecretCreateResponse",
            Object::Config => "ConfigCreateResponse",
        },
    )?;
    println!("{}", crate::format::go_json::field_str(&answer, "ID"));
    Ok(())
}
