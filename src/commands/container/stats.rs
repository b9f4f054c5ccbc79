//! `hvdock stats`: docker 28's stats collector and table. One stats stream per container
//! (`GET /containers/{id}/stats`), CPU % and memory as docker's `calculateCPUPercentUnix` and
//! `calculateMemUsageUnixNoCache`, a redraw every 500 ms (cursor home, the table, then the
//! table again with erase-to-end-of-line on every line and erase-below, byte for byte as docker
//! 28 writes it), `--no-stream` for one frame. Without names, every running (or, with `-a`,
//! every) container is followed, and container events add and remove rows. Ctrl-C ends the
//! command (status 130); the terminal's modes are never changed.

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::Result;
use futures_util::stream::{LocalBoxStream, SelectAll};
use futures_util::StreamExt;
use http_body_util::BodyStream;
use serde_json::Value as J;

use crate::cli::transfer::StatsArgs;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, truncate_id};
use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::format::units::{bytes_size, human_size};
use crate::format::value::Value;
use crate::format::{parse_format, render};

const DEFAULT_TABLE: &str =
    "{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

/// No update within this long makes a row `--` (docker's "timeout waiting for stats").
const STALE: Duration = Duration::from_secs(2);

/// docker's `StatsEntry` plus the collector's bookkeeping.
#[derive(Debug, Clone, Default)]
struct Entry {
    container: String,
    name: String,
    id: String,
    cpu: f64,
    memory: f64,
    memory_limit: f64,
    memory_perc: f64,
    net_rx: f64,
    net_tx: f64,
    block_read: f64,
    block_write: f64,
    pids: u64,
    invalid: bool,
    error: Option<String>,
    /// A first answer (or failure) arrived: docker's `waitFirst`.
    first: bool,
    /// The collector is over (one-shot answered, stream ended or failed).
    done: bool,
    last: Option<Instant>,
    /// When the daemon's answer began: docker's 2-second watchdog runs from there, not while
    /// the request waits for its headers (with `stream=0` they come with the sample).
    started: Option<Instant>,
}

impl Entry {
    fn new(container: &str) -> Entry {
        Entry {
            container: container.to_string(),
            ..Default::default()
        }
    }

    /// `SetStatistics`: a fresh sample replaces everything but the container reference.
    fn set(&mut self, v: &J) {
        let container = std::mem::take(&mut self.container);
        let started = self.started;
        *self = sample(v);
        self.container = container;
        self.started = started;
        self.first = true;
        self.last = Some(Instant::now());
    }

    /// `SetErrorAndReset`.
    fn reset(&mut self, why: &str) {
        self.cpu = 0.0;
        self.memory = 0.0;
        self.memory_perc = 0.0;
        self.memory_limit = 0.0;
        self.net_rx = 0.0;
        self.net_tx = 0.0;
        self.block_read = 0.0;
        self.block_write = 0.0;
        self.pids = 0;
        self.error = Some(why.to_string());
        self.invalid = true;
    }

    fn row(&self, trunc: bool) -> Value {
        let pct = |v: f64| format!("{v:.2}%");
        let inv = self.invalid;
        let name = if self.name.len() > 1 {
            self.name.get(1..).unwrap_or_default().to_string()
        } else {
            "--".to_string()
        };
        let id = if trunc {
            truncate_id(&self.id)
        } else {
            self.id.clone()
        };
        let or = |s: String, dash: &str| if inv { dash.to_string() } else { s };
        Fields::new("*container.statsContext")
            .with("Container", self.container.as_str())
            .with("Name", name)
            .with("ID", id)
            .with("CPUPerc", or(pct(self.cpu), "--"))
            .with(
                "MemUsage",
                or(
                    format!(
                        "{} / {}",
                        bytes_size(self.memory),
                        bytes_size(self.memory_limit)
                    ),
                    "-- / --",
                ),
            )
            .with("MemPerc", or(pct(self.memory_perc), "--"))
            .with(
                "NetIO",
                or(
                    format!("{} / {}", human_size(self.net_rx), human_size(self.net_tx)),
                    "--",
                ),
            )
            .with(
                "BlockIO",
                or(
                    format!(
                        "{} / {}",
                        human_size(self.block_read),
                        human_size(self.block_write)
                    ),
                    "--",
                ),
            )
            .with("PIDs", or(self.pids.to_string(), "--"))
            .into_value()
    }
}

