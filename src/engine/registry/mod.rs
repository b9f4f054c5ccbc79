//! A client for registries themselves (not the daemon), as docker's `cli/registry/client` talks
//! to them for `manifest`: endpoint choice (https, then http for insecure registries), the
//! `/v2/` ping and its auth challenge (Basic, or a Bearer token from the realm), manifests and
//! blobs. Credentials come from the caller (config.json or a helper).

mod auth;
pub mod errcode;
pub mod http;
pub mod manifest;

use std::fmt;

use ::http::Method;
use anyhow::{anyhow, Result};
use serde_json::Value;

use self::http::{Answer, Target};
use super::ApiPath;
use errcode::RegistryError;
use manifest::{Descriptor, ImageManifest, Kind, Platform};

pub const USER_AGENT: &str = concat!("hvdock/", env!("CARGO_PKG_VERSION"));

/// The Accept list docker's distribution client sends for a manifest.
const ACCEPT: &[&str] = &[
    "application/vnd.docker.distribution.manifest.v1+prettyjws",
    "application/json",
    manifest::LIST,
    manifest::OCI_MANIFEST,
    manifest::SCHEMA2,
    manifest::OCI_INDEX,
];

/// A normalised reference: `domain/path[:tag][@digest]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoRef {
    pub domain: String,
    pub path: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl RepoRef {
    /// `domain/path`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }

    /// `reference.WithDigest`: the tag stays.
    pub fn with_digest(&self, digest: &str) -> RepoRef {
        RepoRef {
            digest: Some(digest.to_string()),
            ..self.clone()
        }
    }

    /// The tag or digest a manifest is asked for by.
    fn reference(&self) -> Option<&str> {
        self.tag.as_deref().or(self.digest.as_deref())
    }
}

impl fmt::Display for RepoRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// Stored credentials for one registry.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    pub username: String,
    pub password: String,
    pub identity_token: String,
}

/// The config key credentials are stored under for a registry domain (Docker Hub's v1 URL).
pub fn auth_key(domain: &str) -> String {
    match domain {
        "docker.io" | "index.docker.io" => "https://index.docker.io/v1/".to_string(),
        d => d.to_string(),
    }
}

/// moby's `isSecureIndex` with no daemon configuration: Docker Hub is secure; a registry whose
/// address is (or resolves to) a loopback address is not.
pub fn is_secure(domain: &str) -> bool {
    if domain == "docker.io" {
        return true;
    }
    let host = match domain.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => domain,
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<std::net::IpAddr> = match host.parse() {
        Ok(ip) => vec![ip],
        Err(_) => std::net::ToSocketAddrs::to_socket_addrs(&(host, 0))
            .map(|a| a.map(|s| s.ip()).collect())
            .unwrap_or_default(),
    };
    !addrs.iter().any(|a| a.is_loopback())
}

/// The host requests for a domain go to (Docker Hub's registry for `docker.io`).
fn host_of(domain: &str) -> String {
    match domain {
        "docker.io" => "registry-1.docker.io".to_string(),
        d => d.to_string(),
    }
}

/// An endpoint after its ping: where it answers and how it wants to be authorised.
struct Repo<'a> {
    target: Target,
    name: String,
    auth: auth::Authorizer<'a>,
}

impl Repo<'_> {
    async fn call(
        &mut self,
        method: Method,
        path: &ApiPath,
        headers: &[(&str, String)],
        body: Option<(&str, Vec<u8>)>,
    ) -> Result<Answer> {
        let mut headers = headers.to_vec();
        if let Some(h) = self
            .auth
            .header(&self.target, &method, path, &self.name)
            .await?
        {
            headers.push(("Authorization", h));
        }
        Ok(http::send(&self.target, method, path, &headers, body).await?)
    }

    async fn get_manifest(&mut self, reference: &str) -> Result<Answer> {
        let path = ApiPath::new("/v2")
            .seg(&self.name)
            .lit("/manifests")
            .seg(reference);
        let accept: Vec<(&str, String)> =
            ACCEPT.iter().map(|t| ("Accept", t.to_string())).collect();
        let answer = self.call(Method::GET, &path, &accept, None).await?;
        if (200..300).contains(&answer.status) {
            Ok(answer)
        } else {
            Err(errcode::from_answer(&answer).into())
        }
    }

    async fn get_blob(&mut self, digest: &str) -> Result<Vec<u8>> {
        let path = ApiPath::new("/v2")
            .seg(&self.name)
            .lit("/blobs")
            .seg(digest);
        let answer = self.call(Method::GET, &path, &[], None).await?;
        match answer.status {
            200..=299 => Ok(answer.body),
            404 => Err(anyhow!("unknown blob")),
            _ => Err(errcode::from_answer(&answer).into()),
        }
    }
}

