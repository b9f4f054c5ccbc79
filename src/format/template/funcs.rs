//! Builtin functions: Go's text/template builtins plus docker's additions.

use super::super::value::Value;
use super::print::{format_value, quote, sprint, sprintf, sprintln};

/// Parameter types, for Go-style argument checking.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Param {
    Any,
    Str,
    Int,
    StrList,
}

impl Param {
    pub fn go_name(self) -> &'static str {
        match self {
            Param::Any => "interface {}",
            Param::Str => "string",
            Param::Int => "int",
            Param::StrList => "[]string",
        }
    }
}

pub struct Sig {
    pub fixed: &'static [Param],
    pub variadic: Option<Param>,
}

const fn sig(fixed: &'static [Param], variadic: Option<Param>) -> Sig {
    Sig { fixed, variadic }
}

use Param::{Any, Int, Str, StrList};

/// Every function name known to the parser of docker's formatting templates.
pub fn is_function(name: &str) -> bool {
    !matches!(name, "flag" | "arg") && signature(name, false).is_some()
}

/// The functions of docker's CLI plugin hook templates: Go's builtins, `flag` and `arg`.
pub fn is_hook_function(name: &str) -> bool {
    matches!(
        name,
        "and"
            | "or"
            | "not"
            | "len"
            | "index"
            | "slice"
            | "call"
            | "print"
            | "printf"
            | "println"
            | "html"
            | "js"
            | "urlquery"
            | "eq"
            | "ne"
            | "lt"
            | "le"
            | "gt"
            | "ge"
            | "flag"
            | "arg"
    )
}

/// The signature of a function; `header` selects docker's header variants.
pub fn signature(name: &str, header: bool) -> Option<Sig> {
    Some(match name {
        "and" | "or" | "eq" | "index" | "slice" | "call" => sig(&[Any], Some(Any)),
        "not" | "len" => sig(&[Any], None),
        "ne" | "lt" | "le" | "gt" | "ge" => sig(&[Any, Any], None),
        "print" | "println" | "html" | "js" | "urlquery" => sig(&[], Some(Any)),
        "printf" => sig(&[Str], Some(Any)),
        "json" if header => sig(&[Str], None),
        "json" => sig(&[Any], None),
        "split" => sig(&[Str, Str], None),
        "join" if header => sig(&[Str, Str], None),
        "join" => sig(&[StrList, Str], None),
        "title" | "lower" | "upper" => sig(&[Str], None),
        "pad" => sig(&[Str, Int, Int], None),
        "truncate" => sig(&[Str, Int], None),
        "flag" => sig(&[Any, Str], None),
        "arg" => sig(&[Any, Int], None),
        _ => return None,
    })
}

fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Uint(u) => i64::try_from(*u).unwrap_or(i64::MAX),
        _ => 0,
    }
}