fn u(v: &J, path: &[&str]) -> u64 {
    let mut cur = v;
    for p in path {
        match cur.get(p) {
            Some(next) => cur = next,
            None => return 0,
        }
    }
    cur.as_u64().unwrap_or(0)
}

/// One daemon sample as docker's collector reads it (Linux daemon).
fn sample(v: &J) -> Entry {
    let mem = v.get("memory_stats").cloned().unwrap_or(J::Null);
    let usage = u(&mem, &["usage"]);
    let stats = mem.get("stats");
    let stat = |k: &str| {
        stats
            .and_then(|s| s.get(k))
            .map(|x| x.as_u64().unwrap_or(0))
    };
    let memory = match (stat("total_inactive_file"), stat("inactive_file")) {
        (Some(v1), _) if v1 < usage => (usage - v1) as f64,
        (_, v2) if v2.unwrap_or(0) < usage => (usage - v2.unwrap_or(0)) as f64,
        _ => usage as f64,
    };
    let limit = u(&mem, &["limit"]) as f64;
    let (mut rx, mut tx) = (0.0, 0.0);
    if let Some(nets) = v.get("networks").and_then(J::as_object) {
        for n in nets.values() {
            rx += u(n, &["rx_bytes"]) as f64;
            tx += u(n, &["tx_bytes"]) as f64;
        }
    }
    let (mut br, mut bw) = (0u64, 0u64);
    if let Some(ios) = v
        .pointer("/blkio_stats/io_service_bytes_recursive")
        .and_then(J::as_array)
    {
        for e in ios {
            let op = e.get("op").and_then(J::as_str).unwrap_or_default();
            let value = u(e, &["value"]);
            match op.bytes().next() {
                Some(b'r' | b'R') => br = br.wrapping_add(value),
                Some(b'w' | b'W') => bw = bw.wrapping_add(value),
                _ => {}
            }
        }
    }
    Entry {
        name: listing::jstr(v, "name").to_string(),
        id: listing::jstr(v, "id").to_string(),
        cpu: cpu_percent(v),
        memory,
        memory_perc: if limit != 0.0 {
            memory / limit * 100.0
        } else {
            0.0
        },
        memory_limit: limit,
        net_rx: rx,
        net_tx: tx,
        block_read: br as f64,
        block_write: bw as f64,
        pids: u(v, &["pids_stats", "current"]),
        ..Default::default()
    }
}

/// docker's `calculateCPUPercentUnix`.
fn cpu_percent(v: &J) -> f64 {
    let cur = u(v, &["cpu_stats", "cpu_usage", "total_usage"]) as f64;
    let pre = u(v, &["precpu_stats", "cpu_usage", "total_usage"]) as f64;
    let sys = u(v, &["cpu_stats", "system_cpu_usage"]) as f64;
    let pre_sys = u(v, &["precpu_stats", "system_cpu_usage"]) as f64;
    let mut online = u(v, &["cpu_stats", "online_cpus"]) as f64;
    if online == 0.0 {
        online = v
            .pointer("/cpu_stats/cpu_usage/percpu_usage")
            .and_then(J::as_array)
            .map_or(0, Vec::len) as f64;
    }
    let (cpu_delta, sys_delta) = (cur - pre, sys - pre_sys);
    if sys_delta > 0.0 && cpu_delta > 0.0 {
        cpu_delta / sys_delta * online * 100.0
    } else {
        0.0
    }
}

enum Msg {
    /// The response's headers arrived.
    Answered,
    Sample(J),
    Failed(String),
    End,
}

