//! One `images` row: docker's `formatter.imageContext`, and how an image becomes rows (one per
//! repository:tag, `<none>` for dangling images).

use serde_json::Value as J;

use super::reference::Reference;
use crate::commands::listing::{self, jint, jstr};
use crate::format::units::{human_size, human_size4};
use crate::format::value::{Object, Value};

pub const DEFAULT_TABLE: &str = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";
pub const DIGEST_TABLE: &str = "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}";

pub fn header() -> Value {
    listing::header(&[
        ("ID", "IMAGE ID"),
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("Digest", "DIGEST"),
        ("CreatedSince", "CREATED"),
        ("CreatedAt", "CREATED AT"),
        ("Size", "SIZE"),
        ("Containers", "CONTAINERS"),
        ("VirtualSize", "SIZE"),
        ("SharedSize", "SHARED SIZE"),
        ("UniqueSize", "UNIQUE SIZE"),
    ])
}

const FIELDS: [&str; 11] = [
    "Containers",
    "CreatedAt",
    "CreatedSince",
    "Digest",
    "ID",
    "Repository",
    "SharedSize",
    "Size",
    "Tag",
    "UniqueSize",
    "VirtualSize",
];

pub struct ImageRow {
    pub i: std::rc::Rc<J>,
    pub trunc: bool,
    pub repo: String,
    pub tag: String,
    pub digest: String,
}

impl ImageRow {
    fn text(&self, name: &str) -> Option<String> {
        let i = &self.i;
        let size = jint(i, "Size");
        let shared = i.get("SharedSize").and_then(J::as_i64).unwrap_or(-1);
        Some(match name {
            "ID" if self.trunc => listing::truncate_id(jstr(i, "Id")),
            "ID" => jstr(i, "Id").to_string(),
            "Repository" => self.repo.clone(),
            "Tag" => self.tag.clone(),
            "Digest" => self.digest.clone(),
            "CreatedSince" => listing::ago(jint(i, "Created")),
            "CreatedAt" => listing::go_time(jint(i, "Created")),
            "Size" => human_size(size as f64),
            "Containers" => match i.get("Containers").and_then(J::as_i64).unwrap_or(-1) {
                -1 => "N/A".into(),
                n => n.to_string(),
            },
            "VirtualSize" => human_size4(size as f64),
            "SharedSize" if shared == -1 => "N/A".into(),
            "SharedSize" => human_size4(shared as f64),
            "UniqueSize" if size == -1 || shared == -1 => "N/A".into(),
            "UniqueSize" => human_size4((size - shared) as f64),
            _ => return None,
        })
    }
}

