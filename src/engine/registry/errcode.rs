//! A registry's error answers as docker's distribution client reads them
//! (`HandleErrorResponse`): the `{"errors":[...]}` body, Go's wording, and which errors make
//! docker try the next endpoint (`continueOnError`).

use serde_json::Value;

use super::http::Answer;

/// A registry error, printed as distribution prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryError {
    pub text: String,
    /// unauthorized, manifest unknown, name unknown, or an unparseable 4xx body: docker goes on
    /// to the next endpoint.
    pub go_on: bool,
}

impl std::fmt::Display for RegistryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for RegistryError {}

/// errcode's `ErrorCode.Error()`: the code's value, lower case, `_` as spaces.
fn code_text(code: &str) -> String {
    code.replace('_', " ").to_lowercase()
}

/// The codes distribution registers; anything else parses as UNKNOWN.
fn known(code: &str) -> &str {
    const CODES: &[&str] = &[
        "UNKNOWN",
        "UNSUPPORTED",
        "UNAUTHORIZED",
        "DENIED",
        "UNAVAILABLE",
        "TOOMANYREQUESTS",
        "DIGEST_INVALID",
        "SIZE_INVALID",
        "NAME_INVALID",
        "TAG_INVALID",
        "NAME_UNKNOWN",
        "MANIFEST_UNKNOWN",
        "MANIFEST_INVALID",
        "MANIFEST_UNVERIFIED",
        "MANIFEST_BLOB_UNKNOWN",
        "BLOB_UNKNOWN",
        "BLOB_UPLOAD_UNKNOWN",
        "BLOB_UPLOAD_INVALID",
        "PAGINATION_NUMBER_INVALID",
        "RANGE_INVALID",
    ];
    CODES
        .iter()
        .find(|c| **c == code)
        .copied()
        .unwrap_or("UNKNOWN")
}

fn go_status(status: u16) -> String {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    format!("{status} {reason}")
}

/// An `errcode.Error`: the code (one distribution registers) and its message.
type Coded = (String, String);

fn coded(code: &str, message: &str) -> Coded {
    (known(code).to_string(), message.to_string())
}

/// `makeError`: the status's code with `details` as the message.
fn make(status: u16, details: &str) -> Parsed {
    let code = match status {
        401 => "UNAUTHORIZED",
        403 => "DENIED",
        429 => "TOOMANYREQUESTS",
        _ => "UNKNOWN",
    };
    Parsed::Errors(vec![coded(code, details)])
}

/// What `parseHTTPErrorResponse` makes of a body.
enum Parsed {
    Errors(Vec<Coded>),
    /// `UnexpectedHTTPResponseError`: the parse error's text.
    Unexpected(String),
}

fn parse(a: &Answer) -> Parsed {
    let body = String::from_utf8_lossy(&a.body);
    let content_type = a.header("content-type");
    if content_type.is_empty() {
        return make(a.status, &body);
    }
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if media != "application/json" && media != "application/vnd.api+json" {
        return make(a.status, &body);
    }
    let parsed: Result<Value, _> = serde_json::from_slice(&a.body);
    if let Some(details) = parsed
        .as_ref()
        .ok()
        .and_then(|v| v.get("details"))
        .and_then(Value::as_str)
        .filter(|d| !d.is_empty())
    {
        return make(a.status, details);
    }
    let value = match parsed {
        Ok(v) => v,
        Err(e) => return Parsed::Unexpected(go_json_error(&e)),
    };
    let errors: Vec<Coded> = value
        .get("errors")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|e| {
                    let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
                    coded(field("code"), field("message"))
                })
                .collect()
        })
        .unwrap_or_default();
    if errors.is_empty() {
        return Parsed::Unexpected("no error details found in HTTP response body".into());
    }
    Parsed::Errors(errors)
}

/// Go's `encoding/json` syntax error text, as near as serde's position allows.
fn go_json_error(e: &serde_json::Error) -> String {
    if e.is_eof() {
        "unexpected end of JSON input".into()
    } else {
        "invalid character looking for beginning of value".into()
    }
}