/// Newline-delimited JSON documents from a response body, as a stream of values.
fn json_lines(body: hyper::body::Incoming) -> LocalBoxStream<'static, Result<J, String>> {
    let frames = BodyStream::new(body);
    futures_util::stream::unfold(
        (frames, Vec::<u8>::new(), false),
        |(mut frames, mut buf, mut ended)| async move {
            loop {
                if let Some(i) = buf.iter().position(|&b| b == b'\n') {
                    let line: Vec<u8> = buf.drain(..=i).collect();
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let item = serde_json::from_slice(&line).map_err(|e| e.to_string());
                    return Some((item, (frames, buf, ended)));
                }
                if ended {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        return None;
                    }
                    let rest = std::mem::take(&mut buf);
                    let item = serde_json::from_slice(&rest).map_err(|e| e.to_string());
                    return Some((item, (frames, buf, ended)));
                }
                match frames.next().await {
                    Some(Ok(f)) => {
                        if let Ok(d) = f.into_data() {
                            buf.extend_from_slice(&d);
                        }
                    }
                    Some(Err(e)) => return Some((Err(e.to_string()), (frames, buf, true))),
                    None => ended = true,
                }
            }
        },
    )
    .boxed_local()
}

/// One container's collector: its samples, then `End` (or `Failed`).
fn collect(
    engine: &'static Engine,
    container: String,
    stream: bool,
) -> LocalBoxStream<'static, (String, Msg)> {
    let key = container.clone();
    let start = async move {
        let path = ApiPath::new("/containers")
            .seg(&container)
            .lit("/stats")
            .query("stream", if stream { "1" } else { "0" });
        raw::stream(engine, http::Method::GET, &path, None).await
    };
    futures_util::stream::once(start)
        .flat_map(move |r| -> LocalBoxStream<'static, Msg> {
            match r {
                Err(e) => futures_util::stream::iter([Msg::Failed(crate::error::render(&e).0)])
                    .boxed_local(),
                Ok((_, body)) => futures_util::stream::iter([Msg::Answered])
                    .chain(json_lines(body).map(|item| match item {
                        Ok(v) => Msg::Sample(v),
                        Err(e) => Msg::Failed(e),
                    }))
                    .chain(futures_util::stream::iter([Msg::End]))
                    .boxed_local(),
            }
        })
        .map(move |m| (key.clone(), m))
        .boxed_local()
}

struct State {
    order: Vec<String>,
    entries: HashMap<String, Entry>,
    streams: SelectAll<LocalBoxStream<'static, (String, Msg)>>,
    engine: &'static Engine,
    stream: bool,
}

impl State {
    fn add(&mut self, container: &str) {
        if self.entries.contains_key(container) {
            return;
        }
        self.order.push(container.to_string());
        self.entries
            .insert(container.to_string(), Entry::new(container));
        self.streams
            .push(collect(self.engine, container.to_string(), self.stream));
    }

    fn remove(&mut self, container: &str) {
        self.order.retain(|c| c != container);
        self.entries.remove(container);
    }

    fn apply(&mut self, key: &str, msg: Msg) {
        let stream = self.stream;
        let Some(e) = self.entries.get_mut(key) else {
            return;
        };
        if e.done {
            return;
        }
        match msg {
            Msg::Answered => e.started = Some(Instant::now()),
            Msg::Sample(v) => {
                e.set(&v);
                if !stream {
                    e.done = true;
                }
            }
            Msg::Failed(why) => {
                e.error = Some(why);
                e.invalid = true;
                e.first = true;
                e.done = true;
            }
            Msg::End => {
                e.error = Some("EOF".into());
                e.invalid = true;
                e.first = true;
                e.done = true;
            }
        }
    }

    /// The 2-second watchdog: rows without news turn `--` (and count as a first answer).
    fn expire(&mut self) {
        let now = Instant::now();
        for e in self.entries.values_mut() {
            if e.done && self.stream {
                continue;
            }
            let Some(since) = e.last.or(e.started) else {
                continue;
            };
            if now.duration_since(since) >= STALE && (self.stream || !e.first) {
                e.reset("timeout waiting for stats");
                e.first = true;
                if !self.stream {
                    e.done = true;
                }
                e.last = Some(now);
            }
        }
    }

