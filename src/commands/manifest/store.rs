//! docker's local manifest lists (cli/manifest/store): `$DOCKER_CONFIG/manifests/<list>/<image>`,
//! each name with `:` as `-` and `/` as `_`, each file one `ImageManifest` as JSON. Lists made
//! by docker and by hvdock are the same files.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};

use crate::engine::context::io_text;
use crate::engine::registry::manifest::ImageManifest;
use crate::engine::registry::RepoRef;

pub struct Store {
    root: PathBuf,
}

/// docker's "not found" (`No such manifest: <ref>`).
pub fn not_found(r: &RepoRef) -> anyhow::Error {
    anyhow!("No such manifest: {r}")
}

fn file_safe(name: &str) -> String {
    name.replace(':', "-").replace('/', "_")
}

fn os_error(op: &str, path: &Path, e: &std::io::Error) -> anyhow::Error {
    anyhow!("{op} {}: {}", path.display(), io_text(e))
}

impl Store {
    pub fn new(config_dir: &Path) -> Store {
        Store {
            root: config_dir.join("manifests"),
        }
    }

    fn list_dir(&self, list: &RepoRef) -> PathBuf {
        self.root.join(file_safe(&list.to_string()))
    }

    fn read(path: &Path) -> Result<Option<ImageManifest>> {
        match std::fs::read(path) {
            Ok(bytes) => ImageManifest::from_json(&path.display().to_string(), &bytes).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(os_error("open", path, &e)),
        }
    }

    /// One image of a list; `None` when the list does not hold it.
    pub fn get(&self, list: &RepoRef, image: &RepoRef) -> Result<Option<ImageManifest>> {
        Self::read(&self.list_dir(list).join(file_safe(&image.to_string())))
    }

    /// The images of a list in file-name order; `None` when there is no such list.
    pub fn get_list(&self, list: &RepoRef) -> Result<Option<Vec<ImageManifest>>> {
        let dir = self.list_dir(list);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(os_error("open", &dir, &e)),
        };
        let mut names: Vec<_> = entries
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::io::Result<_>>()
            .map_err(|e| os_error("readdirent", &dir, &e))?;
        names.sort();
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            let path = dir.join(name);
            match Self::read(&path)? {
                Some(m) => out.push(m),
                None => return Err(not_found(list)),
            }
        }
        Ok(Some(out))
    }

    pub fn save(&self, list: &RepoRef, image: &RepoRef, manifest: &ImageManifest) -> Result<()> {
        let dir = self.list_dir(list);
        std::fs::create_dir_all(&dir).map_err(|e| os_error("mkdir", &dir, &e))?;
        let path = dir.join(file_safe(&image.to_string()));
        std::fs::write(&path, manifest.to_json()).map_err(|e| os_error("open", &path, &e))
    }

    pub fn remove(&self, list: &RepoRef) -> Result<()> {
        let dir = self.list_dir(list);
        match std::fs::remove_dir_all(&dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(os_error("unlinkat", &dir, &e))
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_file_safe_as_docker_makes_them() {
        assert_eq!(
            super::file_safe("127.0.0.1:5000/hvmf-exp:list"),
            "127.0.0.1-5000_hvmf-exp-list"
        );
    }
}