/// What a manifest answer holds.
enum Fetched {
    Image(Kind, Vec<u8>),
    List(Vec<u8>),
    Other,
}

/// distribution's `UnmarshalManifest` by the answer's Content-Type (or the body's own
/// `mediaType` when the type is generic).
fn classify(answer: &Answer) -> Result<Fetched> {
    let content_type = answer.header("content-type");
    let mut media_type = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    let body: Option<Value> = serde_json::from_slice(&answer.body).ok();
    if matches!(media_type.as_str(), "" | "application/json" | "text/plain") {
        let declared = body
            .as_ref()
            .and_then(|b| b.get("mediaType"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let version = body
            .as_ref()
            .and_then(|b| b.get("schemaVersion"))
            .and_then(Value::as_i64);
        media_type = match (declared, version) {
            ("", Some(1)) => return Ok(Fetched::Other),
            ("", _) if body.as_ref().is_some_and(|b| b.get("manifests").is_some()) => {
                manifest::OCI_INDEX.to_string()
            }
            ("", _) => manifest::OCI_MANIFEST.to_string(),
            (d, _) => d.to_string(),
        };
    }
    let bytes = answer.body.clone();
    Ok(match media_type.as_str() {
        manifest::SCHEMA2 => Fetched::Image(Kind::SchemaV2, bytes),
        manifest::OCI_MANIFEST => Fetched::Image(Kind::Oci, bytes),
        manifest::LIST | manifest::OCI_INDEX => Fetched::List(bytes),
        "application/vnd.docker.distribution.manifest.v1+json"
        | "application/vnd.docker.distribution.manifest.v1+prettyjws" => Fetched::Other,
        other => {
            return Err(anyhow!(
                "unsupported manifest media type and no default available: {other}"
            ))
        }
    })
}

/// `validateManifestDigest`: the descriptor of the bytes, checked against a digested reference.
fn describe(r: &RepoRef, media_type: &str, bytes: &[u8]) -> Result<Descriptor> {
    let digest = manifest::sha256(bytes);
    if let Some(d) = &r.digest {
        if *d != digest {
            return Err(anyhow!("manifest verification failed for digest {d}"));
        }
    }
    Ok(Descriptor {
        media_type: media_type.to_string(),
        digest,
        size: bytes.len() as i64,
        ..Default::default()
    })
}

/// `pullManifestSchemaV2`/`pullManifestOCISchema`: the manifest and the platform its config
/// names.
async fn image(
    repo: &mut Repo<'_>,
    r: &RepoRef,
    kind: Kind,
    bytes: Vec<u8>,
) -> Result<ImageManifest> {
    let mut descriptor = describe(r, kind.media_type(), &bytes)?;
    let parsed: Value = serde_json::from_slice(&bytes).map_err(|e| anyhow!("{e}"))?;
    let config = parsed
        .get("config")
        .and_then(|c| c.get("digest"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let blob = repo.get_blob(&config).await?;
    if manifest::sha256(&blob) != config {
        return Err(anyhow!(
            "image config verification failed for digest {config}"
        ));
    }
    let mut platform = Platform::default();
    let config_json: Value = serde_json::from_slice(&blob).map_err(|e| anyhow!("{e}"))?;
    platform.overlay(&config_json);
    descriptor.platform = Some(platform);
    Ok(ImageManifest {
        reference: Some(r.to_string()),
        descriptor,
        raw: bytes.clone(),
        manifest: Some((kind, bytes)),
    })
}

/// The upload a `Location` answer names (`[scheme://host]/v2/<repo>/blobs/uploads/<id>
/// [?_state=...]`), as a request path; `None` for anything else.
fn upload_path(location: &str, repo: &str) -> Option<ApiPath> {
    let rest = match location.split_once("://") {
        Some((_, after)) => &after[after.find('/')?..],
        None => location,
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let id = path
        .strip_prefix("/v2/")?
        .strip_prefix(repo)?
        .strip_prefix("/blobs/uploads/")?;
    if id.is_empty() || id.contains('/') {
        return None;
    }
    let mut out = ApiPath::new("/v2").seg(repo).lit("/blobs/uploads").seg(id);
    for pair in query.split('&') {
        if let Some(state) = pair.strip_prefix("_state=") {
            out = out.query("_state", &super::path::unescape_query(state));
        }
    }
    Some(out)
}

/// Result of a cross-repository blob mount.
pub enum Mount {
    Mounted,
    /// The registry started an upload instead of mounting.
    Created,
}

/// docker's registry client for one command: `--insecure` and the credentials lookup.
pub struct Client<'a> {
    pub insecure: bool,
    pub credentials: &'a dyn Fn(&str) -> Option<Credentials>,
}

impl<'a> Client<'a> {
    /// Pings an endpoint and sets up its authorisation (`getRepositoryForReference`): a TLS
    /// endpoint that answers in plain HTTP is retried over http when certificates are not
    /// verified; `Ok(None)` when docker would skip the endpoint.
    async fn open(&self, r: &RepoRef, mut target: Target, pull: bool) -> Result<Option<Repo<'a>>> {
        let ping = ApiPath::new("/v2/");
        let mut answer = http::send(&target, Method::GET, &ping, &[], None).await;
        if let Err(e) = &answer {
            if e.http_to_https && target.https {
                if !target.skip_verify {
                    if pull {
                        return Ok(None);
                    }
                } else {
                    target.https = false;
                    answer = http::send(&target, Method::GET, &ping, &[], None).await;
                }
            }
        }
        let answer = answer.map_err(|e| {
            anyhow!("failed to configure transport: error pinging v2 registry: {e}")
        })?;
        let actions = if pull { "pull" } else { "pull,push" };
        Ok(Some(Repo {
            auth: auth::Authorizer::new(&answer, (self.credentials)(&auth_key(&r.domain)), actions),
            target,
            name: r.path.clone(),
        }))
    }

    /// `iterateEndpoints`: https first, then http for an insecure registry (used only with
    /// `--insecure`); errors that mean "not here" move on, and at the end "no such manifest".
    async fn each<T>(
        &self,
        r: &RepoRef,
        mut f: impl for<'r> FnMut(
            &'r mut Repo<'a>,
            &'r RepoRef,
        ) -> std::pin::Pin<
            Box<dyn std::future::Future<Output = Result<T>> + 'r>,
        >,
    ) -> Result<T> {
        let secure = is_secure(&r.domain) && !self.insecure;
        let host = host_of(&r.domain);
        let mut endpoints = vec![Target {
            https: true,
            skip_verify: !secure,
            host: host.clone(),
        }];
        if !secure {
            endpoints.push(Target {
                https: false,
                skip_verify: true,
                host,
            });
        }
        let mut confirmed_tls = false;
        for mut target in endpoints {
            if !target.https && confirmed_tls {
                continue;
            }
            target.skip_verify |= self.insecure;
            let Some(mut repo) = self.open(r, target, true).await? else {
                continue;
            };
            if !repo.target.https && !self.insecure {
                continue;
            }
            match f(&mut repo, r).await {
                Ok(t) => return Ok(t),
                Err(e) if e.downcast_ref::<RegistryError>().is_some_and(|re| re.go_on) => {
                    confirmed_tls |= repo.target.https;
                }
                Err(e) => return Err(e),
            }
        }
        Err(anyhow!("no such manifest: {r}"))
    }

    /// `GetManifest`: an image manifest (a list is an error).
    pub async fn get_manifest(&self, r: &RepoRef) -> Result<ImageManifest> {
        self.each(r, |repo, r| {
            Box::pin(async move {
                let answer = repo.get_manifest(r.reference().unwrap_or("latest")).await?;
                match classify(&answer)? {
                    Fetched::Image(kind, bytes) => image(repo, r, kind, bytes).await,
                    Fetched::List(_) => Err(anyhow!("{r} is a manifest list")),
                    Fetched::Other => Err(anyhow!("{r} is not a manifest")),
                }
            })
        })
        .await
    }

    /// `GetManifestList`: each manifest of a list, with the platform the list gives it.
    pub async fn get_manifest_list(&self, r: &RepoRef) -> Result<Vec<ImageManifest>> {
        self.each(r, |repo, r| {
            Box::pin(async move {
                let answer = repo.get_manifest(r.reference().unwrap_or("latest")).await?;
                let Fetched::List(bytes) = classify(&answer)? else {
                    return Err(anyhow!("unsupported manifest format: {r}"));
                };
                describe(r, manifest::LIST, &bytes)?;
                let list: Value = serde_json::from_slice(&bytes).map_err(|e| anyhow!("{e}"))?;
                let entries = list
                    .get("manifests")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let mut out = Vec::with_capacity(entries.len());
                for entry in entries {
                    let digest = entry
                        .get("digest")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    let answer = repo.get_manifest(&digest).await?;
                    let one = r.with_digest(&digest);
                    let mut m = match classify(&answer)? {
                        Fetched::Image(kind, bytes) => image(repo, &one, kind, bytes).await?,
                        Fetched::List(_) => {
                            return Err(anyhow!(
                                "unsupported manifest type: *manifestlist.DeserializedManifestList"
                            ))
                        }
                        Fetched::Other => {
                            return Err(anyhow!(
                                "unsupported manifest type: *schema1.SignedManifest"
                            ))
                        }
                    };
                    let mut platform = Platform::default();
                    if let Some(p) = entry.get("platform") {
                        platform.overlay(p);
                    }
                    m.descriptor.platform = Some(platform);
                    out.push(m);
                }
                Ok(out)
            })
        })
        .await
    }

    /// The endpoint a push goes to (`newDefaultRepositoryEndpoint`): http for an insecure
    /// registry, else https.
    async fn push_repo(&self, r: &RepoRef) -> Result<Repo<'a>> {
        let secure = is_secure(&r.domain);
        let target = Target {
            https: secure,
            skip_verify: !secure || self.insecure,
            host: host_of(&r.domain),
        };
        match self.open(r, target, false).await? {
            Some(repo) => Ok(repo),
            None => unreachable!("a push endpoint is never skipped"),
        }
    }

    /// `MountBlob`: mounts `source_repo@digest` into the target's repository.
    pub async fn mount_blob(
        &self,
        source_repo: &str,
        digest: &str,
        target: &RepoRef,
    ) -> Result<Mount> {
        let mut repo = self.push_repo(target).await?;
        let path = ApiPath::new("/v2")
            .seg(&repo.name)
            .lit("/blobs/uploads/")
            .query("from", source_repo)
            .query("mount", digest);
        let answer = repo
            .call(Method::POST, &path, &[], None)
            .await
            .map_err(|e| anyhow!("failed to mount blob {source_repo}@{digest} to {target}: {e}"))?;
        match answer.status {
            201 => Ok(Mount::Mounted),
            202 => {
                // docker cancels the upload the registry started instead (its error is
                // ignored, as docker ignores it).
                if let Some(cancel) = upload_path(answer.header("location"), &repo.name) {
                    let _ = repo.call(Method::DELETE, &cancel, &[], None).await;
                }
                Ok(Mount::Created)
            }
            _ => Err(anyhow!(
                "failed to mount blob {source_repo}@{digest} to {target}: {}",
                errcode::from_answer(&answer)
            )),
        }
    }

    /// `PutManifest`: stores a manifest under the reference's tag (or digest); the registry's
    /// digest of it.
    pub async fn put_manifest(
        &self,
        r: &RepoRef,
        media_type: &str,
        payload: Vec<u8>,
    ) -> Result<String> {
        let mut repo = self.push_repo(r).await?;
        let reference = match (&r.tag, &r.digest) {
            (Some(t), _) => t.clone(),
            (None, Some(_)) => manifest::sha256(&payload),
            (None, None) => return Err(anyhow!("{r} no tag or digest")),
        };
        let path = ApiPath::new("/v2")
            .seg(&repo.name)
            .lit("/manifests")
            .seg(&reference);
        let answer = repo
            .call(Method::PUT, &path, &[], Some((media_type, payload)))
            .await
            .map_err(|e| anyhow!("failed to put manifest {r}: {e}"))?;
        if !(200..300).contains(&answer.status) {
            return Err(anyhow!(
                "failed to put manifest {r}: {}",
                errcode::from_answer(&answer)
            ));
        }
        let digest = answer.header("docker-content-digest").to_string();
        if !digest.contains(':') {
            return Err(anyhow!("invalid checksum digest format"));
        }
        Ok(digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_locations_become_request_paths() {
        let p = upload_path(
            "http://127.0.0.1:5000/v2/team/app/blobs/uploads/1f-2a?_state=ab%3D%3D",
            "team/app",
        )
        .unwrap();
        assert_eq!(
            p.as_str(),
            "/v2/team/app/blobs/uploads/1f-2a?_state=ab%3D%3D"
        );
        assert!(upload_path("/v2/other/blobs/uploads/x", "team/app").is_none());
        assert!(upload_path("/v2/team/app/blobs/uploads/../x", "team/app").is_none());
    }
}