    /// docker's event handlers: `create` (with `-a`) and `start` add a row, `die` (without `-a`)
    /// removes it.
    fn event(&mut self, ev: Result<J, String>, all: bool) -> Result<()> {
        let (action, id) = event_of(&ev.map_err(|e| CliError::message(e, 1))?);
        match action.as_str() {
            "create" if all => self.add(&id),
            "start" => self.add(&id),
            "die" if !all => self.remove(&id),
            _ => {}
        }
        Ok(())
    }

    fn all_first(&self) -> bool {
        self.entries.values().all(|e| e.first)
    }

    fn rows(&self, trunc: bool) -> Vec<Value> {
        self.order
            .iter()
            .filter_map(|c| self.entries.get(c))
            .map(|e| e.row(trunc))
            .collect()
    }
}

fn header() -> Value {
    listing::header(&[
        ("Container", "CONTAINER"),
        ("Name", "NAME"),
        ("ID", "CONTAINER ID"),
        ("CPUPerc", "CPU %"),
        ("MemUsage", "MEM USAGE / LIMIT"),
        ("MemPerc", "MEM %"),
        ("NetIO", "NET I/O"),
        ("BlockIO", "BLOCK I/O"),
        ("PIDs", "PIDS"),
    ])
}

/// A container event's action and ID from the `/events` stream.
fn event_of(v: &J) -> (String, String) {
    let action = v
        .get("Action")
        .or_else(|| v.get("status"))
        .and_then(J::as_str)
        .unwrap_or_default()
        .to_string();
    let id = v
        .pointer("/Actor/ID")
        .or_else(|| v.get("id"))
        .and_then(J::as_str)
        .unwrap_or_default();
    (action, id.chars().take(12).collect())
}

/// The next container event, or never when there is no event stream.
async fn next_event(
    events: &mut Option<LocalBoxStream<'static, Result<J, String>>>,
) -> Option<Result<J, String>> {
    match events.as_mut() {
        Some(e) => e.next().await,
        None => std::future::pending().await,
    }
}

