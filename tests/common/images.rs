//! Images a test made, removed from the engine (forced, by name) when dropped.

/// Removes the named images (only those the test made) when dropped.
pub struct Images(pub Vec<String>);

impl Drop for Images {
    fn drop(&mut self) {
        for i in &self.0 {
            let _ = super::api(
                "DELETE",
                &format!("/images/{}?force=1", super::urlencode(i)),
                None,
            );
        }
    }
}
