//! Parser producing the template tree, with Go's error wording.

use super::lex::{lex, Item, Kind};
use super::print::quote;
use std::collections::HashMap;
use std::rc::Rc;

const MAX_DEPTH: usize = 200;

#[derive(Debug, Clone)]
pub enum Node {
    Text(String),
    Action {
        pos: usize,
        pipe: Pipe,
    },
    If(Control),
    Range(Control),
    With(Control),
    Template {
        pos: usize,
        name: String,
        pipe: Option<Pipe>,
    },
    Break {
        pos: usize,
    },
    Continue {
        pos: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Control {
    pub pos: usize,
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
}

#[derive(Debug, Clone)]
pub struct Pipe {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<String>,
    pub cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
pub struct Command {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// A numeric constant; which interpretations are valid.
#[derive(Debug, Clone)]
pub struct Number {
    pub text: String,
    pub int: Option<i64>,
    pub float: Option<f64>,
    /// Written with float syntax (`.`, exponent): evaluates to float64.
    pub float_syntax: bool,
}

#[derive(Debug, Clone)]
pub enum Arg {
    Field {
        pos: usize,
        idents: Vec<String>,
    },
    Variable {
        pos: usize,
        idents: Vec<String>,
    },
    Identifier {
        pos: usize,
        name: String,
    },
    Dot {
        pos: usize,
    },
    Nil {
        pos: usize,
    },
    Bool {
        pos: usize,
        val: bool,
    },
    Number {
        pos: usize,
        num: Number,
    },
    Str {
        pos: usize,
        quoted: String,
        val: String,
    },
    Pipe(Box<Pipe>),
    Chain {
        pos: usize,
        node: Box<Arg>,
        fields: Vec<String>,
    },
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Identifier { pos, .. }
            | Arg::Dot { pos }
            | Arg::Nil { pos }
            | Arg::Bool { pos, .. }
            | Arg::Number { pos, .. }
            | Arg::Str { pos, .. }
            | Arg::Chain { pos, .. } => *pos,
            Arg::Pipe(p) => p.pos,
        }
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Field { idents, .. } => {
                for i in idents {
                    write!(f, ".{}", i)?;
                }
                Ok(())
            }
            Arg::Variable { idents, .. } => f.write_str(&idents.join(".")),
            Arg::Identifier { name, .. } => f.write_str(name),
            Arg::Dot { .. } => f.write_str("."),
            Arg::Nil { .. } => f.write_str("nil"),
            Arg::Bool { val, .. } => write!(f, "{}", val),
            Arg::Number { num, .. } => f.write_str(&num.text),
            Arg::Str { quoted, .. } => f.write_str(quoted),
            Arg::Pipe(p) => write!(f, "({})", p),
            Arg::Chain { node, fields, .. } => {
                write!(f, "{}", node)?;
                for i in fields {
                    write!(f, ".{}", i)?;
                }
                Ok(())
            }
        }
    }
}

impl std::fmt::Display for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{}", a)?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Pipe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.decl.is_empty() {
            f.write_str(&self.decl.join(", "))?;
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{}", c)?;
        }
        Ok(())
    }
}

fn list_string(list: &[Node]) -> String {
    list.iter().map(|n| n.to_string()).collect()
}

impl std::fmt::Display for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let control = |f: &mut std::fmt::Formatter<'_>, kw: &str, c: &Control| {
            write!(f, "{{{{{} {}}}}}{}", kw, c.pipe, list_string(&c.list))?;
            if let Some(e) = &c.else_list {
                write!(f, "{{{{else}}}}{}", list_string(e))?;
            }
            f.write_str("{{end}}")
        };
        match self {
            Node::Text(t) => f.write_str(&quote(t, false)),
            Node::Action { pipe, .. } => write!(f, "{{{{{}}}}}", pipe),
            Node::If(c) => control(f, "if", c),
            Node::Range(c) => control(f, "range", c),
            Node::With(c) => control(f, "with", c),
            Node::Template { name, pipe, .. } => match pipe {
                Some(p) => write!(f, "{{{{template {} {}}}}}", quote(name, false), p),
                None => write!(f, "{{{{template {}}}}}", quote(name, false)),
            },
            Node::Break { .. } => f.write_str("{{break}}"),
            Node::Continue { .. } => f.write_str("{{continue}}"),
        }
    }
}

