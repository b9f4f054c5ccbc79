//! A 3xx answer as docker's client meets it. Its `http.Client` runs moby's `CheckRedirect`: a
//! GET's redirect is never followed (the 3xx answer is read as the answer); any other method's
//! redirect fails before a second request is sent, as Go's `url.Error` of the redirect target:
//! `error during connect: Post "/v1.41/target": unexpected redirect in response`. A 3xx that Go
//! does not follow (no `Location`, or 300/304) is an answer like a 2xx (status below 400).
//! hvdock never sends a request to a daemon-given location, so no answer can send it elsewhere.

use crate::error::CliError;

/// The error for a non-GET request answered with a redirect Go would follow, else `None`.
pub fn refused(
    method: &http::Method,
    path: &str,
    status: http::StatusCode,
    headers: &http::HeaderMap,
) -> Option<anyhow::Error> {
    if *method == http::Method::GET || !matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = headers.get(http::header::LOCATION)?;
    let location = String::from_utf8_lossy(location.as_bytes()).into_owned();
    if location.is_empty() {
        return None;
    }
    let target = if location.contains("://") || location.starts_with('/') {
        location
    } else {
        // relative to the request's directory, as Go's `URL.ResolveReference`
        let dir = path.split('?').next().unwrap_or("");
        let dir = &dir[..dir.rfind('/').map_or(0, |i| i + 1)];
        super::path::wire_path(&format!("{dir}{location}"), true)
    };
    let op = method.as_str();
    let op = format!("{}{}", &op[..1], op[1..].to_ascii_lowercase());
    Some(CliError::message(
        format!("error during connect: {op} {target:?}: unexpected redirect in response"),
        crate::error::code::FAILURE,
    ))
}

/// Is `status` an answer docker's client reads as a success (2xx, or a 3xx it did not follow)?
pub fn answered(status: http::StatusCode) -> bool {
    status.is_success() || status.is_redirection()
}
