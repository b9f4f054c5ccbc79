//! Requests made without bollard's typed models: where docker prints the daemon's JSON as it is
//! (field order and unknown fields kept), and `/_ping`.
//!
//! A daemon's answer is not trusted: a non-streaming body is read whole only up to
//! [`MAX_BODY`] (64 MiB, far above any real answer: a `ps` of thousands of containers is a few
//! MiB) and the whole exchange, body included, is bounded by `HVDOCK_TIMEOUT` where the headers
//! are ([`super::timeout::budget`]); a JSON answer that does not parse (truncated, malformed) is
//! an error, worded as docker's (`unexpected EOF`), never passed on.

use anyhow::Result;
use bytes::Bytes;
use http_body_util::{BodyExt, Either, Full};

use super::transport;
use super::{ApiPath, Engine};
use crate::error::CliError;
use crate::format::go_json;

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

/// The daemon's error text: the `message` of its JSON answer, else the body as text; trimmed,
/// as docker's client trims it.
pub fn daemon_message(bytes: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| {
            v.get("message")
                .and_then(|m| m.as_str())
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).trim().to_string())
}

/// The most a non-streaming answer may hold.
pub const MAX_BODY: usize = 64 << 20;

/// Reads a whole (non-streaming) body, at most [`MAX_BODY`]; failures worded as docker's.
pub async fn read_body(body: hyper::body::Incoming) -> Result<Bytes> {
    match http_body_util::Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => Ok(b.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(CliError::message(
            format!(
                "error reading response from daemon: the answer is larger than {} MiB",
                MAX_BODY >> 20
            ),
            crate::error::code::FAILURE,
        )),
        Err(e) => Err(CliError::message(
            body_error(&*e),
            crate::error::code::FAILURE,
        )),
    }
}

/// A body that broke off or is not valid HTTP framing, as Go's client says it.
pub fn body_error(e: &(dyn std::error::Error + 'static)) -> String {
    let mut src = Some(e);
    let mut root = e.to_string();
    while let Some(err) = src {
        if let Some(h) = err.downcast_ref::<hyper::Error>() {
            if h.is_incomplete_message() {
                return "unexpected EOF".into();
            }
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::UnexpectedEof {
                return "unexpected EOF".into();
            }
        }
        root = err.to_string();
        src = err.source();
    }
    if root.contains("chunk size") {
        return "invalid byte in chunk length".into();
    }
    // data not followed by CRLF (hyper: `Invalid chunk body CR`/`LF`)
    if root.contains("chunk body") {
        return "malformed chunked encoding".into();
    }
    if root.contains("end of file before message length reached") {
        return "unexpected EOF".into();
    }
    root
}

/// Checks that a JSON answer parses as docker's client decodes it; failures in Go's words.
pub fn check_json(bytes: &[u8]) -> Result<()> {
    match go_json::decode_error(bytes) {
        Some(e) => Err(CliError::message(e, crate::error::code::FAILURE)),
        None => Ok(()),
    }
}

/// Parses a JSON answer as docker's client decodes it (`json.NewDecoder(body).Decode`): the first
/// value counts, what follows it is never read; a body that is not JSON fails in Go's words.
pub fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    check_json(bytes)?;
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<T>();
    match values.next() {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(json_error(e)),
        None => Err(CliError::message("EOF", crate::error::code::FAILURE)),
    }
}

/// A JSON answer Go's scanner accepts but serde does not (a string that is not UTF-8, a
/// number out of range, a value of the wrong type), with serde's reason.
pub fn json_error(e: serde_json::Error) -> anyhow::Error {
    CliError::message(
        format!("error reading response from daemon: invalid JSON: {e}"),
        crate::error::code::FAILURE,
    )
}

/// Sends one request; a non-2xx answer becomes [`CliError::Daemon`] with the daemon's message.
/// A JSON answer is checked to parse. The whole exchange is bounded as `HVDOCK_TIMEOUT` says.
pub async fn request(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<Vec<u8>>,
) -> Result<(http::HeaderMap, Bytes)> {
    request_read(engine, method, path, body, Read::Decoder).await
}

/// How docker's client reads a JSON answer, which decides the wording of a malformed one.
#[derive(Clone, Copy, PartialEq)]
pub enum Read {
    /// `json.NewDecoder(body).Decode`: the first value counts (`unexpected EOF`, `EOF`).
    Decoder,
    /// `io.ReadAll` then `json.Unmarshal` (image inspect): the whole body is one value
    /// (`unexpected end of JSON input`, `invalid character 'x' after top-level value`).
    Unmarshal,
    /// The caller decodes it and words a malformed answer itself (`system df` prefixes it).
    Caller,
}

