//! Image references as docker reads them: `name[:tag][@digest]`, with `latest` implied.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The repository as given (`busybox`, `localhost:5000/team/app`).
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    pub fn parse(s: &str) -> Reference {
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (s, None),
        };
        // A tag is after the last ':' that comes after the last '/' (a ':' before is a port).
        let slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (repository, tag) = match rest[slash..].rfind(':') {
            Some(i) => (
                rest[..slash + i].to_string(),
                Some(rest[slash + i + 1..].to_string()),
            ),
            None => (rest.to_string(), None),
        };
        Reference {
            repository,
            tag,
            digest,
        }
    }

    /// `busybox:latest`, `app@sha256:...`: what docker prints in "Unable to find image".
    pub fn familiar(&self) -> String {
        match (&self.tag, &self.digest) {
            (_, Some(d)) => match &self.tag {
                Some(t) => format!("{}:{t}@{d}", self.repository),
                None => format!("{}@{d}", self.repository),
            },
            (Some(t), None) => format!("{}:{t}", self.repository),
            (None, None) => format!("{}:latest", self.repository),
        }
    }

    /// The tag or digest to ask the daemon to pull.
    pub fn tag_or_digest(&self) -> String {
        match (&self.digest, &self.tag) {
            (Some(d), _) => d.clone(),
            (None, Some(t)) => t.clone(),
            (None, None) => "latest".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Reference;

    #[test]
    fn parses_like_docker() {
        let r = Reference::parse("busybox");
        assert_eq!(
            (r.repository.as_str(), r.familiar().as_str()),
            ("busybox", "busybox:latest")
        );
        let r = Reference::parse("localhost:5000/team/app:1.2");
        assert_eq!(r.repository, "localhost:5000/team/app");
        assert_eq!(r.tag.as_deref(), Some("1.2"));
        let r = Reference::parse("localhost:5000/app");
        assert_eq!(
            (r.repository.as_str(), r.tag.clone()),
            ("localhost:5000/app", None)
        );
        let r = Reference::parse("app@sha256:abc");
        assert_eq!(r.tag_or_digest(), "sha256:abc");
        assert_eq!(r.familiar(), "app@sha256:abc");
    }
}