/// A parse failure: message and line.
pub struct ParseError {
    pub line: usize,
    pub msg: String,
}

enum Stop {
    End(usize),
    Else(usize),
}

pub struct Parser<'a> {
    text: &'a str,
    items: Vec<Item>,
    i: usize,
    vars: Vec<String>,
    range_depth: usize,
    depth: usize,
    action_line: usize,
    funcs: &'a dyn Fn(&str) -> bool,
    name: String,
    pub defs: HashMap<String, Rc<Vec<Node>>>,
}

type PResult<T> = Result<T, ParseError>;

impl<'a> Parser<'a> {
    pub fn new(name: &str, text: &'a str, funcs: &'a dyn Fn(&str) -> bool) -> Self {
        Parser {
            name: name.to_string(),
            text,
            items: lex(text),
            i: 0,
            vars: vec!["$".into()],
            range_depth: 0,
            depth: 0,
            action_line: 0,
            funcs,
            defs: HashMap::new(),
        }
    }

    pub fn line_of(&self, pos: usize) -> usize {
        1 + self.text.as_bytes()[..pos.min(self.text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    fn err<T>(&self, pos: usize, msg: String) -> PResult<T> {
        Err(ParseError {
            line: self.line_of(pos),
            msg,
        })
    }

    fn cur_pos(&self) -> usize {
        self.items
            .get(self.i.saturating_sub(1))
            .map(|it| it.pos)
            .unwrap_or(0)
    }

    fn errorf<T>(&self, msg: String) -> PResult<T> {
        self.err(self.cur_pos(), msg)
    }

    fn next(&mut self) -> Item {
        let it = match self.items.get(self.i).or_else(|| self.items.last()) {
            Some(it) => it.clone(),
            None => Item {
                kind: Kind::Eof,
                val: String::new(),
                pos: self.text.len(),
            },
        };
        self.i += 1;
        it
    }
    fn backup(&mut self) {
        self.i = self.i.saturating_sub(1);
    }
    fn peek(&mut self) -> Item {
        let it = self.next();
        self.backup();
        it
    }
    fn next_non_space(&mut self) -> Item {
        loop {
            let it = self.next();
            if it.kind != Kind::Space {
                return it;
            }
        }
    }
    fn peek_non_space(&mut self) -> Item {
        let it = self.next_non_space();
        self.backup();
        it
    }

    fn unexpected<T>(&self, token: &Item, context: &str) -> PResult<T> {
        if token.kind == Kind::Error {
            let line = self.line_of(token.pos);
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != line {
                extra = format!(" in action started at {}:{}", self.name, self.action_line);
                if token.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.err(token.pos, format!("{}{}", token, extra));
        }
        self.err(token.pos, format!("unexpected {} in {}", token, context))
    }

    fn expect(&mut self, kind: Kind, context: &str) -> PResult<Item> {
        let t = self.next_non_space();
        if t.kind != kind {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    /// Parse the whole input: the root list; definitions go to `defs`.
    pub fn parse(&mut self) -> PResult<Vec<Node>> {
        let mut root = Vec::new();
        loop {
            let t = self.peek();
            if t.kind == Kind::Eof {
                break;
            }
            if t.kind == Kind::LeftDelim {
                let save = self.i;
                self.next();
                if self.next_non_space().kind == Kind::Define {
                    self.parse_definition()?;
                    continue;
                }
                self.i = save;
            }
            match self.text_or_action()? {
                Err(Stop::End(p)) => return self.err(p, "unexpected {{end}}".into()),
                Err(Stop::Else(p)) => return self.err(p, "unexpected {{else}}".into()),
                Ok(Some(n)) => root.push(n),
                Ok(None) => {}
            }
        }
        Ok(root)
    }

    fn add_def(&mut self, name: String, list: Vec<Node>, pos: usize) -> PResult<()> {
        let empty = |l: &[Node]| {
            l.iter()
                .all(|n| matches!(n, Node::Text(t) if t.trim().is_empty()))
        };
        if let Some(existing) = self.defs.get(&name) {
            if !empty(existing) && !empty(&list) {
                return self.err(
                    pos,
                    format!(
                        "template: multiple definition of template {}",
                        quote(&name, false)
                    ),
                );
            }
            if empty(&list) {
                return Ok(());
            }
        }
        self.defs.insert(name, Rc::new(list));
        Ok(())
    }

    fn parse_definition(&mut self) -> PResult<()> {
        let context = "define clause";
        let t = self.next_non_space();
        if !matches!(t.kind, Kind::String | Kind::RawString) {
            return self.unexpected(&t, context);
        }
        let name = unquote(&t.val).or_else(|e| self.err(t.pos, e))?;
        self.expect(Kind::RightDelim, context)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let saved_range = std::mem::replace(&mut self.range_depth, 0);
        let (list, stop) = self.item_list()?;
        self.vars = saved_vars;
        self.range_depth = saved_range;
        if let Stop::Else(p) = stop {
            return self.err(p, format!("unexpected {{{{else}}}} in {}", context));
        }
        self.add_def(name, list, t.pos)
    }

    fn item_list(&mut self) -> PResult<(Vec<Node>, Stop)> {
        let mut list = Vec::new();
        while self.peek_non_space().kind != Kind::Eof {
            match self.text_or_action()? {
                Err(stop) => return Ok((list, stop)),
                Ok(Some(n)) => list.push(n),
                Ok(None) => {}
            }
        }
        let p = self.peek_non_space().pos;
        self.err(p, "unexpected EOF".into())
    }

    fn text_or_action(&mut self) -> PResult<Result<Option<Node>, Stop>> {
        let t = self.next_non_space();
        match t.kind {
            Kind::Text => Ok(Ok(Some(Node::Text(t.val)))),
            Kind::LeftDelim => {
                self.action_line = self.line_of(t.pos);
                let r = self.action();
                self.action_line = 0;
                r
            }
            Kind::Comment => Ok(Ok(None)),
            _ => self.unexpected(&t, "input"),
        }
    }

    fn action(&mut self) -> PResult<Result<Option<Node>, Stop>> {
        let t = self.next_non_space();
        let node = match t.kind {
            Kind::Block => self.block_control()?,
            Kind::Break | Kind::Continue => {
                let name = if t.kind == Kind::Break {
                    "break"
                } else {
                    "continue"
                };
                let ctx = format!("{{{{{}}}}}", name);
                let n = self.next_non_space();
                if n.kind != Kind::RightDelim {
                    return self.unexpected(&n, &ctx);
                }
                if self.range_depth == 0 {
                    return self.err(t.pos, format!("{} outside {{{{range}}}}", ctx));
                }
                if t.kind == Kind::Break {
                    Node::Break { pos: t.pos }
                } else {
                    Node::Continue { pos: t.pos }
                }
            }
            Kind::Else => {
                let p = self.peek_non_space();
                if matches!(p.kind, Kind::If | Kind::With) {
                    return Ok(Err(Stop::Else(p.pos)));
                }
                let tok = self.expect(Kind::RightDelim, "else")?;
                return Ok(Err(Stop::Else(tok.pos)));
            }
            Kind::End => {
                let tok = self.expect(Kind::RightDelim, "end")?;
                return Ok(Err(Stop::End(tok.pos)));
            }
            Kind::If => Node::If(self.control("if")?),
            Kind::Range => Node::Range(self.control("range")?),
            Kind::With => Node::With(self.control("with")?),
            Kind::Template => {
                let context = "template clause";
                let tok = self.next_non_space();
                let name = self.template_name(&tok, context)?;
                let pipe = if self.next_non_space().kind != Kind::RightDelim {
                    self.backup();
                    Some(self.pipeline(context, Kind::RightDelim)?)
                } else {
                    None
                };
                Node::Template {
                    pos: tok.pos,
                    name,
                    pipe,
                }
            }
            _ => {
                self.backup();
                let pos = self.peek().pos;
                let pipe = self.pipeline("command", Kind::RightDelim)?;
                Node::Action { pos, pipe }
            }
        };
        Ok(Ok(Some(node)))
    }

    fn template_name(&self, tok: &Item, context: &str) -> PResult<String> {
        match tok.kind {
            Kind::String | Kind::RawString => unquote(&tok.val).or_else(|e| self.err(tok.pos, e)),
            _ => self.unexpected(tok, context),
        }
    }

    fn block_control(&mut self) -> PResult<Node> {
        let context = "block clause";
        let tok = self.next_non_space();
        let name = self.template_name(&tok, context)?;
        let pipe = self.pipeline(context, Kind::RightDelim)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let saved_range = std::mem::replace(&mut self.range_depth, 0);
        self.enter()?;
        let (list, stop) = self.item_list()?;
        self.depth -= 1;
        self.vars = saved_vars;
        self.range_depth = saved_range;
        if let Stop::Else(p) = stop {
            return self.err(p, format!("unexpected {{{{else}}}} in {}", context));
        }
        self.add_def(name.clone(), list, tok.pos)?;
        Ok(Node::Template {
            pos: tok.pos,
            name,
            pipe: Some(pipe),
        })
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.errorf("max expression depth exceeded".into());
        }
        Ok(())
    }

    fn control(&mut self, context: &str) -> PResult<Control> {
        self.enter()?;
        let nvars = self.vars.len();
        let r = self.control_inner(context);
        self.vars.truncate(nvars);
        self.depth -= 1;
        r
    }

    fn control_inner(&mut self, context: &str) -> PResult<Control> {
        let pipe = self.pipeline(context, Kind::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, stop) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let mut else_list = None;
        if let Stop::Else(_) = stop {
            let p = self.peek_non_space();
            if context == "if" && p.kind == Kind::If {
                self.next_non_space();
                else_list = Some(vec![Node::If(self.control("if")?)]);
            } else if context == "with" && p.kind == Kind::With {
                self.next_non_space();
                else_list = Some(vec![Node::With(self.control("with")?)]);
            } else {
                let (l, s) = self.item_list()?;
                if let Stop::Else(p) = s {
                    return self.err(p, "expected end; found {{else}}".into());
                }
                else_list = Some(l);
            }
        }
        Ok(Control {
            pos: pipe.pos,
            pipe,
            list,
            else_list,
        })
    }

    fn pipeline(&mut self, context: &str, end: Kind) -> PResult<Pipe> {
        let start = self.peek_non_space();
        let mut pipe = Pipe {
            pos: start.pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        loop {
            let v = self.peek_non_space();
            if v.kind != Kind::Variable {
                break;
            }
            let save = self.i;
            self.next_non_space();
            let next = self.peek_non_space();
            match next.kind {
                Kind::Assign | Kind::Declare => {
                    pipe.is_assign = next.kind == Kind::Assign;
                    self.next_non_space();
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    break;
                }
                Kind::Char if next.val == "," => {
                    self.next_non_space();
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    if context == "range" && pipe.decl.len() < 2 {
                        match self.peek_non_space().kind {
                            Kind::Variable | Kind::RightDelim | Kind::RightParen => continue,
                            _ => return self.errorf("range can only initialize variables".into()),
                        }
                    }
                    return self.errorf(format!("too many declarations in {}", context));
                }
                _ => {
                    self.i = save;
                    break;
                }
            }
        }
        loop {
            let t = self.next_non_space();
            if t.kind == end {
                if pipe.cmds.is_empty() {
                    return self.err(t.pos, format!("missing value for {}", context));
                }
                for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
                    if matches!(
                        c.args.first(),
                        Some(
                            Arg::Bool { .. }
                                | Arg::Dot { .. }
                                | Arg::Nil { .. }
                                | Arg::Number { .. }
                                | Arg::Str { .. }
                        )
                    ) {
                        return self.err(
                            t.pos,
                            format!("non executable command in pipeline stage {}", i + 1),
                        );
                    }
                }
                return Ok(pipe);
            }
            match t.kind {
                Kind::Bool
                | Kind::CharConstant
                | Kind::Dot
                | Kind::Field
                | Kind::Identifier
                | Kind::Number
                | Kind::Nil
                | Kind::RawString
                | Kind::String
                | Kind::Variable
                | Kind::LeftParen => {
                    self.backup();
                    let c = self.command()?;
                    pipe.cmds.push(c);
                }
                _ => return self.unexpected(&t, context),
            }
        }
    }

    fn command(&mut self) -> PResult<Command> {
        let pos = self.peek_non_space().pos;
        let mut cmd = Command {
            pos,
            args: Vec::new(),
        };
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                cmd.args.push(op);
            }
            let t = self.next();
            match t.kind {
                Kind::Space => continue,
                Kind::RightDelim | Kind::RightParen => self.backup(),
                Kind::Pipe => {}
                _ => return self.unexpected(&t, "operand"),
            }
            break;
        }
        if cmd.args.is_empty() {
            return self.errorf("empty command".into());
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().kind != Kind::Field {
            return Ok(Some(node));
        }
        let cpos = self.peek().pos;
        let mut fields = Vec::new();
        while self.peek().kind == Kind::Field {
            let f = self.next();
            fields.push(f.val[1..].to_string());
        }
        Ok(Some(match node {
            Arg::Field { mut idents, .. } => {
                idents.extend(fields);
                Arg::Field { pos: cpos, idents }
            }
            Arg::Variable { mut idents, .. } => {
                idents.extend(fields);
                Arg::Variable { pos: cpos, idents }
            }
            Arg::Bool { .. }
            | Arg::Str { .. }
            | Arg::Number { .. }
            | Arg::Nil { .. }
            | Arg::Dot { .. } => {
                return self.err(
                    cpos,
                    format!(
                        "unexpected . after term {}",
                        quote(&node.to_string(), false)
                    ),
                );
            }
            other => Arg::Chain {
                pos: cpos,
                node: Box::new(other),
                fields,
            },
        }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        let pos = t.pos;
        Ok(Some(match t.kind {
            Kind::Identifier => {
                if !(self.funcs)(&t.val) {
                    return self.err(
                        pos,
                        format!("function {} not defined", quote(&t.val, false)),
                    );
                }
                Arg::Identifier { pos, name: t.val }
            }
            Kind::Dot => Arg::Dot { pos },
            Kind::Nil => Arg::Nil { pos },
            Kind::Variable => {
                if !self.vars.contains(&t.val) {
                    return self.err(pos, format!("undefined variable {}", quote(&t.val, false)));
                }
                Arg::Variable {
                    pos,
                    idents: vec![t.val],
                }
            }
            Kind::Field => Arg::Field {
                pos,
                idents: vec![t.val[1..].to_string()],
            },
            Kind::Bool => Arg::Bool {
                pos,
                val: t.val == "true",
            },
            Kind::CharConstant | Kind::Number => {
                let num = parse_number(&t.val, t.kind == Kind::CharConstant)
                    .or_else(|e| self.err(pos, e))?;
                Arg::Number { pos, num }
            }
            Kind::LeftParen => {
                self.enter()?;
                let p = self.pipeline("parenthesized pipeline", Kind::RightParen)?;
                self.depth -= 1;
                Arg::Pipe(Box::new(p))
            }
            Kind::String | Kind::RawString => {
                let val = unquote(&t.val).or_else(|e| self.err(pos, e))?;
                Arg::Str {
                    pos,
                    quoted: t.val,
                    val,
                }
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

/// strconv.UnquoteChar: decode one (possibly escaped) character.
fn unquote_char(s: &str, quote: char) -> Result<(char, &str), String> {
    let bad = || "invalid syntax".to_string();
    let mut it = s.chars();
    let c = it.next().ok_or_else(bad)?;
    if c == quote && (quote == '\'' || quote == '"') {
        return Err(bad());
    }
    if c != '\\' {
        return Ok((c, it.as_str()));
    }
    let e = it.next().ok_or_else(bad)?;
    let rest = it.as_str();
    let simple = match e {
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\u{b}'),
        '\\' => Some('\\'),
        '\'' | '"' => {
            if e != quote {
                return Err(bad());
            }
            Some(e)
        }
        _ => None,
    };
    if let Some(c) = simple {
        return Ok((c, rest));
    }
    let (n, radix) = match e {
        'x' => (2, 16),
        'u' => (4, 16),
        'U' => (8, 16),
        '0'..='7' => (3, 8),
        _ => return Err(bad()),
    };
    let digits: String = if radix == 8 {
        std::iter::once(e).chain(rest.chars().take(2)).collect()
    } else {
        rest.chars().take(n).collect()
    };
    if digits.chars().count() != n {
        return Err(bad());
    }
    let v = u32::from_str_radix(&digits, radix).map_err(|_| bad())?;
    let consumed = if radix == 8 { 2 } else { n };
    let rest = &rest[rest
        .char_indices()
        .nth(consumed)
        .map(|(i, _)| i)
        .unwrap_or(rest.len())..];
    if (e == 'x' || radix == 8) && v > 0x7f {
        // raw bytes that are not valid UTF-8 on their own
        if radix == 8 && v > 255 {
            return Err(bad());
        }
        return Ok((char::from_u32(v).unwrap_or('\u{FFFD}'), rest));
    }
    let c = char::from_u32(v).ok_or_else(bad)?;
    Ok((c, rest))
}

/// strconv.Unquote for "..." and `...` literals.
pub fn unquote(s: &str) -> Result<String, String> {
    let bad = || "invalid syntax".to_string();
    if s.len() < 2 {
        return Err(bad());
    }
    let q = s.chars().next().ok_or_else(bad)?;
    if !(q == '"' || q == '`') || !s.ends_with(q) {
        return Err(bad());
    }
    let body = &s[1..s.len() - 1];
    if q == '`' {
        if body.contains('`') {
            return Err(bad());
        }
        return Ok(body.replace('\r', ""));
    }
    if q != '"' {
        return Err(bad());
    }
    let mut out = String::new();
    let mut rest = body;
    while !rest.is_empty() {
        if rest.starts_with('\n') {
            return Err(bad());
        }
        let (c, r) = unquote_char(rest, '"')?;
        out.push(c);
        rest = r;
    }
    Ok(out)
}

fn parse_int_text(t: &str) -> Option<i128> {
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits, prefixed) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string(), true)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string(), true)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string(), true)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string(), true)
    } else {
        (10, lower.clone(), false)
    };
    if digits.contains('_') {
        // underscores only between digits, and only with a base prefix
        if !prefixed || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            return None;
        }
    }
    let d: String = digits.chars().filter(|&c| c != '_').collect();
    if d.is_empty() {
        return None;
    }
    let v = i128::from_str_radix(&d, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// Interpret a number or character constant the way parse.NumberNode does.
fn parse_number(text: &str, is_char: bool) -> Result<Number, String> {
    if is_char {
        let inner = &text[1..];
        let (c, tail) = unquote_char(inner, '\'')?;
        if tail != "'" {
            return Err(format!("malformed character constant: {}", text));
        }
        return Ok(Number {
            text: text.into(),
            int: Some(c as i64),
            float: Some(c as u32 as f64),
            float_syntax: false,
        });
    }
    if text.ends_with('i') {
        return Err(format!("illegal number syntax: {}", quote(text, false)));
    }
    let mut num = Number {
        text: text.into(),
        int: None,
        float: None,
        float_syntax: false,
    };
    let is_hex = text
        .trim_start_matches(['+', '-'])
        .to_ascii_lowercase()
        .starts_with("0x");
    if let Some(v) = parse_int_text(text) {
        num.int = i64::try_from(v).ok();
        num.float = Some(v as f64);
        if num.int.is_none() {
            return Err(format!("{} overflows int", text));
        }
        return Ok(num);
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if !is_hex {
        if let Ok(f) = clean.trim_start_matches('+').parse::<f64>() {
            if f.is_finite() {
                num.float = Some(f);
                num.float_syntax = text.contains(['.', 'e', 'E']);
                if f == f.trunc() && f.abs() < 9.2e18 {
                    num.int = Some(f as i64);
                }
                return Ok(num);
            }
        }
    }
    Err(format!("illegal number syntax: {}", quote(text, false)))
}

pub fn is_empty_list(l: &[Node]) -> bool {
    l.iter()
        .all(|n| matches!(n, Node::Text(t) if t.trim().is_empty()))
}