/// [`request`] for an answer docker's client reads as `read` says.
pub async fn request_read(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<Vec<u8>>,
    read: Read,
) -> Result<(http::HeaderMap, Bytes)> {
    // As docker's client: the API version is negotiated before the first request, so every
    // path goes out versioned (the ping itself is the exception; boxed: it comes back here).
    if !path.as_str().starts_with("/_ping") {
        let negotiate: std::pin::Pin<Box<dyn std::future::Future<Output = Result<_>> + '_>> =
            Box::pin(engine.api());
        negotiate.await?;
    }
    let limit = super::timeout::budget(&method, path.as_str());
    let what = format!("{method} {}", path.as_str().split('?').next().unwrap_or(""));
    let exchange = exchange(engine, method, path, body, read);
    match limit {
        None => exchange.await,
        Some(limit) => match tokio::time::timeout(limit, exchange).await {
            Ok(r) => r,
            Err(_) => Err(super::timeout::expired(&engine.endpoint.host, &what, limit).into()),
        },
    }
}

async fn exchange(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<Vec<u8>>,
    read: Read,
) -> Result<(http::HeaderMap, Bytes)> {
    let json = [("content-type", "application/json".to_string())];
    let headers: &[(&str, String)] = if body.is_some() { &json } else { &[] };
    let get = method == http::Method::GET;
    let res = send(
        engine,
        method.clone(),
        path,
        headers,
        body.unwrap_or_default(),
    )
    .await?;
    let status = res.status();
    let headers = res.headers().clone();
    if let Some(e) =
        super::redirect::refused(&method, &sent_path(engine, &method, path), status, &headers)
    {
        return Err(e);
    }
    let bytes = read_body(res.into_body()).await?;
    let is_json = is_json(&headers);
    // `/_ping` answers `OK` (as text, whatever a daemon's headers say).
    let ping = path.as_str().starts_with("/_ping");
    // docker's client decodes the JSON answer of every GET (an empty one is Go's `EOF`); what
    // other methods answer it ignores, unless it reads it (`send_json`, `decode`).
    let no_content = status == http::StatusCode::NO_CONTENT;
    // docker's client follows no redirect: a 3xx answer is its answer, read as a 2xx.
    let ok = super::redirect::answered(status);
    if ok && is_json && !ping && !no_content && get {
        let malformed = match read {
            Read::Decoder => go_json::decode_error(&bytes),
            Read::Unmarshal => go_json::syntax_error(&bytes),
            Read::Caller => None,
        };
        if let Some(e) = malformed {
            return Err(CliError::message(e, crate::error::code::FAILURE));
        }
    }
    if !ok {
        return Err(answer_error(engine, path, status, &bytes));
    }
    Ok((headers, bytes))
}

/// Does the daemon say its answer is JSON?
fn is_json(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"))
}

/// A non-2xx answer to `path` as docker's client reports it: the daemon's message; an error
/// status with an empty body names the route asked, in docker's words (its `checkResponseErr`).
pub fn answer_error(
    engine: &Engine,
    path: &ApiPath,
    status: http::StatusCode,
    body: &[u8],
) -> anyhow::Error {
    if !body.is_empty() || status.as_u16() < 400 {
        return daemon_error(status, body);
    }
    CliError::message(
        format!(
            "request returned {} {} for API route and version {}, check if the server supports the requested API version",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            request_url(engine, path)
        ),
        crate::error::code::FAILURE,
    )
}

/// The URL docker's client gives a request: its scheme, the endpoint's address as Go escapes a
/// URL host (a socket path's `/` is `%2F`), the API version and the path.
fn request_url(engine: &Engine, path: &ApiPath) -> String {
    use super::host::Host;
    let scheme = if engine.endpoint.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let host = match &engine.endpoint.host {
        Host::Unix(p) => p
            .replace('%', "%25")
            .replace('/', "%2F")
            .replace(' ', "%20"),
        Host::Tcp(h, port) => format!("{h}:{port}"),
        Host::Ssh { .. } => "docker.example.com".into(),
    };
    format!(
        "{scheme}://{host}{}",
        sent_path(engine, &http::Method::GET, path)
    )
}

/// The path (with its query) as it went on the wire: versioned and cleaned.
fn sent_path(engine: &Engine, method: &http::Method, path: &ApiPath) -> String {
    let version = engine.api_version().unwrap_or(super::MAX_API_VERSION);
    let reads = super::path::reads(method.as_str());
    super::path::wire_path(&format!("/v{version}{}", path.as_str()), reads)
}

