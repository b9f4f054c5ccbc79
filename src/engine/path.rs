//! Request paths as a type: the only way to put a user's value (a name, an ID, a filter) into a
//! request path or query is through [`ApiPath::seg`] and [`ApiPath::query`], which escape it as
//! docker's Go client does. Fixed parts are `&'static str`, so they can only come from the
//! program text, never from input.
//!
//! ```text
//! ApiPath::new("/containers").seg(name).lit("/kill").query("signal", sig)
//!   → /containers/victim%2F..%3F/kill?signal=KILL      (a name cannot add a path or a query)
//! ```

use std::fmt;

/// A request path (with its query) whose every variable part has been escaped.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiPath {
    text: String,
    has_query: bool,
}

impl ApiPath {
    /// A fixed path from the program text, e.g. `"/containers/json"` or `"/info"`.
    pub fn new(fixed: &'static str) -> ApiPath {
        ApiPath {
            has_query: fixed.contains('?'),
            text: fixed.to_string(),
        }
    }

    /// Appends `/` and one value (a name, an ID, a reference), escaped as Go's `url.URL`
    /// escapes a path: `/` and `:` stay (image references hold them; the daemon's routes take
    /// `{name:.*}`), `?`, `#`, `%`, spaces and everything else outside the safe set become `%XX`.
    pub fn seg(mut self, value: &str) -> ApiPath {
        debug_assert!(!self.has_query, "path segment after the query");
        self.text.push('/');
        self.text.push_str(&escape_path(value));
        self
    }

    /// Appends a fixed part from the program text, e.g. `"/json"`.
    pub fn lit(mut self, fixed: &'static str) -> ApiPath {
        debug_assert!(!self.has_query, "path part after the query");
        self.text.push_str(fixed);
        self
    }

    /// Appends `key=value` to the query, the value escaped as Go's `url.QueryEscape` does.
    pub fn query(mut self, key: &'static str, value: &str) -> ApiPath {
        self.text.push(if self.has_query { '&' } else { '?' });
        self.has_query = true;
        self.text.push_str(key);
        self.text.push('=');
        self.text.push_str(&escape_query(value));
        self
    }

    /// Appends `key=value` when there is a value.
    pub fn query_opt(self, key: &'static str, value: Option<&str>) -> ApiPath {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }

    /// The path as sent on the wire (before the API version prefix).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::ops::Deref for ApiPath {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for ApiPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for ApiPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

/// The path docker's client puts on the wire for `/v{version}` and `path`: Go's
/// `path.Join(base, "/v"+version, path)`, which cleans the path part (`//` is one `/`, `.` and
/// `..` segments are resolved, a trailing `/` dropped; the query is kept as it is). So
/// `rmi ''` asks `DELETE /v1.41/images` and `volume inspect ../containers/x/kill` asks
/// `GET /v1.41/containers/x/kill`, as docker does, never the daemon's 301 for an unclean path.
/// Works on the escaped text: [`ApiPath::seg`] leaves `.` and `/` as they are and never writes
/// `%2F` or `%2E`, so cleaning before or after escaping gives the same path.
///
/// One deliberate difference: `.` and `..` are resolved only for a request that reads
/// (`reads`: GET, HEAD). docker's `rmi ../containers/x` deletes the container `x`; hvdock sends
/// such a changing request as written, the daemon answers it with a redirect (it acts on no
/// unclean path), and hvdock refuses to follow it ([`super::redirect`]), so a name can never
/// make a changing request reach another object. Empty segments are always dropped (that
/// cannot move a name out of its place).
pub fn wire_path(versioned: &str, reads: bool) -> String {
    let (path, query) = match versioned.find('?') {
        Some(i) => versioned.split_at(i),
        None => (versioned, ""),
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" => {}
            "." if reads => {}
            ".." if reads => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}{query}", parts.join("/"))
}

/// Does a request of `method` only read (GET, HEAD)?
pub fn reads(method: &str) -> bool {
    matches!(method, "GET" | "HEAD")
}

/// Go's path escaping in `url.URL.String()`: unreserved characters and `$&+,/:;=@` stay,
/// everything else becomes `%XX`.
fn escape_path(s: &str) -> String {
    escape(s, b"-_.~$&+,/:;=@", false)
}

/// Go's `url.QueryUnescape`: `%XX` decoded, `+` as a space (bad escapes are kept as they
/// are).
pub fn unescape_query(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Go's `url.QueryEscape`: unreserved characters stay, a space becomes `+`, the rest `%XX`.
pub(crate) fn escape_query(s: &str) -> String {
    escape(s, b"-_.~", true)
}

fn escape(s: &str, safe: &[u8], plus_for_space: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || safe.contains(&b) {
            out.push(b as char);
        } else if plus_for_space && b == b' ' {
            out.push('+');
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cannot_add_a_path_or_a_query() {
        let p = ApiPath::new("/containers")
            .seg("victim/kill?signal=KILL&")
            .lit("/exec");
        assert_eq!(p.as_str(), "/containers/victim/kill%3Fsignal=KILL&/exec");
        let p = ApiPath::new("/containers").seg("a b#c%").lit("/json");
        assert_eq!(p.as_str(), "/containers/a%20b%23c%25/json");
    }

    #[test]
    fn the_wire_path_is_cleaned_as_go_path_join_cleans_it() {
        let cases = [
            ("/v1.41/images//history", "/v1.41/images/history"),
            ("/v1.41/images/", "/v1.41/images"),
            (
                "/v1.41/volumes/../containers/x/kill%3Fsignal=KILL&",
                "/v1.41/containers/x/kill%3Fsignal=KILL&",
            ),
            ("/v1.41/a/./b/../../../../c?x=/../y", "/c?x=/../y"),
            (
                "/v1.41/containers/json?all=1",
                "/v1.41/containers/json?all=1",
            ),
            ("/_ping", "/_ping"),
        ];
        for (given, wire) in cases {
            assert_eq!(wire_path(given, true), wire, "{given}");
        }
        assert_eq!(
            wire_path("/v1.41/images/../containers/x?force=1", false),
            "/v1.41/images/../containers/x?force=1"
        );
        assert_eq!(wire_path("/v1.41/images/", false), "/v1.41/images");
    }

    #[test]
    fn queries_are_escaped_and_joined() {
        let p = ApiPath::new("/containers")
            .seg("c")
            .lit("/top")
            .query("ps_args", "-o pid,args&x=1");
        assert_eq!(
            p.as_str(),
            "/containers/c/top?ps_args=-o+pid%2Cargs%26x%3D1"
        );
        let p = ApiPath::new("/containers/json?all=1").query("size", "1");
        assert_eq!(p.as_str(), "/containers/json?all=1&size=1");
        assert_eq!(
            ApiPath::new("/images")
                .seg("127.0.0.1:5000/a/b:t")
                .lit("/json")
                .as_str(),
            "/images/127.0.0.1:5000/a/b:t/json"
        );
    }
}
