//! The authorisation docker's registry transport adds after the `/v2/` ping: nothing when the
//! registry asked for none, `Basic` with the stored username and password, or a `Bearer` token
//! fetched from the challenge's realm (with the password, or the stored identity token as a
//! refresh token).

use ::http::Method;
use anyhow::{anyhow, Result};
use base64::Engine as _;
use serde_json::Value;

use super::errcode;
use super::http::{self, Answer, Target};
use super::Credentials;
use crate::engine::path::escape_query;
use crate::engine::ApiPath;

enum Challenge {
    None,
    Basic,
    Bearer { realm: String, service: String },
}

pub struct Authorizer<'a> {
    challenge: Challenge,
    credentials: Option<Credentials>,
    actions: &'a str,
    token: Option<String>,
}

/// `Scheme k="v", k2="v2"` → scheme (lower case) and parameters.
pub(super) fn parse_challenge(header: &str) -> (String, Vec<(String, String)>) {
    let header = header.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let mut params = Vec::new();
    let mut rest = rest.trim();
    while let Some((key, after)) = rest.split_once('=') {
        let key = key.trim().trim_start_matches(',').trim().to_lowercase();
        let after = after.trim_start();
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (&quoted[..end], &quoted[end + 1..]),
                None => (quoted, ""),
            }
        } else {
            match after.find(',') {
                Some(end) => (&after[..end], &after[end..]),
                None => (after, ""),
            }
        };
        params.push((key, value.to_string()));
        rest = next.trim_start().trim_start_matches(',').trim_start();
    }
    (scheme.to_lowercase(), params)
}

/// `scheme://host[:port]/path` of a token realm.
fn split_url(url: &str) -> Option<(bool, String, String)> {
    let (https, rest) = match url.split_once("://")? {
        ("https", r) => (true, r),
        ("http", r) => (false, r),
        _ => return None,
    };
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, ""),
    };
    let host = if host.contains(':') {
        host.to_string()
    } else {
        format!("{host}:{}", if https { 443 } else { 80 })
    };
    Some((
        https,
        host,
        path.split('?').next().unwrap_or_default().to_string(),
    ))
}

impl<'a> Authorizer<'a> {
    pub fn new(ping: &Answer, credentials: Option<Credentials>, actions: &'a str) -> Self {
        let mut challenge = Challenge::None;
        if ping.status == 401 {
            for value in ping.headers.get_all("www-authenticate") {
                let (scheme, params) = parse_challenge(value.to_str().unwrap_or_default());
                let param = |k: &str| {
                    params
                        .iter()
                        .find(|(key, _)| key == k)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                };
                match scheme.as_str() {
                    "bearer" => {
                        challenge = Challenge::Bearer {
                            realm: param("realm"),
                            service: param("service"),
                        };
                        break;
                    }
                    "basic" => challenge = Challenge::Basic,
                    _ => {}
                }
            }
        }
        Authorizer {
            challenge,
            credentials,
            actions,
            token: None,
        }
    }

    /// The `Authorization` value for a request, or a failure worded as Go's client words it.
    pub async fn header(
        &mut self,
        target: &Target,
        method: &Method,
        path: &ApiPath,
        repository: &str,
    ) -> Result<Option<String>> {
        match &self.challenge {
            Challenge::None => Ok(None),
            Challenge::Basic => match &self.credentials {
                Some(c) if !c.username.is_empty() && !c.password.is_empty() => {
                    let pair = format!("{}:{}", c.username, c.password);
                    Ok(Some(format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    )))
                }
                _ => Err(anyhow!(
                    "{} \"{}\": no basic auth credentials",
                    http::go_method(method),
                    target.url(path.as_str())
                )),
            },
            Challenge::Bearer { realm, service } => {
                if self.token.is_none() {
                    let scope = format!("repository:{repository}:{}", self.actions);
                    // Go's client reports it as the failure of the request it was for.
                    let token = self
                        .fetch_token(realm, service, &scope)
                        .await
                        .map_err(|e| {
                            anyhow!(
                                "{} \"{}\": {e}",
                                http::go_method(method),
                                target.url(path.as_str())
                            )
                        })?;
                    self.token = Some(token);
                }
                Ok(self.token.as_ref().map(|t| format!("Bearer {t}")))
            }
        }
    }

    async fn fetch_token(&self, realm: &str, service: &str, scope: &str) -> Result<String> {
        let (https, host, path) =
            split_url(realm).ok_or_else(|| anyhow!("invalid token realm: {realm}"))?;
        let target = Target {
            https,
            skip_verify: false,
            host,
        };
        let base = if path.is_empty() {
            ApiPath::new("/")
        } else {
            ApiPath::new("").seg(&path)
        };
        let creds = self.credentials.clone().unwrap_or_default();
        let answer = if !creds.identity_token.is_empty() {
            let form = format!(
                "grant_type=refresh_token&refresh_token={}&service={}&scope={}&client_id=docker",
                escape_query(&creds.identity_token),
                escape_query(service),
                escape_query(scope),
            );
            http::send(
                &target,
                Method::POST,
                &base,
                &[],
                Some(("application/x-www-form-urlencoded", form.into_bytes())),
            )
            .await?
        } else {
            let path = base.query("scope", scope).query("service", service);
            let mut headers = Vec::new();
            if !creds.username.is_empty() {
                let pair = format!("{}:{}", creds.username, creds.password);
                headers.push((
                    "Authorization",
                    format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    ),
                ));
            }
            http::send(&target, Method::GET, &path, &headers, None).await?
        };
        if !(200..300).contains(&answer.status) {
            return Err(errcode::from_answer(&answer).into());
        }
        let v: Value = serde_json::from_slice(&answer.body).map_err(|e| anyhow!("{e}"))?;
        v.get("access_token")
            .or_else(|| v.get("token"))
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .ok_or_else(|| anyhow!("authorization server did not include a token in the response"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_parse() {
        let (s, p) = parse_challenge(
            r#"Bearer realm="https://auth.example/token",service="registry.example",scope="a:b:pull""#,
        );
        assert_eq!(s, "bearer");
        assert_eq!(p[0], ("realm".into(), "https://auth.example/token".into()));
        assert_eq!(p[1], ("service".into(), "registry.example".into()));
        assert_eq!(p[2], ("scope".into(), "a:b:pull".into()));
        assert_eq!(parse_challenge(r#"Basic realm="x""#).0, "basic");
        assert_eq!(
            split_url("https://auth.example/a/token?x=1"),
            Some((true, "auth.example:443".into(), "a/token".into()))
        );
    }
}
