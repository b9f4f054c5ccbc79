//! Being attached to a container or exec: the hijacked stream, raw mode, resize, signals,
//! detach keys, and waiting for the exit code. Shared by run, start -a, attach and exec.

use anyhow::Result;
use http_body_util::BodyExt;

use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::stream::attach::{self, Ended, Streams};
use crate::stream::hijack::{self, Hijacked};
use crate::stream::resize::{self, Target};
use crate::stream::signals::Plan;
use crate::stream::{detach, terminal};

/// How a session ended.
pub enum Outcome {
    /// The stream ended (the process exited or closed its output).
    Finished,
    /// The user detached; the container keeps running.
    Detached,
    /// hvdock was told to stop (SIGTERM and friends while on a TTY): exit with this code.
    Terminated(i32),
}

/// The detach keys for a command: flag, then `detachKeys` from config.json, then the default.
pub fn detach_keys(ctx: &Ctx, flag: Option<&str>) -> Vec<u8> {
    detach::resolve(flag, ctx.config().str("detachKeys"))
}

/// The detach keys docker sends with an attach: the flag, else `detachKeys` from config.json
/// (an empty value counts as unset). The daemon validates them: invalid keys are its 400.
fn detach_spec(ctx: &Ctx, flag: Option<&str>) -> Option<String> {
    [flag, ctx.config().str("detachKeys")]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .map(str::to_string)
}

/// `POST /containers/{id}/attach` as a raw stream, with the detach keys (`--detach-keys`
/// `flag`, else config.json's) sent as docker sends them; the stream and the keys to watch for.
pub async fn attach_container(
    ctx: &Ctx,
    engine: &Engine,
    id: &str,
    s: Streams,
    flag: Option<&str>,
) -> Result<(Hijacked, Vec<u8>)> {
    let keys = detach_spec(ctx, flag);
    let on = |on: bool| if on { "1" } else { "0" };
    let path = ApiPath::new("/containers")
        .seg(id)
        .lit("/attach")
        .query("stream", "1")
        .query("stdin", on(s.stdin))
        .query("stdout", on(s.stdout))
        .query("stderr", on(s.stderr))
        .query_opt("detachKeys", keys.as_deref());
    let h = hijack::hijack(engine, "POST", &path, None).await?;
    Ok((h, detach_keys(ctx, flag)))
}

/// docker's "the input device is not a TTY" check for `-it`.
pub fn check_tty(stdin_attached: bool, tty: bool) -> Result<()> {
    if stdin_attached && tty && !terminal::is_tty(libc::STDIN_FILENO) {
        return Err(CliError::message("the input device is not a TTY", 1));
    }
    Ok(())
}

/// Drives an attached stream to its end: raw mode when our stdin drives a TTY, resizes on a TTY,
/// signals per `signals` (installed by the caller before the container started), detach keys on
/// stdin. `container` receives proxied signals.
pub async fn drive(
    engine: &'static Engine,
    h: Hijacked,
    streams: Streams,
    target: Target,
    keys: Vec<u8>,
    signals: Plan,
    container: &str,
) -> Result<Outcome> {
    let raw_mode = if streams.tty && streams.stdin && terminal::is_tty(libc::STDIN_FILENO) {
        Some(terminal::RawMode::enable()?)
    } else {
        None
    };
    let resizer = async {
        if streams.tty && terminal::size(libc::STDOUT_FILENO).is_some() {
            resize::follow(engine, &target).await
        } else {
            std::future::pending().await
        }
    };
    let stop = signals.run(engine, container);
    // Like docker, the detach keys are watched only when stdin drives a TTY.
    let keys = (streams.stdin && streams.tty).then_some(keys);
    let outcome = tokio::select! {
        r = attach::pump(h, streams, keys) => match r? {
            Ended::Output => Outcome::Finished,
            Ended::Detached => Outcome::Detached,
        },
        code = stop => Outcome::Terminated(code),
        _ = resizer => Outcome::Finished,
    };
    drop(raw_mode);
    Ok(outcome)
}

/// `Config.Tty` and `Config.OpenStdin` of an inspected container: how attaching to it works.
pub fn tty_and_open_stdin(info: &serde_json::Value) -> (bool, bool) {
    let flag = |p: &str| info.pointer(p).and_then(|v| v.as_bool()).unwrap_or(false);
    (flag("/Config/Tty"), flag("/Config/OpenStdin"))
}

/// A registered wait: the daemon has answered the head of `POST /containers/{id}/wait`, so the
/// next exit is caught even if it happens before we look.
pub struct Wait(hyper::body::Incoming);

impl Wait {
    /// Registers the wait (`next-exit`, or `removed` for auto-removed containers; `""` sends
    /// none, which the daemon takes as `not-running`).
    pub async fn register(engine: &Engine, id: &str, condition: &str) -> Result<Wait> {
        let path = ApiPath::new("/containers")
            .seg(id)
            .lit("/wait")
            .query_opt("condition", (!condition.is_empty()).then_some(condition));
        let (_, body) = raw::stream(engine, http::Method::POST, &path, None).await?;
        Ok(Wait(body))
    }

    /// The exit code, once the container has stopped; the daemon's wait error is run's
    /// `Error waiting for container: ...` (exit 125).
    pub async fn code(self) -> Result<i64> {
        match self.result().await? {
            (_, Some(msg)) => Err(CliError::message(
                format!("Error waiting for container: {msg}"),
                125,
            )),
            (code, None) => Ok(code),
        }
    }

    /// The exit code and the daemon's wait error (`Error.Message`, when not empty).
    pub async fn result(self) -> Result<(i64, Option<String>)> {
        let bytes = self
            .0
            .collect()
            .await
            .map_err(|e| anyhow::anyhow!("error waiting for container: {e}"))?
            .to_bytes();
        let v: serde_json::Value = serde_json::from_slice(&bytes)
            .map_err(|e| anyhow::anyhow!("error waiting for container: {e}"))?;
        let message = v
            .pointer("/Error/Message")
            .and_then(|m| m.as_str())
            .filter(|m| !m.is_empty())
            .map(str::to_string);
        Ok((
            v.get("StatusCode").and_then(|c| c.as_i64()).unwrap_or(0),
            message,
        ))
    }
}

/// Ends the process the way docker does for a container's exit code.
pub fn exit_with(code: i64) -> Result<()> {
    if code == 0 {
        Ok(())
    } else {
        Err(CliError::status(code as i32))
    }
}