pub async fn run(ctx: &'static Ctx, a: StatsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let show_all = a.containers.is_empty();
    let stream = !a.no_stream;
    let mut st = State {
        order: Vec::new(),
        entries: HashMap::new(),
        streams: SelectAll::new(),
        engine,
        stream,
    };
    let mut events: Option<LocalBoxStream<'static, Result<J, String>>> = None;
    if show_all {
        // Subscribed before the list (no start is missed), with or without --no-stream: a
        // container that dies meanwhile leaves the table, as in docker.
        {
            let path = crate::commands::prune::filtered(
                ApiPath::new("/events"),
                &[("type".into(), "container".into())],
            );
            let (_, body) = raw::stream(engine, http::Method::GET, &path, None).await?;
            events = Some(json_lines(body));
        }
        let path = if a.all {
            "/containers/json?all=1"
        } else {
            "/containers/json"
        };
        let list = raw::get_json(engine, &ApiPath::new(path)).await?;
        for c in list.as_array().map(Vec::as_slice).unwrap_or_default() {
            let id: String = listing::jstr(c, "Id").chars().take(12).collect();
            st.add(&id);
        }
    } else {
        for name in &a.containers {
            st.add(name);
        }
    }

    // One Ctrl-C listener for the whole run, so no interrupt falls between two waits.
    let mut interrupted = std::pin::pin!(tokio::signal::ctrl_c());
    // docker's waitFirst: every collector answers, fails, or times out.
    let mut watchdog = tokio::time::interval(Duration::from_millis(100));
    while !st.all_first() {
        tokio::select! {
            Some((key, msg)) = st.streams.next(), if !st.streams.is_empty() => st.apply(&key, msg),
            Some(ev) = next_event(&mut events) => st.event(ev, a.all)?,
            _ = watchdog.tick() => st.expire(),
            _ = &mut interrupted => return Err(CliError::status(130)),
        }
    }
    if !show_all {
        let errors: Vec<String> = st
            .order
            .iter()
            .filter_map(|c| st.entries.get(c))
            .filter_map(|e| e.error.clone())
            .collect();
        if !errors.is_empty() {
            return Err(CliError::message(errors.join("\n"), 1));
        }
    }

    let format = a
        .format
        .clone()
        .filter(|f| !f.is_empty())
        .or_else(|| {
            ctx.config()
                .data
                .get("statsFormat")
                .and_then(J::as_str)
                .filter(|f| !f.is_empty())
                .map(str::to_string)
        })
        .unwrap_or_else(|| "table".to_string());
    let (text, table) = parse_format(&format).resolve(DEFAULT_TABLE);
    let header = header();
    let mut ticker = tokio::time::interval_at(
        tokio::time::Instant::now() + Duration::from_millis(500),
        Duration::from_millis(500),
    );
    loop {
        tokio::select! {
            Some((key, msg)) = st.streams.next(), if !st.streams.is_empty() => {
                st.apply(&key, msg);
                continue;
            }
            Some(ev) = next_event(&mut events) => {
                st.event(ev, a.all)?;
                continue;
            }
            _ = watchdog.tick(), if stream => {
                st.expire();
                continue;
            }
            _ = &mut interrupted => return Err(CliError::status(130)),
            _ = ticker.tick() => {}
        }
        let rows = st.rows(!a.no_trunc);
        let table_text = render(&text, table, &header, &rows)
            .map_err(|e| CliError::message(format!("template parsing error: {e}"), 1))?;
        let mut out = String::new();
        if stream {
            out.push_str("\x1b[H");
        }
        out.push_str(&table_text);
        if stream {
            let whole = out.clone();
            for line in whole.split('\n') {
                out.push_str(line);
                out.push_str(" \x1b[K\n");
            }
            out.push_str("\x1b[J");
        }
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(out.as_bytes())?;
        stdout.flush()?;
        drop(stdout);
        if (st.order.is_empty() && !show_all) || !stream {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_as_docker() {
        let v = serde_json::json!({
            "name": "/web", "id": "0123456789abcdef",
            "cpu_stats": {"cpu_usage": {"total_usage": 300, "percpu_usage": [1, 2]},
                          "system_cpu_usage": 2000, "online_cpus": 4},
            "precpu_stats": {"cpu_usage": {"total_usage": 100}, "system_cpu_usage": 1000},
            "memory_stats": {"usage": 1000, "limit": 4000,
                             "stats": {"total_inactive_file": 200, "cache": 500}},
            "networks": {"eth0": {"rx_bytes": 936, "tx_bytes": 10}},
            "blkio_stats": {"io_service_bytes_recursive": [
                {"op": "Read", "value": 4096}, {"op": "Write", "value": 10}, {"op": "Total", "value": 1}]},
            "pids_stats": {"current": 3}
        });
        let e = sample(&v);
        assert_eq!(e.cpu, 80.0);
        assert_eq!(e.memory, 800.0);
        assert_eq!(e.memory_perc, 20.0);
        assert_eq!((e.block_read, e.block_write), (4096.0, 10.0));
        let mut shown = Entry::new("web");
        shown.set(&v);
        let out = render("{{.Name}} {{.ID}} {{.CPUPerc}} {{.MemUsage}} {{.NetIO}} {{.BlockIO}} {{.PIDs}} {{.Container}}", false, &header(), &[shown.row(true)]).unwrap();
        assert_eq!(
            out,
            "web 0123456789ab 80.00% 800B / 3.906KiB 936B / 10B 4.1kB / 10B 3 web\n"
        );
        shown.reset("timeout");
        let out = render(
            "{{.CPUPerc}} {{.MemUsage}} {{.PIDs}}",
            false,
            &header(),
            &[shown.row(true)],
        )
        .unwrap();
        assert_eq!(out, "-- -- / -- --\n");
        // No previous sample: 0%.
        let first = serde_json::json!({"cpu_stats": {"cpu_usage": {"total_usage": 5}}});
        assert_eq!(cpu_percent(&first), 0.0);
    }
}
