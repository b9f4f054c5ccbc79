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

/// `HandleErrorResponse` for a non-2xx answer.
pub fn from_answer(a: &Answer) -> RegistryError {
    if !(400..500).contains(&a.status) {
        return RegistryError {
            text: format!("received unexpected HTTP status: {}", go_status(a.status)),
            go_on: false,
        };
    }
    let parsed: Option<Value> = serde_json::from_slice(&a.body).ok();
    if let Some(details) = parsed
        .as_ref()
        .and_then(|v| v.get("details"))
        .and_then(Value::as_str)
        .filter(|d| !d.is_empty())
    {
        let code = match a.status {
            401 => "UNAUTHORIZED",
            429 => "TOOMANYREQUESTS",
            _ => "UNKNOWN",
        };
        return RegistryError {
            text: format!("{}: {details}", code_text(code)),
            go_on: code == "UNAUTHORIZED",
        };
    }
    let errors: Vec<(String, String)> = parsed
        .as_ref()
        .and_then(|v| v.get("errors"))
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|e| {
                    let code = e.get("code").and_then(Value::as_str).unwrap_or("");
                    let message = e.get("message").and_then(Value::as_str).unwrap_or("");
                    (known(code).to_string(), message.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    if errors.is_empty() {
        if a.status == 401 {
            return RegistryError {
                text: "unauthorized: authentication required".into(),
                go_on: true,
            };
        }
        let why = if parsed.is_some() {
            "no error details found in HTTP response body".to_string()
        } else {
            "invalid character looking for beginning of value".to_string()
        };
        return RegistryError {
            text: format!(
                "error parsing HTTP {} response body: {why}: {:?}",
                a.status,
                String::from_utf8_lossy(&a.body)
            ),
            go_on: true,
        };
    }
    let one = |(code, message): &(String, String)| format!("{}: {message}", code_text(code));
    let text = if errors.len() == 1 {
        one(&errors[0])
    } else {
        let mut t = "errors:\n".to_string();
        for e in &errors {
            t.push_str(&one(e));
            t.push('\n');
        }
        t
    };
    RegistryError {
        text,
        go_on: matches!(
            errors[0].0.as_str(),
            "UNAUTHORIZED" | "MANIFEST_UNKNOWN" | "NAME_UNKNOWN"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: http::HeaderMap::new(),
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
    }
}