/// Call a builtin (other than and/or, which the executor short-circuits).
/// Arguments have already been checked against the signature.
pub fn call(name: &str, args: &[Value], header: bool) -> Result<Value, String> {
    let a0 = args.first().cloned().unwrap_or(Value::Nil);
    if header
        && matches!(
            name,
            "json" | "split" | "join" | "title" | "lower" | "upper" | "truncate"
        )
    {
        return Ok(a0);
    }
    Ok(match name {
        // The hook templates' functions ask the command they run over.
        "flag" | "arg" => match &a0 {
            Value::Struct(o) => o
                .call(name, &args[1..])
                .unwrap_or_else(|| Err("failed to parse hook template".into()))?,
            _ => return Err("failed to parse hook template".into()),
        },
        "not" => Value::Bool(!a0.truthy()),
        "len" => Value::Int(length(&a0)?),
        "index" => index(&a0, &args[1..])?,
        "slice" => slice(&a0, &args[1..])?,
        "print" => Value::Str(sprint(args)),
        "println" => Value::Str(sprintln(args)),
        "printf" => Value::Str(sprintf(s(&a0), &args[1..])),
        "eq" => Value::Bool(eq(&a0, &args[1..])?),
        "ne" => Value::Bool(!eq(&a0, &args[1..])?),
        "lt" => Value::Bool(lt(&a0, &args[1])?),
        "le" => Value::Bool(lt(&a0, &args[1])? || eq(&a0, &args[1..])?),
        "gt" => Value::Bool(!(lt(&a0, &args[1])? || eq(&a0, &args[1..])?)),
        "ge" => Value::Bool(!lt(&a0, &args[1])?),
        "html" => Value::Str(html_escape(&eval_args(args))),
        "js" => Value::Str(js_escape(&eval_args(args))),
        "urlquery" => Value::Str(query_escape(&eval_args(args))),
        "call" => {
            return Err(match a0 {
                Value::Nil | Value::NoValue => "call of nil".to_string(),
                v => format!(
                    "non-function {} of type {}",
                    format_value(&v),
                    v.type_name()
                ),
            })
        }
        "json" => match a0.to_go_json() {
            Some(j) => Value::Str(j.trim().to_string()),
            None => Value::Str(String::new()),
        },
        "split" => {
            let (src, sep) = (s(&a0), s(&args[1]));
            let parts: Vec<Value> = if sep.is_empty() {
                src.chars().map(|c| Value::Str(c.to_string())).collect()
            } else {
                src.split(sep).map(|p| Value::Str(p.to_string())).collect()
            };
            Value::List(parts)
        }
        "join" => {
            let parts: Vec<&str> = match &a0 {
                Value::List(l) => l.iter().map(s).collect(),
                _ => Vec::new(),
            };
            Value::Str(parts.join(s(&args[1])))
        }
        "title" => Value::Str(title(s(&a0))),
        "lower" => Value::Str(map_chars(s(&a0), |c| c.to_lowercase())),
        "upper" => Value::Str(map_chars(s(&a0), |c| c.to_uppercase())),
        "pad" => {
            let src = s(&a0);
            let (pre, suf) = (int(&args[1]), int(&args[2]));
            if src.is_empty() {
                return Ok(Value::Str(String::new()));
            }
            if pre < 0 || suf < 0 {
                return Err("strings: negative Repeat count".into());
            }
            if pre > 1 << 20 || suf > 1 << 20 {
                return Err("strings: Repeat output length overflow".into());
            }
            Value::Str(format!(
                "{}{}{}",
                " ".repeat(pre as usize),
                src,
                " ".repeat(suf as usize)
            ))
        }
        "truncate" => {
            let src = s(&a0);
            let n = int(&args[1]);
            if (src.len() as i64) < n {
                return Ok(Value::Str(src.to_string()));
            }
            if n < 0 {
                return Err(format!("runtime error: slice bounds out of range [:{}]", n));
            }
            let mut cut = n as usize;
            while !src.is_char_boundary(cut) {
                cut -= 1;
            }
            Value::Str(src[..cut].to_string())
        }
        _ => return Err(format!("function {} not defined", quote(name, false))),
    })
}