fn errors_text(errors: &[Coded]) -> String {
    let one = |(code, message): &Coded| format!("{}: {message}", code_text(code));
    if errors.len() == 1 {
        return one(&errors[0]);
    }
    let mut t = "errors:\n".to_string();
    for e in errors {
        t.push_str(&one(e));
        t.push('\n');
    }
    t
}

fn from_errors(errors: Vec<Coded>) -> RegistryError {
    RegistryError {
        go_on: matches!(
            errors[0].0.as_str(),
            "UNAUTHORIZED" | "MANIFEST_UNKNOWN" | "NAME_UNKNOWN"
        ),
        text: errors_text(&errors),
    }
}

/// The message distribution gives an error code of its own (`Code.Message()`).
fn default_message(code: &str) -> &'static str {
    match code {
        "UNAUTHORIZED" => "authentication required",
        "DENIED" => "requested access to the resource is denied",
        _ => "unknown error",
    }
}

/// `HandleErrorResponse` for a non-2xx answer.
pub fn from_answer(a: &Answer) -> RegistryError {
    if !(400..500).contains(&a.status) {
        return RegistryError {
            text: format!("received unexpected HTTP status: {}", go_status(a.status)),
            go_on: false,
        };
    }
    // OAuth errors in a Bearer challenge come first.
    for value in a.headers.get_all("www-authenticate") {
        let (scheme, params) = super::auth::parse_challenge(value.to_str().unwrap_or_default());
        if scheme != "bearer" {
            continue;
        }
        let param = |k: &str| {
            params
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
                .unwrap_or_default()
        };
        let code = match param("error") {
            "invalid_token" => "UNAUTHORIZED",
            "insufficient_scope" => "DENIED",
            _ => continue,
        };
        let message = match param("error_description") {
            "" => default_message(code),
            d => d,
        };
        let mut errors = vec![coded(code, message)];
        match parse(a) {
            Parsed::Errors(more) => errors.extend(more),
            Parsed::Unexpected(why) => errors.push((
                String::new(),
                format!(
                    "error parsing HTTP {} response body: {why}: {:?}",
                    a.status,
                    String::from_utf8_lossy(&a.body)
                ),
            )),
        }
        let mut e = from_errors(errors);
        // An error that is no errcode prints bare.
        e.text = e.text.replace("\n: error parsing", "\nerror parsing");
        return e;
    }
    match parse(a) {
        Parsed::Errors(errors) => from_errors(errors),
        Parsed::Unexpected(_) if a.status == 401 => {
            from_errors(vec![coded("UNAUTHORIZED", default_message("UNAUTHORIZED"))])
        }
        Parsed::Unexpected(why) => RegistryError {
            text: format!(
                "error parsing HTTP {} response body: {why}: {:?}",
                a.status,
                String::from_utf8_lossy(&a.body)
            ),
            go_on: true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Answer {
        let mut headers = http::HeaderMap::new();
        headers.insert("content-type", "application/json".parse().unwrap());
        Answer {
            status,
            headers,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn errors_read_as_distribution_reads_them() {
        let e = from_answer(&answer(
            404,
            r#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}"#,
        ));
        assert_eq!(e.text, "manifest unknown: manifest unknown");
        assert!(e.go_on);
        let e = from_answer(&answer(
            400,
            r#"{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid"},{"code":"X","message":"m"}]}"#,
        ));
        assert_eq!(
            e.text,
            "errors:\nmanifest invalid: manifest invalid\nunknown: m\n"
        );
        assert!(!e.go_on);
        let e = from_answer(&answer(503, ""));
        assert_eq!(
            e.text,
            "received unexpected HTTP status: 503 Service Unavailable"
        );
        assert_eq!(
            from_answer(&answer(401, "")).text,
            "unauthorized: authentication required"
        );
        let mut plain = answer(401, "{\"details\":\"x\"}");
        plain.headers.clear();
        assert_eq!(
            from_answer(&plain).text,
            "unauthorized: {\"details\":\"x\"}"
        );
        assert_eq!(
            from_answer(&answer(403, "{\"details\":\"no\"}")).text,
            "denied: no"
        );
    }
}