/// A non-2xx answer as [`CliError::Daemon`], with the daemon's message.
pub fn daemon_error(status: http::StatusCode, body: &[u8]) -> anyhow::Error {
    CliError::Daemon {
        status: status.as_u16(),
        message: daemon_message(body),
    }
    .into()
}

/// GETs `path` (versioned) and parses the JSON answer, keeping its field order.
pub async fn get_json(engine: &Engine, path: &ApiPath) -> Result<serde_json::Value> {
    engine.api().await?;
    let (_, bytes) = request(engine, http::Method::GET, path, None).await?;
    decode(&bytes)
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
    let res = send(engine, method.clone(), path, headers, body).await?;
    let status = res.status();
    let headers = res.headers().clone();
    if let Some(e) =
        super::redirect::refused(&method, &sent_path(engine, &method, path), status, &headers)
    {
        return Err(e);
    }
    if !super::redirect::answered(status) {
        let bytes = read_body(res.into_body()).await.unwrap_or_default();
        return Err(answer_error(engine, path, status, &bytes));
    }
    Ok((headers, res.into_body()))
}

/// Sends a request (with a JSON body, if any) whose answer docker's client never reads
/// (`ensureReaderClosed`: rm, kill, tag, connect, ...): only the status counts, whatever the
/// body holds.
pub async fn send_only(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<&serde_json::Value>,
) -> Result<()> {
    engine.api().await?;
    let body = body.map(serde_json::to_vec).transpose()?;
    request(engine, method, path, body).await.map(|_| ())
}

/// POSTs `path` and decodes the report it answers (prune) as docker's client does: a malformed
/// answer is `{what}: {Go's error}` (`Error retrieving disk usage: unexpected EOF`).
pub async fn post_report(engine: &Engine, path: &ApiPath, what: &str) -> Result<serde_json::Value> {
    engine.api().await?;
    let (_, bytes) = request(engine, http::Method::POST, path, None).await?;
    decode(&bytes).map_err(|e| wrapped(what, e))
}

/// GETs `path` and decodes the answer into docker's type `go_type` ([`check_go`]) where docker's
/// client wraps the decoder's error: `{what}: {Go's error}` (`system df`: `Error retrieving disk
/// usage: json: cannot unmarshal array into Go value of type types.DiskUsage`).
pub async fn get_wrapped(
    engine: &Engine,
    path: &ApiPath,
    go_type: &str,
    what: &str,
) -> Result<serde_json::Value> {
    engine.api().await?;
    let get = http::Method::GET;
    let (_, bytes) = request_read(engine, get, path, None, Read::Caller).await?;
    let v = decode(&bytes).map_err(|e| wrapped(what, e))?;
    check_go(&v, go_type).map_err(|e| wrapped(what, e))?;
    Ok(v)
}

fn wrapped(what: &str, e: anyhow::Error) -> anyhow::Error {
    let reason = crate::error::render(&e).0;
    CliError::message(format!("{what}: {reason}"), crate::error::code::FAILURE)
}

/// Sends a request with a JSON body and returns the parsed JSON answer (or `Null` for none; an
/// empty answer that says it is JSON is Go's `EOF`).
pub async fn send_json(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    body: Option<&serde_json::Value>,
) -> Result<serde_json::Value> {
    engine.api().await?;
    let body = body.map(crate::format::go_json::encode);
    let (headers, bytes) = request(engine, method, path, body).await?;
    if bytes.is_empty() && !is_json(&headers) {
        return Ok(serde_json::Value::Null);
    }
    decode(&bytes)
}

/// Checks an answer as Go's decoder fills docker's type `go_type` (a `gotypes.txt` type:
/// `[]ContainerSummary`, `Info`): a value of the wrong type is docker's error, `json: cannot
/// unmarshal array into Go value of type container.CreateResponse`, `json: cannot unmarshal
/// number into Go struct field Summary.Id of type string`, ... .
pub fn check_go(answer: &serde_json::Value, go_type: &str) -> Result<()> {
    match crate::format::go_decode::type_error(go_type, answer) {
        Some(e) => Err(CliError::message(e, crate::error::code::FAILURE)),
        None => Ok(()),
    }
}

/// GETs `path` as [`get_json`] and checks the answer as docker's client decodes it into its type
/// `go_type` ([`check_go`]).
pub async fn get_typed(
    engine: &Engine,
    path: &ApiPath,
    go_type: &str,
) -> Result<serde_json::Value> {
    let v = get_json(engine, path).await?;
    check_go(&v, go_type)?;
    Ok(v)
}
