//! `hvdock service logs SERVICE|TASK`: the manager gathers the log lines of the tasks on every
//! node; each line is prefixed `name.slot.taskid@node    | ` (docker's `taskFormatter`) from the
//! details the daemon attaches, unless `--raw`.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use http_body_util::BodyExt;
use serde_json::Value as J;

use crate::cli::service::LogsArgs;
use crate::commands::container::timestamp::{get_timestamp, local_offset};
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::path::{unescape_query, ApiPath};
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::stream::demux::{Demuxer, Stream};

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// docker's `logdetails.Parse`: `k=v,k=v`, both sides query-unescaped.
fn parse_details(s: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    if s.is_empty() {
        return Ok(out);
    }
    for pair in s.split(',') {
        let Some((k, v)) = pair.split_once('=') else {
            return Err(fail("invalid details format"));
        };
        out.push((unescape_query(k), unescape_query(v)));
    }
    Ok(out)
}

fn digits(n: i64) -> usize {
    n.to_string().len()
}

struct Formatter<'a> {
    engine: &'a Engine,
    args: &'a LogsArgs,
    padding: usize,
    nodes: HashMap<String, String>,
    services: HashMap<String, String>,
    cache: HashMap<(String, String, String), String>,
}

impl Formatter<'_> {
    async fn name_of(&mut self, kind: &'static str, id: &str) -> String {
        if self.args.no_resolve {
            return id.to_string();
        }
        let cache = if kind == "/nodes" {
            &mut self.nodes
        } else {
            &mut self.services
        };
        if let Some(n) = cache.get(id) {
            return n.clone();
        }
        let name = match raw::get_json(self.engine, &ApiPath::new(kind).seg(id)).await {
            Ok(v) if kind == "/nodes" => {
                match (
                    v.pointer("/Spec/Name")
                        .and_then(J::as_str)
                        .unwrap_or_default(),
                    v.pointer("/Description/Hostname")
                        .and_then(J::as_str)
                        .unwrap_or_default(),
                ) {
                    ("", "") => id.to_string(),
                    ("", h) => h.to_string(),
                    (n, _) => n.to_string(),
                }
            }
            Ok(v) => v
                .pointer("/Spec/Name")
                .and_then(J::as_str)
                .unwrap_or_default()
                .to_string(),
            Err(_) => id.to_string(),
        };
        cache.insert(id.to_string(), name.clone());
        name
    }

    async fn prefix(&mut self, node: &str, service: &str, task: &str) -> Result<String> {
        let key = (node.to_string(), service.to_string(), task.to_string());
        if let Some(p) = self.cache.get(&key) {
            return Ok(p.clone());
        }
        let node_name = self.name_of("/nodes", node).await;
        let service_name = self.name_of("/services", service).await;
        let t = raw::get_json(self.engine, &ApiPath::new("/tasks").seg(task)).await?;
        let slot = t.get("Slot").and_then(J::as_i64).unwrap_or(0);
        let mut name = format!("{service_name}.{slot}");
        if !self.args.no_task_ids {
            let id = jstr(&t, "ID");
            if self.args.no_trunc {
                name = format!("{name}.{id}");
            } else {
                name = format!("{name}.{}", listing::truncate_id(id));
            }
        }
        let pad = " ".repeat(self.padding.saturating_sub(digits(slot)));
        let p = format!("{name}@{node_name}{pad}");
        self.cache.insert(key, p.clone());
        Ok(p)
    }

    /// One message (a frame) as docker's `logWriter` writes it.
    async fn line(&mut self, msg: &[u8]) -> Result<Vec<u8>> {
        let parts = if self.args.timestamps { 3 } else { 2 };
        let split: Vec<&[u8]> = msg.splitn(parts, |b| *b == b' ').collect();
        if split.len() != parts {
            return Err(fail(format!(
                "invalid context in log message: {}",
                String::from_utf8_lossy(msg)
            )));
        }
        let di = parts - 2;
        let mut details = parse_details(&String::from_utf8_lossy(split[di]))?;
        let mut take = |k: &str| -> Result<String> {
            match details.iter().position(|(dk, _)| dk == k) {
                Some(i) => Ok(details.remove(i).1),
                None => Err(fail(format!("missing {k} in details"))),
            }
        };
        let node = take("com.docker.swarm.node.id")?;
        let service = take("com.docker.swarm.service.id")?;
        let task = take("com.docker.swarm.task.id")?;
        let mut out = Vec::new();
        if self.args.timestamps {
            out.extend_from_slice(split[0]);
            out.push(b' ');
        }
        out.extend_from_slice(self.prefix(&node, &service, &task).await?.as_bytes());
        out.extend_from_slice(b"    | ");
        if self.args.details {
            let mut d: Vec<String> = details.iter().map(|(k, v)| format!("{k}={v}")).collect();
            d.sort();
            out.extend_from_slice(d.join(",").as_bytes());
            out.push(b' ');
        }
        out.extend_from_slice(split[di + 1]);
        Ok(out)
    }
}

