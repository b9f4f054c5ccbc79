//! Images a test made, removed when the guard drops: by tag or by ID, nothing else.

use std::sync::Mutex;

/// Removes the listed images (only those this test made) when dropped. IDs learnt while the
/// test runs (an import or build whose tag later moves on, leaving the first image dangling)
/// are added with `also`.
pub struct Images(Mutex<Vec<String>>);

impl Images {
    pub fn new(names: Vec<String>) -> Images {
        Images(Mutex::new(names))
    }

    /// Adds an image (name or ID) to remove at the end.
    pub fn also(&self, image: &str) {
        self.0.lock().unwrap().push(image.trim().to_string());
    }
}

impl Drop for Images {
    fn drop(&mut self) {
        let names = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        // Never the shared test image, whatever ID a build or import printed.
        let (_, base) = super::api(
            "GET",
            &format!("/images/{}/json", super::urlencode(super::IMAGE)),
            None,
        );
        let base: serde_json::Value = serde_json::from_str(&base).unwrap_or_default();
        for i in names.iter().rev() {
            if base["Id"].as_str() == Some(i.as_str()) || i == super::IMAGE {
                continue;
            }
            let _ = super::api(
                "DELETE",
                &format!("/images/{}?force=1", super::urlencode(i)),
                None,
            );
        }
    }
}
