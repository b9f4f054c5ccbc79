//! INTERIM STUB template: `{{.A.B}}`, `{{json .A}}`, literal text, `\t`/`\n` escapes handled by callers.
use super::value::Value;
use std::fmt;

#[derive(Debug)]
pub struct TemplateError {
    pub message: String,
}
impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

enum Part {
    Text(String),
    Field { json: bool, path: Vec<String> },
}

pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    pub fn parse(name: &str, text: &str) -> Result<Template, TemplateError> {
        let mut parts = Vec::new();
        let mut rest = text;
        while let Some(i) = rest.find("{{") {
            parts.push(Part::Text(rest[..i].to_string()));
            let after = &rest[i + 2..];
            let j = after.find("}}").ok_or_else(|| TemplateError {
                message: format!("template: {name}:1: unclosed action"),
            })?;
            let action = after[..j].trim();
            let (json, expr) = match action.strip_prefix("json ") {
                Some(e) => (true, e.trim()),
                None => (false, action),
            };
            let path = if expr == "." {
                Vec::new()
            } else {
                expr.trim_start_matches('.').split('.').map(str::to_string).collect()
            };
            parts.push(Part::Field { json, path });
            rest = &after[j + 2..];
        }
        parts.push(Part::Text(rest.to_string()));
        Ok(Template { parts })
    }

    pub fn execute(&self, data: &Value, out: &mut String) -> Result<(), TemplateError> {
        let Value::Json(root) = data;
        for p in &self.parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Field { json, path } => {
                    let mut v = root;
                    for k in path {
                        v = v.get(k).unwrap_or(&serde_json::Value::Null);
                    }
                    if *json {
                        out.push_str(&serde_json::to_string(v).unwrap_or_default());
                    } else {
                        match v {
                            serde_json::Value::String(s) => out.push_str(s),
                            serde_json::Value::Null => out.push_str("<no value>"),
                            other => out.push_str(&other.to_string()),
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
