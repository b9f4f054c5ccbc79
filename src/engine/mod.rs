//! The only place that builds the API client: endpoint resolution (flags, environment,
//! contexts, TLS), the transport, and API version negotiation.

pub mod answer;
pub mod chunked;
pub mod conn;
pub mod context;
pub mod endpoint;
pub mod host;
pub mod notary;
pub mod path;
pub mod raw;
pub mod redirect;
pub mod registry;
pub mod sized_body;
pub mod timeout;
pub mod tls;
pub mod transport;
pub mod upload;
pub mod upload_file;
pub mod wire;

use std::sync::{Arc, OnceLock};

use anyhow::Result;
use bollard::Docker;
use tokio::sync::OnceCell;

use crate::error::CliError;
pub use endpoint::Endpoint;
pub use path::ApiPath;
use transport::{Connector, HttpClient, Version};

/// The newest API version this client speaks (docker 28.2's default).
pub const MAX_API_VERSION: &str = "1.50";
/// The oldest API version docker 28's client still talks to.
pub const MIN_API_VERSION: &str = "1.24";

/// What `/_ping` told us about the daemon.
#[derive(Debug, Clone)]
pub struct Ping {
    pub os_type: String,
    /// `Docker-Experimental: true`: experimental features are enabled.
    pub experimental: bool,
}

pub struct Engine {
    pub endpoint: Endpoint,
    docker: Docker,
    client: HttpClient,
    connector: Connector,
    version: Version,
    ping: OnceCell<Ping>,
    /// Set when DOCKER_API_VERSION pins the version (no negotiation).
    pinned: Option<String>,
    pub debug: bool,
}

impl Engine {
    /// Builds the client for an endpoint; performs no I/O.
    pub fn new(endpoint: Endpoint, debug: bool) -> Result<Engine> {
        let tls = match &endpoint.tls {
            Some(t) => Some(tls::client_config(t).map_err(|e| CliError::message(e, 1))?),
            None => None,
        };
        let connector = Connector {
            host: Arc::new(endpoint.host.clone()),
            tls,
        };
        let client = transport::http_client(connector.clone());
        let version: Version = Arc::new(OnceLock::new());
        let pinned = std::env::var("DOCKER_API_VERSION")
            .ok()
            .filter(|v| !v.is_empty())
            .map(|v| v.trim_start_matches('v').to_string());
        if let Some(v) = &pinned {
            let _ = version.set(v.clone());
        }
        let hook_client = client.clone();
        let hook_host = connector.host.clone();
        let hook_version = version.clone();
        let docker = Docker::connect_with_custom_transport(
            move |req: bollard::BollardRequest| {
                let client = hook_client.clone();
                let host = hook_host.clone();
                let req = transport::versioned(req, &hook_version, debug);
                async move { timeout::send(&client, &host, req).await }
            },
            Some("http://docker"),
            // Streaming and long calls (stop -t, wait) must not be cut short by a client timeout;
            // `timeout::send` bounds the ordinary ones.
            60 * 60 * 24 * 365,
            bollard::API_DEFAULT_VERSION,
        )?;
        Ok(Engine {
            endpoint,
            docker,
            client,
            connector,
            version,
            ping: OnceCell::new(),
            pinned,
            debug,
        })
    }

    /// Pings the daemon once and settles the API version as docker does: the lower of ours and
    /// the daemon's, unless DOCKER_API_VERSION pins it.
    pub async fn ping(&self) -> Result<&Ping> {
        self.ping
            .get_or_try_init(|| async {
                let ping = ApiPath::new("/_ping");
                let (headers, _) = raw::request(self, http::Method::GET, &ping, None).await?;
                let header = |k: &str| {
                    headers
                        .get(k)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_string()
                };
                self.settle_version(&header("api-version"));
                Ok::<_, anyhow::Error>(Ping {
                    os_type: header("ostype"),
                    experimental: header("docker-experimental") == "true",
                })
            })
            .await
    }

    /// Settles the API version from the daemon's: the lower of ours and its, unless
    /// DOCKER_API_VERSION pins it. The first answer wins.
    pub fn settle_version(&self, server: &str) {
        let negotiated = match &self.pinned {
            Some(v) => v.clone(),
            None if server.is_empty() => MIN_API_VERSION.to_string(),
            None if version_lt(server, MAX_API_VERSION) => server.to_string(),
            None => MAX_API_VERSION.to_string(),
        };
        let _ = self.version.set(negotiated);
    }

    /// The bollard client, with the API version negotiated.
    pub async fn api(&self) -> Result<&Docker> {
        if self.version.get().is_none() {
            self.ping().await?;
        }
        Ok(&self.docker)
    }

    /// The API version requests are sent with (after negotiation).
    pub fn api_version(&self) -> Option<&str> {
        self.version.get().map(String::as_str)
    }

    pub fn connector(&self) -> &Connector {
        &self.connector
    }

    pub(crate) fn http(&self) -> &HttpClient {
        &self.client
    }

    pub(crate) fn version_cell(&self) -> &Version {
        &self.version
    }
}

/// Compares dotted API versions numerically (`1.9` < `1.41`).
pub fn version_lt(a: &str, b: &str) -> bool {
    let parse = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parse(a) < parse(b)
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_compare_numerically() {
        assert!(super::version_lt("1.9", "1.41"));
        assert!(super::version_lt("1.41", "1.50"));
        assert!(!super::version_lt("1.50", "1.50"));
        assert!(!super::version_lt("1.51", "1.50"));
    }
}
