//! Requests made without bollard's typed models: where docker prints the daemon's JSON as it is
//! (field order and unknown fields kept), and `/_ping`.

use anyhow::Result;
use bytes::Bytes;
use http_body_util::{BodyExt, Either, Full};

use super::transport;
use super::{ApiPath, Engine};
use crate::error::CliError;

/// Sends a request (versioned, logged with `-D`) with the caller's headers and body.
async fn send(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    body: Vec<u8>,
) -> Result<http::Response<hyper::body::Incoming>> {
    let mut builder = http::Request::builder()
        .method(method)
        .uri(format!("http://docker{}", path.as_str()));
    for (k, v) in headers {
        builder = builder.header(*k, v);
    }
    let req = builder.body(Either::Left(Full::new(Bytes::from(body))))?;
    let req = transport::versioned(req, engine.version_cell(), engine.debug);
    Ok(super::timeout::send(engine.http(), &engine.endpoint.host, req).await?)
}

/// The daemon's error text: the `message` of its JSON answer, else the body as text.
pub fn daemon_message(bytes: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| {
            v.get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).trim().to_string())
}

/// Sends one request; a non-2xx answer becomes [`CliError::Daemon`] with the daemon's message.
pub async fn request(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<Vec<u8>>,
) -> Result<(http::HeaderMap, Bytes)> {
    let json = [("content-type", "application/json".to_string())];
    let headers: &[(&str, String)] = if body.is_some() { &json } else { &[] };
    let res = send(engine, method, path, headers, body.unwrap_or_default()).await?;
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res
        .into_body()
        .collect()
        .await
        .map_err(|e| anyhow::anyhow!("error reading response from daemon: {e}"))?
        .to_bytes();
    if !status.is_success() {
        let message = daemon_message(&bytes);
        return Err(CliError::Daemon {
            status: status.as_u16(),
            message,
        }
        .into());
    }
    Ok((headers, bytes))
}

/// GETs `path` (versioned) and parses the JSON answer, keeping its field order.
pub async fn get_json(engine: &Engine, path: &ApiPath) -> Result<serde_json::Value> {
    engine.api().await?;
    let (_, bytes) = request(engine, http::Method::GET, path, None).await?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// Sends a request and returns the response body as a stream of chunks (logs -f, events, ...),
/// after checking the status. Nothing is buffered beyond what hyper reads.
pub async fn stream(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<Vec<u8>>,
) -> Result<(http::HeaderMap, hyper::body::Incoming)> {
    let json = [("content-type", "application/json".to_string())];
    let headers: &[(&str, String)] = if body.is_some() { &json } else { &[] };
    stream_with(engine, method, path, headers, body.unwrap_or_default()).await
}

/// [`stream`] with the caller's headers (`content-type`, `X-Registry-Auth`, ...) and body.
pub async fn stream_with(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    body: Vec<u8>,
) -> Result<(http::HeaderMap, hyper::body::Incoming)> {
    engine.api().await?;
    let res = send(engine, method, path, headers, body).await?;
    let status = res.status();
    let headers = res.headers().clone();
    if !status.is_success() {
        let bytes = res
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        let message = daemon_message(&bytes);
        return Err(CliError::Daemon {
            status: status.as_u16(),
            message,
        }
        .into());
    }
    Ok((headers, res.into_body()))
}

/// Sends a request with a JSON body and returns the parsed JSON answer (or `Null` for none).
pub async fn send_json(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<&serde_json::Value>,
) -> Result<serde_json::Value> {
    engine.api().await?;
    let body = body.map(serde_json::to_vec).transpose()?;
    let (_, bytes) = request(engine, method, path, body).await?;
    if bytes.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    Ok(serde_json::from_slice(&bytes)?)
}
