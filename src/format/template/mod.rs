//! Go `text/template`, with docker's extra functions.

mod exec;
pub mod funcs;
pub mod lex;
pub mod parse;
pub mod print;
#[cfg(test)]
mod tests;

use super::value::Value;
use parse::{Node, Parser};
use std::collections::HashMap;
use std::rc::Rc;

/// Whether an error happened while parsing or executing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Parse,
    Exec,
}

/// A template error; `Display` is Go's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub kind: ErrorKind,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TemplateError {}

/// Execution options.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExecOptions {
    /// docker's table-header mode: `json split join title lower upper
    /// truncate` return their (string) argument unchanged.
    pub header_mode: bool,
    /// Go's `Option("missingkey=error")` (docker inspect's raw fallback).
    pub missing_key_error: bool,
}

/// A parsed template (plus any `define`d/`block` templates).
#[derive(Clone)]
pub struct Template {
    name: String,
    text: Rc<str>,
    root: Rc<Vec<Node>>,
    defs: Rc<HashMap<String, Rc<Vec<Node>>>>,
}

impl std::fmt::Debug for Template {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Template({:?})", self.name)
    }
}

impl Template {
    /// Parse `text` as a template called `name` (docker uses "").
    pub fn parse(name: &str, text: &str) -> Result<Template, TemplateError> {
        Template::parse_with(name, text, &funcs::is_function)
    }

    /// [`Template::parse`] knowing the functions `is_fn` names (hook templates have others).
    pub fn parse_with(
        name: &str,
        text: &str,
        is_fn: &dyn Fn(&str) -> bool,
    ) -> Result<Template, TemplateError> {
        let mut p = Parser::new(name, text, is_fn);
        let root = p.parse().map_err(|e| TemplateError {
            kind: ErrorKind::Parse,
            message: format!("template: {}:{}: {}", name, e.line, e.msg),
        })?;
        let mut defs = std::mem::take(&mut p.defs);
        let root = Rc::new(root);
        if !parse::is_empty_list(&root) || !defs.contains_key(name) {
            defs.insert(name.to_string(), root.clone());
        }
        let root = defs.get(name).cloned().unwrap_or(root);
        Ok(Template {
            name: name.to_string(),
            text: Rc::from(text),
            root,
            defs: Rc::new(defs),
        })
    }

    /// Execute over `data`, appending to `out`. On error, `out` keeps what was
    /// written before the failure (as Go's writer would).
    pub fn execute(&self, data: &Value, out: &mut String) -> Result<(), TemplateError> {
        self.execute_with(data, out, ExecOptions::default())
    }

    /// Execute in docker's header mode over a header context.
    pub fn execute_header(&self, header: &Value, out: &mut String) -> Result<(), TemplateError> {
        self.execute_with(
            header,
            out,
            ExecOptions {
                header_mode: true,
                ..Default::default()
            },
        )
    }

    /// Execute with explicit options.
    pub fn execute_with(
        &self,
        data: &Value,
        out: &mut String,
        opts: ExecOptions,
    ) -> Result<(), TemplateError> {
        let mut ex = exec::Exec::new(&self.defs, &self.text, &self.name, opts.header_mode, out);
        ex.missing_key_error = opts.missing_key_error;
        ex.run(&self.root, data).map_err(|message| TemplateError {
            kind: ErrorKind::Exec,
            message,
        })
    }
}
