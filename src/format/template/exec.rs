//! Template execution with Go's semantics and error wording.

use super::super::value::Value;
use super::funcs::{self, Param};
use super::parse::{Arg, Command, Control, Node, Pipe};
use super::print::{format_value, quote};
use std::collections::HashMap;
use std::rc::Rc;

/// Go allows 100000 nested template calls; we stop earlier to stay well
/// within the native stack.
/// Go allows 100000 nested template calls; we bound the combined nesting of
/// template calls and if/with/range bodies far lower, to stay well within a
/// 2 MiB native stack (tokio's worker default) even in debug builds.
const MAX_EXEC_DEPTH: usize = 500;

pub(crate) enum Ctl {
    Err(String),
    Break,
    Continue,
}

type R<T> = Result<T, Ctl>;

/// The node execution is "at", for error context.
#[derive(Clone, Copy)]
enum At<'t> {
    None,
    Node(&'t Node),
    Pipe(&'t Pipe),
    Cmd(&'t Command),
    Arg(&'t Arg),
}

pub(crate) struct Exec<'t, 'o> {
    pub defs: &'t HashMap<String, Rc<Vec<Node>>>,
    pub text: &'t str,
    pub parse_name: &'t str,
    pub name: String,
    pub header: bool,
    /// Go's `Option("missingkey=error")`: a missing map key is an execution error.
    pub missing_key_error: bool,
    pub out: &'o mut String,
    vars: Vec<(String, Value)>,
    depth: usize,
    at: At<'t>,
}

fn node_pos(n: &Node) -> usize {
    match n {
        Node::Text(_) => 0,
        Node::Action { pos, .. }
        | Node::Template { pos, .. }
        | Node::Break { pos }
        | Node::Continue { pos } => *pos,
        Node::If(c) | Node::Range(c) | Node::With(c) => c.pos,
    }
}

impl<'t, 'o> Exec<'t, 'o> {
    pub fn new(
        defs: &'t HashMap<String, Rc<Vec<Node>>>,
        text: &'t str,
        parse_name: &'t str,
        header: bool,
        out: &'o mut String,
    ) -> Self {
        Exec {
            defs,
            text,
            parse_name,
            name: parse_name.to_string(),
            header,
            missing_key_error: false,
            out,
            vars: Vec::new(),
            depth: 0,
            at: At::None,
        }
    }

    pub fn run(&mut self, list: &'t [Node], dot: &Value) -> Result<(), String> {
        // Executing with nil data gives an invalid (not nil) dot in Go.
        let dot = &match dot {
            Value::Nil => Value::NoValue,
            d => d.clone(),
        };
        self.vars = vec![("$".into(), dot.clone())];
        match self.walk_list(dot, list) {
            Ok(()) => Ok(()),
            Err(Ctl::Err(e)) => Err(e),
            Err(_) => Ok(()),
        }
    }

    fn fail<T>(&self, msg: impl std::fmt::Display) -> R<T> {
        let (pos, ctx) = match self.at {
            At::None => return Err(Ctl::Err(format!("template: {}: {}", self.name, msg))),
            At::Node(n) => (node_pos(n), n.to_string()),
            At::Pipe(p) => (p.pos, p.to_string()),
            At::Cmd(c) => (c.pos, c.to_string()),
            At::Arg(a) => (a.pos(), a.to_string()),
        };
        let before = &self.text.as_bytes()[..pos.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let col = match before.iter().rposition(|&b| b == b'\n') {
            Some(nl) => pos - nl - 1,
            None => pos,
        };
        Err(Ctl::Err(format!(
            "template: {}:{}:{}: executing {} at <{}>: {}",
            self.parse_name,
            line,
            col,
            quote(&self.name, false),
            ctx,
            msg
        )))
    }

    fn walk_list(&mut self, dot: &Value, list: &'t [Node]) -> R<()> {
        for n in list {
            self.walk(dot, n)?;
        }
        Ok(())
    }

    fn walk(&mut self, dot: &Value, node: &'t Node) -> R<()> {
        match node {
            Node::Text(t) => {
                self.out.push_str(t);
                Ok(())
            }
            Node::Action { pipe, .. } => {
                self.at = At::Node(node);
                let v = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    match v {
                        Value::NoValue => self.out.push_str("<no value>"),
                        v => self.out.push_str(&format_value(&v)),
                    }
                }
                Ok(())
            }
            Node::If(c) | Node::With(c) => {
                self.at = At::Node(node);
                self.enter()?;
                let mark = self.vars.len();
                let r = self.walk_if_with(dot, node, c);
                self.vars.truncate(mark);
                self.depth -= 1;
                r
            }
            Node::Range(c) => {
                self.at = At::Node(node);
                self.enter()?;
                let mark = self.vars.len();
                let r = self.walk_range(dot, c);
                self.vars.truncate(mark);
                self.depth -= 1;
                r
            }
            Node::Template { name, pipe, .. } => {
                self.at = At::Node(node);
                let Some(list) = self.defs.get(name) else {
                    return self.fail(format!("template {} not defined", quote(name, false)));
                };
                if self.depth >= MAX_EXEC_DEPTH {
                    return self.fail(format!(
                        "exceeded maximum template depth ({})",
                        MAX_EXEC_DEPTH
                    ));
                }
                let newdot = match pipe {
                    Some(p) => self.eval_pipeline(dot, p)?,
                    None => Value::NoValue,
                };
                let saved_vars =
                    std::mem::replace(&mut self.vars, vec![("$".into(), newdot.clone())]);
                let saved_name = std::mem::replace(&mut self.name, name.clone());
                self.depth += 1;
                let r = self.walk_list(&newdot, list);
                self.depth -= 1;
                self.vars = saved_vars;
                self.name = saved_name;
                r
            }
            Node::Break { .. } => Err(Ctl::Break),
            Node::Continue { .. } => Err(Ctl::Continue),
        }
    }

    fn enter(&mut self) -> R<()> {
        if self.depth >= MAX_EXEC_DEPTH {
            return self.fail(format!(
                "exceeded maximum template depth ({})",
                MAX_EXEC_DEPTH
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn walk_if_with(&mut self, dot: &Value, node: &'t Node, c: &'t Control) -> R<()> {
        self.at = At::Node(node);
        let v = self.eval_pipeline(dot, &c.pipe)?;
        if v.truthy() {
            if matches!(node, Node::With(_)) {
                self.walk_list(&v, &c.list)
            } else {
                self.walk_list(dot, &c.list)
            }
        } else if let Some(e) = &c.else_list {
            self.walk_list(dot, e)
        } else {
            Ok(())
        }
    }

    fn set_top_var(&mut self, n: usize, v: Value) {
        let len = self.vars.len();
        if n <= len {
            self.vars[len - n].1 = v;
        }
    }

    fn set_var(&mut self, name: &str, v: Value) -> R<()> {
        for slot in self.vars.iter_mut().rev() {
            if slot.0 == name {
                slot.1 = v;
                return Ok(());
            }
        }
        self.fail(format!("undefined variable: {}", name))
    }

    fn one_iteration(&mut self, c: &'t Control, index: Value, elem: Value, mark: usize) -> R<bool> {
        let decl = &c.pipe.decl;
        if !decl.is_empty() {
            if c.pipe.is_assign {
                if decl.len() > 1 {
                    self.set_var(&decl[0], index.clone())?;
                } else {
                    self.set_var(&decl[0], elem.clone())?;
                }
            } else {
                self.set_top_var(1, elem.clone());
            }
        }
        if decl.len() > 1 {
            if c.pipe.is_assign {
                self.set_var(&decl[1], elem.clone())?;
            } else {
                self.set_top_var(2, index);
            }
        }
        let r = self.walk_list(&elem, &c.list);
        self.vars.truncate(mark);
        match r {
            Ok(()) | Err(Ctl::Continue) => Ok(true),
            Err(Ctl::Break) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn walk_range(&mut self, dot: &Value, c: &'t Control) -> R<()> {
        let val = self.eval_pipeline(dot, &c.pipe)?;
        let mark = self.vars.len();
        let mut ran = false;
        match &val {
            Value::List(items) => {
                for (i, e) in items.iter().enumerate() {
                    ran = true;
                    if !self.one_iteration(c, Value::Int(i as i64), e.clone(), mark)? {
                        break;
                    }
                }
            }
            Value::Map(_) | Value::Object(_) => {
                for (k, e) in val.sorted_entries() {
                    ran = true;
                    if !self.one_iteration(c, Value::Str(k), e, mark)? {
                        break;
                    }
                }
            }
            Value::Int(_) | Value::Uint(_) => {
                if c.pipe.decl.len() > 1 {
                    return self.fail(format!(
                        "can't use {} to iterate over more than one variable",
                        format_value(&val)
                    ));
                }
                let n: i64 = match val {
                    Value::Int(i) => i,
                    Value::Uint(u) => i64::try_from(u).unwrap_or(i64::MAX),
                    _ => 0,
                };
                for i in 0..n.max(0) {
                    ran = true;
                    let v = if matches!(val, Value::Uint(_)) {
                        Value::Uint(i as u64)
                    } else {
                        Value::Int(i)
                    };
                    if !self.one_iteration(c, v.clone(), v, mark)? {
                        break;
                    }
                }
            }
            Value::Nil | Value::NoValue => {}
            Value::Struct(o) if o.nil_collection() => {}
            other => {
                return self.fail(format!("range can't iterate over {}", format_value(other)));
            }
        }
        if !ran {
            if let Some(e) = &c.else_list {
                return self.walk_list(dot, e);
            }
        }
        Ok(())
    }

    fn eval_pipeline(&mut self, dot: &Value, pipe: &'t Pipe) -> R<Value> {
        self.at = At::Pipe(pipe);
        let mut value: Option<Value> = None;
        for cmd in &pipe.cmds {
            value = Some(self.eval_command(dot, cmd, value)?);
        }
        let value = value.unwrap_or(Value::NoValue);
        for v in &pipe.decl {
            if pipe.is_assign {
                self.set_var(v, value.clone())?;
            } else {
                self.vars.push((v.clone(), value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&mut self, cmd: &'t Command, final_: &Option<Value>) -> R<()> {
        if cmd.args.len() > 1 || final_.is_some() {
            return self.fail(format!(
                "can't give argument to non-function {}",
                cmd.args.first().map(|a| a.to_string()).unwrap_or_default()
            ));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Value, cmd: &'t Command, final_: Option<Value>) -> R<Value> {
        let Some(first) = cmd.args.first() else {
            return self.fail("empty command");
        };
        match first {
            Arg::Field { idents, .. } => {
                self.at = At::Arg(first);
                self.eval_field_chain(dot, dot.clone(), false, idents, &cmd.args, final_)
            }
            Arg::Chain { node, fields, .. } => {
                self.at = At::Arg(first);
                if matches!(**node, Arg::Nil { .. }) {
                    return self.fail(format!("indirection through explicit nil in {}", first));
                }
                let recv = self.eval_arg_any(dot, node)?;
                self.at = At::Arg(first);
                self.eval_field_chain(dot, recv, false, fields, &cmd.args, final_)
            }
            Arg::Variable { idents, .. } => {
                self.at = At::Arg(first);
                let v = self.var_value(&idents[0])?;
                if idents.len() == 1 {
                    self.not_a_function(cmd, &final_)?;
                    return Ok(v);
                }
                self.eval_field_chain(dot, v, false, &idents[1..], &cmd.args, final_)
            }
            Arg::Identifier { name, .. } => {
                self.at = At::Arg(first);
                self.eval_function(dot, name, &cmd.args[1..], At::Cmd(cmd), final_)
            }
            Arg::Pipe(p) => {
                self.not_a_function(cmd, &final_)?;
                self.eval_pipeline(dot, p)
            }
            other => {
                self.at = At::Arg(first);
                self.not_a_function(cmd, &final_)?;
                match other {
                    Arg::Nil { .. } => self.fail("nil is not a command"),
                    _ => self.eval_arg_any(dot, other),
                }
            }
        }
    }

    fn var_value(&self, name: &str) -> R<Value> {
        for (n, v) in self.vars.iter().rev() {
            if n == name {
                return Ok(v.clone());
            }
        }
        self.fail(format!("undefined variable: {}", name))
    }

    fn eval_field_chain(
        &mut self,
        dot: &Value,
        mut recv: Value,
        mut from_iface: bool,
        idents: &[String],
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let n = idents.len();
        for (i, name) in idents.iter().enumerate() {
            let last = i + 1 == n;
            let (a, f): (&'t [Arg], Option<Value>) = if last {
                (args, final_.clone())
            } else {
                (&[], None)
            };
            let was_map = matches!(recv, Value::Map(_) | Value::Object(_));
            recv = self.eval_field(dot, name, a, f, recv, from_iface)?;
            from_iface = was_map;
        }
        Ok(recv)
    }

    fn eval_field(
        &mut self,
        dot: &Value,
        name: &str,
        args: &'t [Arg],
        final_: Option<Value>,
        recv: Value,
        from_iface: bool,
    ) -> R<Value> {
        let has_args = args.len() > 1 || final_.is_some();
        match &recv {
            Value::NoValue => Ok(Value::NoValue),
            Value::Nil => {
                let _ = from_iface;
                self.fail(format!("nil pointer evaluating interface {{}}.{}", name))
            }
            Value::Struct(o) => {
                let o = o.clone();
                if let Some(e) = o.nil_pointer_error(name) {
                    return self.fail(e);
                }
                if has_args {
                    let here = self.at;
                    let mut vals = Vec::new();
                    // docker's only method with arguments is `Label(name string) string`: Go
                    // evaluates its one argument as a string (`expected string; found 1`).
                    let typed = name == "Label" && args.len() == 2 && final_.is_none();
                    for a in args.iter().skip(1) {
                        vals.push(match typed {
                            true => self.eval_arg_typed(dot, a, Param::Str)?,
                            false => self.eval_arg_any(dot, a)?,
                        });
                    }
                    if let Some(f) = final_ {
                        vals.push(no_value_to_nil(f));
                    }
                    self.at = here;
                    return match o.call(name, &vals) {
                        Some(Ok(v)) => Ok(v),
                        Some(Err(e)) => self.fail(method_error(name, e)),
                        None if o.field(name).is_some() => self.fail(format!(
                            "wrong number of args for {}: want 0 got {}",
                            name,
                            vals.len()
                        )),
                        None => self.fail(format!(
                            "can't evaluate field {} in type {}",
                            name,
                            o.type_name()
                        )),
                    };
                }
                if let Some(v) = o.field(name) {
                    return Ok(v);
                }
                match o.call(name, &[]) {
                    Some(Ok(v)) => Ok(v),
                    Some(Err(e)) => self.fail(method_error(name, e)),
                    None => self.fail(format!(
                        "can't evaluate field {} in type {}",
                        name,
                        o.type_name()
                    )),
                }
            }
            // A map whose key type is not `string` (`nat.PortMap`) takes no field name as a key.
            Value::Map(m) if m.key_type().is_some() => self.fail(format!(
                "can't evaluate field {} in type {}",
                name,
                m.type_name()
            )),
            Value::Map(_) | Value::Object(_) => {
                if has_args {
                    return self.fail(format!("{} is not a method but has arguments", name));
                }
                match recv.map_get(name) {
                    Some(v) => Ok(v),
                    None if self.missing_key_error => {
                        self.fail(format!("map has no entry for key {}", quote(name, false)))
                    }
                    None => Ok(Value::NoValue),
                }
            }
            other => {
                let t = if from_iface {
                    "interface {}".to_string()
                } else {
                    other.type_name()
                };
                self.fail(format!("can't evaluate field {} in type {}", name, t))
            }
        }
    }

    fn eval_function(
        &mut self,
        dot: &Value,
        name: &str,
        args: &'t [Arg],
        call_at: At<'t>,
        final_: Option<Value>,
    ) -> R<Value> {
        let Some(sig) = funcs::signature(name, self.header) else {
            return self.fail(format!("{} is not a defined function", quote(name, false)));
        };
        let num_in = args.len() + usize::from(final_.is_some());
        let nfixed = sig.fixed.len();
        if sig.variadic.is_some() {
            if num_in < nfixed {
                return self.fail(format!(
                    "wrong number of args for {}: want at least {} got {}",
                    name,
                    nfixed,
                    args.len()
                ));
            }
        } else if num_in != nfixed {
            return self.fail(format!(
                "wrong number of args for {}: want {} got {}",
                name, nfixed, num_in
            ));
        }
        if name == "and" || name == "or" {
            let want = name == "or";
            let mut v = Value::NoValue;
            for a in args {
                v = no_value_to_nil(self.eval_arg_any(dot, a)?);
                if v.truthy() == want {
                    return Ok(v);
                }
            }
            if let Some(f) = final_ {
                v = no_value_to_nil(f);
            }
            return Ok(v);
        }
        let param = |i: usize| -> Param {
            if i < nfixed {
                sig.fixed[i]
            } else {
                sig.variadic.unwrap_or(Param::Any)
            }
        };
        let mut vals = Vec::with_capacity(num_in);
        for (i, a) in args.iter().enumerate() {
            vals.push(self.eval_arg_typed(dot, a, param(i))?);
        }
        if let Some(f) = final_ {
            let p = param(args.len());
            vals.push(self.check_type(f, p)?);
        }
        match funcs::call(name, &vals, self.header) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.at = call_at;
                // Go names `call`'s callee by its text: `non-function .Names of type string`.
                let e = match (name, args.first(), e.rfind(" of type ")) {
                    ("call", Some(callee), Some(at)) if e.starts_with("non-function ") => {
                        format!("non-function {callee}{}", &e[at..])
                    }
                    _ => e,
                };
                self.fail(format!("error calling {}: {}", name, e))
            }
        }
    }

    /// validateType: check a computed value against a parameter type.
    fn check_type(&self, v: Value, p: Param) -> R<Value> {
        let ok = match (&v, p) {
            (_, Param::Any) => return Ok(no_value_to_nil(v)),
            (Value::NoValue, _) => {
                return self.fail(format!("invalid value; expected {}", p.go_name()))
            }
            (Value::Str(_), Param::Str) => true,
            (Value::Int(_), Param::Int) => true,
            (Value::Uint(u), Param::Int) => i64::try_from(*u).is_ok(),
            (Value::List(l), Param::StrList) => l.iter().all(|x| matches!(x, Value::Str(_))),
            _ => false,
        };
        if !ok {
            let got = match &v {
                Value::Nil => return self.fail(format!("invalid value; expected {}", p.go_name())),
                other => other.type_name(),
            };
            return self.fail(format!(
                "wrong type for value; expected {}; got {}",
                p.go_name(),
                got
            ));
        }
        Ok(v)
    }

    fn eval_arg_typed(&mut self, dot: &Value, a: &'t Arg, p: Param) -> R<Value> {
        self.at = At::Arg(a);
        if p != Param::Any {
            let want = match p {
                Param::Int => "integer",
                _ => "string",
            };
            match a {
                // Go's canBeNil: a nil slice is a valid []string.
                Arg::Nil { .. } if p == Param::StrList => return Ok(Value::List(Vec::new())),
                Arg::Nil { .. } => {
                    return self.fail(format!("cannot assign nil to {}", p.go_name()))
                }
                Arg::Number { num, .. } if p == Param::Int => {
                    return match num.int {
                        Some(i)
                            if !num.float_syntax || num.float.is_some_and(|f| f == f.trunc()) =>
                        {
                            Ok(Value::Int(i))
                        }
                        _ => self.fail(format!("expected integer; found {}", a)),
                    };
                }
                Arg::Str { val, .. } if p == Param::Str => return Ok(Value::Str(val.clone())),
                // Go's evalArg has no constant of a slice kind.
                Arg::Number { .. } | Arg::Str { .. } | Arg::Bool { .. } if p == Param::StrList => {
                    return self.fail(format!("can't handle {} for arg of type []string", a));
                }
                Arg::Number { .. } | Arg::Str { .. } | Arg::Bool { .. } => {
                    return self.fail(format!("expected {}; found {}", want, a));
                }
                _ => {}
            }
        }
        let v = self.eval_arg_any(dot, a)?;
        self.at = At::Arg(a);
        self.check_type(v, p)
    }

    /// evalArg for an interface{} parameter: constants take their ideal type.
    fn eval_arg_any(&mut self, dot: &Value, a: &'t Arg) -> R<Value> {
        self.at = At::Arg(a);
        match a {
            Arg::Dot { .. } => Ok(dot.clone()),
            Arg::Nil { .. } => Ok(Value::Nil),
            Arg::Bool { val, .. } => Ok(Value::Bool(*val)),
            Arg::Str { val, .. } => Ok(Value::Str(val.clone())),
            Arg::Number { num, .. } => {
                if num.float_syntax {
                    Ok(Value::Float(num.float.unwrap_or(0.0)))
                } else if let Some(i) = num.int {
                    Ok(Value::Int(i))
                } else {
                    self.fail(format!("{} overflows int", num.text))
                }
            }
            Arg::Field { idents, .. } => {
                self.eval_field_chain(dot, dot.clone(), false, idents, &[], None)
            }
            Arg::Variable { idents, .. } => {
                let v = self.var_value(&idents[0])?;
                if idents.len() == 1 {
                    return Ok(v);
                }
                self.eval_field_chain(dot, v, false, &idents[1..], &[], None)
            }
            Arg::Pipe(p) => self.eval_pipeline(dot, p),
            Arg::Chain { node, fields, .. } => {
                if matches!(**node, Arg::Nil { .. }) {
                    return self.fail(format!("indirection through explicit nil in {}", a));
                }
                let recv = self.eval_arg_any(dot, node)?;
                self.at = At::Arg(a);
                self.eval_field_chain(dot, recv, false, fields, &[], None)
            }
            Arg::Identifier { name, .. } => {
                // A function used as an argument is called with no arguments.
                self.eval_function(dot, name, &[], At::Arg(a), None)
            }
        }
    }
}

fn no_value_to_nil(v: Value) -> Value {
    match v {
        Value::NoValue => Value::Nil,
        v => v,
    }
}

/// An error of a row's method (`.Label "k"`): Go checks the arguments before it calls, so a
/// wrong count or type is reported bare; only what the method itself returns is "error calling".
fn method_error(name: &str, e: String) -> String {
    if e.starts_with("wrong number of args for ") || e.starts_with("wrong type for value;") {
        e
    } else {
        format!("error calling {name}: {e}")
    }
}
