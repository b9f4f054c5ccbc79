//! INTERIM STUB value model.
#[derive(Debug, Clone)]
pub enum Value {
    Json(serde_json::Value),
}

impl Value {
    pub fn from_json(v: &serde_json::Value) -> Value {
        Value::Json(v.clone())
    }
}