impl Object for ImageRow {
    fn type_name(&self) -> &str {
        "*formatter.imageContext"
    }
    fn field_names(&self) -> Vec<String> {
        FIELDS.iter().map(|s| s.to_string()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.text(name).map(Value::Str)
    }
    fn marshal_json(&self) -> Option<String> {
        Some(listing::marshal_map(
            FIELDS.iter().map(|f| (*f, self.text(f))).collect(),
            &[],
        ))
    }
}

fn is_dangling(i: &J) -> bool {
    let list = |k: &str| -> Vec<String> {
        i.get(k)
            .and_then(J::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (tags, digests) = (list("RepoTags"), list("RepoDigests"));
    (tags.is_empty() && digests.is_empty())
        || (tags == ["<none>:<none>"] && digests == ["<none>@<none>"])
}

/// A repository name docker's reference parser accepts (lower-case path components).
fn valid_repo(r: &str) -> bool {
    !r.is_empty()
        && !r.contains('<')
        && r.split('/').enumerate().all(|(n, part)| {
            !part.is_empty()
                && (n == 0 && (part.contains('.') || part.contains(':') || part == "localhost")
                    || part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c)))
        })
}

/// docker's `imageFormat`: the rows one image contributes. `digest_rows`: `--digests`;
/// `need_digest`: the digest column is shown at all.
pub fn rows(i: J, trunc: bool, digest_rows: bool, need_digest: bool) -> Vec<ImageRow> {
    let i = std::rc::Rc::new(i);
    let row = |repo: &str, tag: &str, digest: &str| ImageRow {
        i: i.clone(),
        trunc,
        repo: repo.to_string(),
        tag: tag.to_string(),
        digest: digest.to_string(),
    };
    if is_dangling(&i) {
        return vec![row("<none>", "<none>", "<none>")];
    }
    let mut repo_tags: Vec<(String, Vec<String>)> = Vec::new();
    let mut repo_digests: Vec<(String, Vec<String>)> = Vec::new();
    fn add(v: &mut Vec<(String, Vec<String>)>, k: String, x: String) {
        match v.iter_mut().find(|(r, _)| *r == k) {
            Some((_, xs)) => xs.push(x),
            None => v.push((k, vec![x])),
        }
    }
    for t in i
        .get("RepoTags")
        .and_then(J::as_array)
        .into_iter()
        .flatten()
    {
        let r = Reference::parse(t.as_str().unwrap_or_default());
        if let (Some(tag), None, true) = (&r.tag, &r.digest, valid_repo(&r.repository)) {
            add(
                &mut repo_tags,
                listing::familiar(&r.repository),
                tag.clone(),
            );
        }
    }
    for d in i
        .get("RepoDigests")
        .and_then(J::as_array)
        .into_iter()
        .flatten()
    {
        let r = Reference::parse(d.as_str().unwrap_or_default());
        if let (Some(dg), true) = (&r.digest, valid_repo(&r.repository)) {
            add(
                &mut repo_digests,
                listing::familiar(&r.repository),
                dg.clone(),
            );
        }
    }
    let mut out = Vec::new();
    for (repo, tags) in &repo_tags {
        let pos = repo_digests.iter().position(|(r, _)| r == repo);
        let digests = pos.map(|p| repo_digests.remove(p).1).unwrap_or_default();
        let digests = if need_digest { digests } else { Vec::new() };
        for tag in tags {
            if digests.is_empty() {
                out.push(row(repo, tag, "<none>"));
            }
            for d in &digests {
                out.push(row(repo, tag, d));
            }
        }
    }
    for (repo, digests) in &repo_digests {
        if digest_rows {
            for d in digests {
                out.push(row(repo, "<none>", d));
            }
        } else {
            out.push(row(repo, "<none>", ""));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_as_docker() {
        let i = json!({"Id": "sha256:0123456789abcdef", "RepoTags": ["a:1", "a:2"], "RepoDigests": ["a@sha256:d", "b@sha256:e"],
                       "Size": 1984241, "SharedSize": -1, "Containers": -1, "Created": 0});
        let r = rows(i.clone(), true, false, false);
        let got: Vec<(String, String, String)> = r
            .iter()
            .map(|r| (r.repo.clone(), r.tag.clone(), r.digest.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("a".into(), "1".into(), "<none>".into()),
                ("a".into(), "2".into(), "<none>".into()),
                ("b".into(), "<none>".into(), "".into()),
            ]
        );
        let r = rows(i, true, true, true);
        assert_eq!(r[0].digest, "sha256:d");
        assert_eq!(r[2].digest, "sha256:e");
        assert_eq!(r[0].text("ID").unwrap(), "0123456789ab");
        assert_eq!(r[0].text("Size").unwrap(), "1.98MB");
        assert_eq!(r[0].text("SharedSize").unwrap(), "N/A");
        assert_eq!(r[0].text("Containers").unwrap(), "N/A");
        let d = rows(
            json!({"Id": "x", "RepoTags": [], "RepoDigests": []}),
            true,
            false,
            false,
        );
        assert_eq!(
            (d[0].repo.as_str(), d[0].digest.as_str()),
            ("<none>", "<none>")
        );
    }
}