/// Per-rune case mapping like Go's strings.ToUpper/ToLower (no expansion).
fn map_chars<I: Iterator<Item = char> + ExactSizeIterator>(
    src: &str,
    f: impl Fn(char) -> I,
) -> String {
    src.chars()
        .map(|c| {
            let mut m = f(c);
            if m.len() == 1 {
                m.next().unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    if c.is_alphabetic() || c.is_numeric() {
        return false;
    }
    c.is_whitespace()
}

/// strings.Title: upper-case the first letter of each word.
pub fn title(src: &str) -> String {
    let mut prev = ' ';
    src.chars()
        .map(|c| {
            let out = if is_separator(prev) {
                let mut m = c.to_uppercase();
                if m.len() == 1 {
                    m.next().unwrap_or(c)
                } else {
                    c
                }
            } else {
                c
            };
            prev = c;
            out
        })
        .collect()
}

fn length(v: &Value) -> Result<i64, String> {
    Ok(match v {
        Value::Str(s) => s.len() as i64,
        Value::List(l) => l.len() as i64,
        Value::Map(m) => m.len() as i64,
        Value::Object(o) => o.len() as i64,
        Value::Struct(o) if o.nil_collection() => 0,
        Value::Nil | Value::NoValue => return Err("len of nil pointer".into()),
        other => return Err(format!("len of type {}", other.type_name())),
    })
}

fn index_arg(v: &Value, cap: usize) -> Result<usize, String> {
    let x: i128 = match v {
        Value::Int(i) => *i as i128,
        Value::Uint(u) => *u as i128,
        Value::Nil | Value::NoValue => return Err("cannot index slice/array with nil".into()),
        other => {
            return Err(format!(
                "cannot index slice/array with type {}",
                other.type_name()
            ))
        }
    };
    if x < 0 || x > cap as i128 {
        return Err(format!("index out of range: {}", x));
    }
    Ok(x as usize)
}

/// Go's `index` of a missing key: the zero value of the map's element type. A decoded JSON
/// object is a `map[string]interface{}` (a nil interface, `<no value>` once printed); a typed map
/// knows its element type; for a map of no known type whose entries are all strings hvdock takes
/// it for a `map[string]string` ("").
fn missing_entry(map: &Value) -> Value {
    match map {
        Value::Map(m) if m.ty.is_some() => m.zero(),
        Value::Map(m) if !m.is_empty() && m.values().all(|v| matches!(v, Value::Str(_))) => {
            Value::Str(String::new())
        }
        _ => Value::NoValue,
    }
}

fn index(item: &Value, idx: &[Value]) -> Result<Value, String> {
    let mut item = item.clone();
    if matches!(item, Value::Nil | Value::NoValue) {
        return Err("index of untyped nil".into());
    }
    for i in idx {
        item = match &item {
            Value::List(l) => {
                let x = index_arg(i, l.len())?;
                l.get(x)
                    .cloned()
                    .ok_or_else(|| "reflect: slice index out of range".to_string())?
            }
            Value::Str(s) => {
                let x = index_arg(i, s.len())?;
                Value::Uint(
                    *s.as_bytes()
                        .get(x)
                        .ok_or_else(|| "reflect: string index out of range".to_string())?
                        as u64,
                )
            }
            Value::Map(_) | Value::Object(_) => {
                let want = match &item {
                    Value::Map(m) => m.key_type().unwrap_or("string"),
                    _ => "string",
                };
                let key = match i {
                    Value::Str(k) if want == "string" => k,
                    other => {
                        return Err(format!(
                            "value has type {}; should be {want}",
                            other.type_name()
                        ))
                    }
                };
                item.map_get(key).unwrap_or_else(|| missing_entry(&item))
            }
            Value::Nil | Value::NoValue => return Err("index of nil pointer".into()),
            other => return Err(format!("can't index item of type {}", other.type_name())),
        };
    }
    Ok(item)
}

fn slice(item: &Value, idx: &[Value]) -> Result<Value, String> {
    if matches!(item, Value::Nil | Value::NoValue) {
        return Err("slice of untyped nil".into());
    }
    if idx.len() > 3 {
        return Err(format!("too many slice indexes: {}", idx.len()));
    }
    let len = match item {
        Value::Str(s) => {
            if idx.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            s.len()
        }
        Value::List(l) => l.len(),
        other => return Err(format!("can't slice item of type {}", other.type_name())),
    };
    let mut ix = [0usize, len, len];
    for (k, v) in idx.iter().enumerate() {
        ix[k] = index_arg(v, len)?;
    }
    if ix[0] > ix[1] {
        return Err(format!("invalid slice index: {} > {}", ix[0], ix[1]));
    }
    if idx.len() == 3 && ix[1] > ix[2] {
        return Err(format!("invalid slice index: {} > {}", ix[1], ix[2]));
    }
    Ok(match item {
        Value::Str(s) => {
            Value::Str(String::from_utf8_lossy(&s.as_bytes()[ix[0]..ix[1]]).into_owned())
        }
        Value::List(l) => Value::List(l[ix[0]..ix[1]].to_vec()),
        _ => Value::Nil,
    })
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum BasicKind {
    Invalid,
    Bool,
    Int,
    Uint,
    Float,
    Str,
}

fn basic_kind(v: &Value) -> BasicKind {
    match v {
        Value::Bool(_) => BasicKind::Bool,
        Value::Int(_) => BasicKind::Int,
        Value::Uint(_) => BasicKind::Uint,
        Value::Float(_) => BasicKind::Float,
        Value::Str(_) => BasicKind::Str,
        _ => BasicKind::Invalid,
    }
}

fn is_nil(v: &Value) -> bool {
    matches!(v, Value::Nil | Value::NoValue)
}

/// A named basic type (`time.Duration`) as its basic value; anything else as it is.
fn basic(v: &Value) -> std::borrow::Cow<'_, Value> {
    match v {
        Value::Struct(o) => o
            .basic()
            .map_or(std::borrow::Cow::Borrowed(v), std::borrow::Cow::Owned),
        _ => std::borrow::Cow::Borrowed(v),
    }
}

/// Go's eq: arg1 == any of rest.
pub fn eq(a: &Value, rest: &[Value]) -> Result<bool, String> {
    if rest.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let a = &*basic(a);
    let k1 = basic_kind(a);
    for b in rest {
        let b = &*basic(b);
        let k2 = basic_kind(b);
        let truth = if k1 != k2 {
            match (a, b) {
                (Value::Int(x), Value::Uint(y)) => *x >= 0 && *x as u64 == *y,
                (Value::Uint(x), Value::Int(y)) => *y >= 0 && *x == *y as u64,
                _ => {
                    if !is_nil(a) && !is_nil(b) {
                        return Err("incompatible types for comparison".into());
                    }
                    false
                }
            }
        } else {
            match (a, b) {
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x), Value::Int(y)) => x == y,
                (Value::Uint(x), Value::Uint(y)) => x == y,
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::Str(x), Value::Str(y)) => x == y,
                _ => {
                    if is_nil(a) || is_nil(b) {
                        is_nil(a) == is_nil(b)
                    } else {
                        match (a, b) {
                            (Value::Struct(x), Value::Struct(y)) => {
                                std::ptr::addr_eq(std::rc::Rc::as_ptr(x), std::rc::Rc::as_ptr(y))
                            }
                            _ => {
                                return Err(format!(
                                    "non-comparable type {}: {}",
                                    format_value(b),
                                    b.type_name()
                                ))
                            }
                        }
                    }
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Go's lt.
pub fn lt(a: &Value, b: &Value) -> Result<bool, String> {
    let (a, b) = (&*basic(a), &*basic(b));
    let (k1, k2) = (basic_kind(a), basic_kind(b));
    if k1 == BasicKind::Invalid || k2 == BasicKind::Invalid {
        return Err("invalid type for comparison".into());
    }
    if k1 != k2 {
        return match (a, b) {
            (Value::Int(x), Value::Uint(y)) => Ok(*x < 0 || (*x as u64) < *y),
            (Value::Uint(x), Value::Int(y)) => Ok(*y >= 0 && *x < *y as u64),
            _ => Err("incompatible types for comparison".into()),
        };
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Uint(x), Value::Uint(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        _ => Err("invalid type for comparison".into()),
    }
}

/// evalArgs: fmt.Sprint of the arguments (a single string is used as-is).
fn eval_args(args: &[Value]) -> String {
    if let [Value::Str(s)] = args {
        return s.clone();
    }
    sprint(args)
}

pub fn html_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub fn js_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c if !c.is_ascii() && !super::print::is_printable(c) => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

pub fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{:02X}", b)),
        }
    }
    out
}