pub async fn run(ctx: &Ctx, a: LogsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let (base, tty, padding) = match super::fetch(engine, &a.target).await {
        Ok(sv) => {
            let tty = sv
                .pointer("/Spec/TaskTemplate/ContainerSpec/TTY")
                .and_then(J::as_bool)
                .unwrap_or(false);
            let padding = sv
                .pointer("/Spec/Mode/Replicated/Replicas")
                .and_then(J::as_i64)
                .map_or(1, digits);
            (ApiPath::new("/services").seg(&a.target), tty, padding)
        }
        Err(e) if crate::error::is_not_found(&e) => {
            let t = match raw::get_json(engine, &ApiPath::new("/tasks").seg(&a.target)).await {
                Ok(t) => t,
                Err(e) if crate::error::is_not_found(&e) => {
                    return Err(fail(format!("no such task or service: {}", a.target)))
                }
                Err(e) => return Err(e),
            };
            let tty = t
                .pointer("/Spec/ContainerSpec/TTY")
                .and_then(J::as_bool)
                .unwrap_or(false);
            let slot = t.get("Slot").and_then(J::as_i64).unwrap_or(0);
            (ApiPath::new("/tasks").seg(&a.target), tty, digits(slot))
        }
        Err(e) => return Err(e),
    };
    if tty && !a.raw {
        return Err(fail("tty service logs only supported with --raw"));
    }
    let mut path = base.lit("/logs").query("stdout", "1").query("stderr", "1");
    if let Some(since) = a.since.as_deref().filter(|s| !s.is_empty()) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i128)
            .unwrap_or_default();
        let ts = get_timestamp(since, now, local_offset())
            .map_err(|e| fail(format!("invalid value for \"since\": {e}")))?;
        path = path.query("since", &ts);
    }
    if a.timestamps {
        path = path.query("timestamps", "1");
    }
    if a.follow {
        path = path.query("follow", "1");
    }
    path = path.query("tail", &a.tail);
    if a.details || !a.raw {
        path = path.query("details", "1");
    }
    let (_, mut body) = raw::stream(engine, http::Method::GET, &path, None).await?;
    let mut f = Formatter {
        engine,
        args: &a,
        padding,
        nodes: HashMap::new(),
        services: HashMap::new(),
        cache: HashMap::new(),
    };
    let mut demux = Demuxer::new();
    let mut partial = Vec::new();
    while let Some(chunk) = body.frame().await {
        let chunk = chunk.map_err(|e| anyhow::anyhow!("error reading log stream: {e}"))?;
        let Ok(data) = chunk.into_data() else {
            continue;
        };
        if tty {
            let mut out = std::io::stdout().lock();
            out.write_all(&data)?;
            out.flush()?;
            continue;
        }
        let mut frames: Vec<(Stream, Vec<u8>)> = Vec::new();
        demux
            .feed_frames(&data, &mut partial, |s, b| frames.push((s, b.to_vec())))
            .map_err(|e| fail(e.to_string()))?;
        for (stream, msg) in frames {
            let text = if a.raw { msg } else { f.line(&msg).await? };
            match stream {
                Stream::Stderr => {
                    let mut err = std::io::stderr().lock();
                    err.write_all(&text)?;
                    err.flush()?;
                }
                Stream::System => return Err(fail(String::from_utf8_lossy(&text).into_owned())),
                _ => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(&text)?;
                    out.flush()?;
                }
            }
        }
    }
    Ok(())
}
