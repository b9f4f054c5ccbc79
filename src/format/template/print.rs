//! Go `fmt` semantics (`Sprint`, `Sprintln`, `Sprintf`, `%v`) and
//! `encoding/json` encoding for [`Value`].

use super::super::value::Value;

// ---------------------------------------------------------------------------
// Float digit generation (strconv semantics)

/// Decimal digits and decimal-point position of |f| (finite):
/// value = 0.d1d2d3... * 10^dp. `sig` = None gives the shortest round-trip
/// digits, `Some(n)` rounds to n significant digits (trailing zeros kept).
fn float_digits(f: f64, sig: Option<usize>) -> (Vec<u8>, i32) {
    let a = f.abs();
    if a == 0.0 {
        return (vec![b'0'; sig.unwrap_or(1).max(1)], 1);
    }
    let s = match sig {
        None => format!("{:e}", a),
        Some(n) => format!("{:.*e}", n.max(1) - 1, a),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    (digits, exp + 1)
}

fn push_exp(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

/// `d.ddde±XX` with `frac` digits after the point.
fn fmt_e(digits: &[u8], dp: i32, frac: usize, upper: bool) -> String {
    let mut out = String::new();
    out.push(*digits.first().unwrap_or(&b'0') as char);
    if frac > 0 {
        out.push('.');
        for i in 1..=frac {
            out.push(*digits.get(i).unwrap_or(&b'0') as char);
        }
    }
    let exp = if digits.iter().all(|&d| d == b'0') {
        0
    } else {
        dp - 1
    };
    push_exp(&mut out, exp, upper);
    out
}

/// `ddd.ddd` with `frac` digits after the point.
fn fmt_f(digits: &[u8], dp: i32, frac: usize) -> String {
    let mut out = String::new();
    if dp > 0 {
        for i in 0..dp as usize {
            out.push(*digits.get(i).unwrap_or(&b'0') as char);
        }
    } else {
        out.push('0');
    }
    if frac > 0 {
        out.push('.');
        for i in 0..frac as i64 {
            let idx = dp as i64 + i;
            let c = if idx >= 0 {
                *digits.get(idx as usize).unwrap_or(&b'0')
            } else {
                b'0'
            };
            out.push(c as char);
        }
    }
    out
}

/// strconv.FormatFloat(f, verb, prec, 64) for verbs e, E, f, F, g, G
/// (`prec` None = -1, shortest). Sign is included.
pub fn format_float(f: f64, verb: char, prec: Option<usize>) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = f.is_sign_negative();
    let body = match verb {
        'e' | 'E' => {
            let (d, dp) = float_digits(f, prec.map(|p| p + 1));
            let frac = prec.unwrap_or(d.len().saturating_sub(1));
            fmt_e(&d, dp, frac, verb == 'E')
        }
        'f' | 'F' => match prec {
            Some(p) => format!("{:.*}", p, f.abs()),
            None => {
                let (d, dp) = float_digits(f, None);
                let frac = (d.len() as i32 - dp).max(0) as usize;
                fmt_f(&d, dp, frac)
            }
        },
        _ => {
            let shortest = prec.is_none();
            let (mut d, dp) = float_digits(f, prec.map(|p| p.max(1)));
            if !shortest {
                while d.len() > 1 && d.last() == Some(&b'0') {
                    d.pop();
                }
            }
            if f == 0.0 {
                d = vec![b'0'];
            }
            let nd = d.len() as i32;
            let p = prec.map(|p| p.max(1) as i32).unwrap_or(nd);
            let mut eprec = p;
            if eprec > nd && nd >= dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = dp - 1;
            if f != 0.0 && (exp < -4 || exp >= eprec) {
                let pp = p.min(nd);
                fmt_e(&d, dp, (pp - 1).max(0) as usize, verb == 'G')
            } else {
                let pp = if p > dp { nd } else { p };
                fmt_f(&d, dp, (pp - dp).max(0) as usize)
            }
        }
    };
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}

// ---------------------------------------------------------------------------
// Quoting

pub(crate) fn is_printable(c: char) -> bool {
    !(c.is_control()
        || matches!(c as u32, 0xAD | 0x2028 | 0x2029 | 0xFEFF | 0xFFF9..=0xFFFB)
        || (0xD800..=0xDFFF).contains(&(c as u32))
        || (0xE000..=0xF8FF).contains(&(c as u32)))
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\u{7}' => out.push_str("\\a"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x80 && is_printable(c) => out.push(c),
        c if !ascii_only && is_printable(c) => out.push(c),
        c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// strconv.Quote (or QuoteToASCII).
pub fn quote(s: &str, ascii_only: bool) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        push_escaped(&mut out, c, '"', ascii_only);
    }
    out.push('"');
    out
}

fn quote_rune(r: i64, ascii_only: bool) -> String {
    let c = char_of(r);
    let mut out = String::from("'");
    push_escaped(&mut out, c, '\'', ascii_only);
    out.push('\'');
    out
}

fn char_of(r: i64) -> char {
    u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}')
}

// ---------------------------------------------------------------------------
// %v and Sprint

/// `fmt.Sprint(v)` for a single value (`%v`).
pub fn format_value(v: &Value) -> String {
    let mut p = Printer::default();
    p.print_arg(v, 'v', &Spec::default());
    p.out
}

/// `fmt.Sprint(args...)`: spaces between operands when neither is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = matches!(a, Value::Str(_));
        if i > 0 && !is_string && !prev_string {
            out.push(' ');
        }
        out.push_str(&format_value(a));
        prev_string = is_string;
    }
    out
}

/// `fmt.Sprintln(args...)`: always spaces, trailing newline.
pub fn sprintln(args: &[Value]) -> String {
    let parts: Vec<String> = args.iter().map(format_value).collect();
    let mut s = parts.join(" ");
    s.push('\n');
    s
}

// ---------------------------------------------------------------------------
// Sprintf

#[derive(Default, Clone)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

#[derive(Default)]
struct Printer {
    out: String,
}

impl Printer {
    fn pad(&mut self, s: &str, spec: &Spec) {
        let n = s.chars().count();
        let w = spec.width.unwrap_or(0);
        if n >= w {
            self.out.push_str(s);
            return;
        }
        let fill = w - n;
        if spec.minus {
            self.out.push_str(s);
            self.out.extend(std::iter::repeat_n(' ', fill));
        } else if spec.zero {
            self.out.extend(std::iter::repeat_n('0', fill));
            self.out.push_str(s);
        } else {
            self.out.extend(std::iter::repeat_n(' ', fill));
            self.out.push_str(s);
        }
    }

    /// Pad a signed number: zero padding goes after the sign/prefix.
    fn pad_number(&mut self, sign: &str, prefix: &str, digits: &str, spec: &Spec, zero_ok: bool) {
        if spec.zero && zero_ok && !spec.minus {
            if let Some(w) = spec.width {
                let used = sign.len() + prefix.len() + digits.chars().count();
                let zeros = w.saturating_sub(used);
                let s = format!("{}{}{}{}", sign, prefix, "0".repeat(zeros), digits);
                self.out.push_str(&s);
                return;
            }
        }
        let s = format!("{}{}{}", sign, prefix, digits);
        let sp = Spec {
            zero: false,
            ..spec.clone()
        };
        self.pad(&s, &sp);
    }

    fn sign(neg: bool, spec: &Spec) -> &'static str {
        if neg {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        }
    }

    fn bad_verb(&mut self, verb: char, v: &Value) {
        self.out.push_str("%!");
        self.out.push(verb);
        self.out.push('(');
        match v {
            Value::Nil | Value::NoValue => self.out.push_str("<nil>"),
            _ => {
                self.out.push_str(&v.type_name());
                self.out.push('=');
                self.print_arg(v, 'v', &Spec::default());
            }
        }
        self.out.push(')');
    }

    fn fmt_int(&mut self, neg: bool, mag: u64, verb: char, spec: &Spec) {
        let (mut digits, prefix) = match verb {
            'b' => (format!("{:b}", mag), if spec.sharp { "0b" } else { "" }),
            'o' => (format!("{:o}", mag), if spec.sharp { "0" } else { "" }),
            'O' => (format!("{:o}", mag), "0o"),
            'x' => (format!("{:x}", mag), if spec.sharp { "0x" } else { "" }),
            'X' => (format!("{:X}", mag), if spec.sharp { "0X" } else { "" }),
            _ => (mag.to_string(), ""),
        };
        if let Some(p) = spec.prec {
            if p == 0 && mag == 0 {
                digits.clear();
            } else if digits.len() < p {
                digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
            }
        }
        let sign = Self::sign(neg, spec);
        self.pad_number(sign, prefix, &digits, spec, spec.prec.is_none());
    }

    fn fmt_integer(&mut self, v: &Value, neg: bool, mag: u64, verb: char, spec: &Spec) {
        match verb {
            'v' | 'd' | 'b' | 'o' | 'O' | 'x' | 'X' => self.fmt_int(neg, mag, verb, spec),
            'c' => {
                let r = if neg {
                    -1
                } else {
                    mag.min(i64::MAX as u64) as i64
                };
                let s = char_of(r).to_string();
                self.pad(&s, spec);
            }
            'q' => {
                let r = if neg {
                    -1
                } else {
                    mag.min(i64::MAX as u64) as i64
                };
                let s = quote_rune(r, spec.plus);
                self.pad(&s, spec);
            }
            'U' => {
                let mut s = if neg {
                    format!("U+-{:04X}", mag)
                } else {
                    format!("U+{:04X}", mag)
                };
                if spec.sharp && !neg {
                    let c = char_of(mag.min(i64::MAX as u64) as i64);
                    if is_printable(c) {
                        s.push_str(&format!(" '{}'", c));
                    }
                }
                self.pad(&s, spec);
            }
            _ => self.bad_verb(verb, v),
        }
    }

    fn fmt_float(&mut self, f: f64, verb: char, spec: &Spec) {
        let s = match verb {
            'v' => format_float(f, 'g', spec.prec),
            'e' | 'E' => format_float(f, verb, Some(spec.prec.unwrap_or(6))),
            'f' | 'F' => format_float(f, 'f', Some(spec.prec.unwrap_or(6))),
            _ => format_float(f, verb, spec.prec),
        };
        let (neg, body) = match s.strip_prefix('-') {
            Some(b) => (true, b.to_string()),
            None => (false, s.trim_start_matches('+').to_string()),
        };
        let mut sign = Self::sign(neg, spec);
        if f.is_infinite() && !neg && sign.is_empty() {
            sign = "+";
        }
        let finite = f.is_finite();
        self.pad_number(sign, "", &body, spec, finite);
    }

    fn fmt_str(&mut self, s: &str, verb: char, spec: &Spec, v: &Value) {
        match verb {
            'v' | 's' => {
                let t: String = match spec.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                if verb == 'v' && spec.sharp {
                    self.pad(&quote(&t, false), spec);
                } else {
                    self.pad(&t, spec);
                }
            }
            'q' => {
                let t: String = match spec.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                let q = if spec.sharp
                    && !t.contains('`')
                    && t.chars().all(|c| c == '\t' || !c.is_control())
                {
                    format!("`{}`", t)
                } else {
                    quote(&t, spec.plus)
                };
                self.pad(&q, spec);
            }
            'x' | 'X' => {
                let bytes = s.as_bytes();
                let n = spec.prec.unwrap_or(bytes.len()).min(bytes.len());
                let mut h = String::new();
                for (i, b) in bytes[..n].iter().enumerate() {
                    if spec.space && i > 0 {
                        h.push(' ');
                    }
                    if spec.sharp && (spec.space || i == 0) {
                        h.push_str(if verb == 'x' { "0x" } else { "0X" });
                    }
                    if verb == 'x' {
                        h.push_str(&format!("{:02x}", b));
                    } else {
                        h.push_str(&format!("{:02X}", b));
                    }
                }
                self.pad(&h, spec);
            }
            _ => self.bad_verb(verb, v),
        }
    }

    fn print_arg(&mut self, v: &Value, verb: char, spec: &Spec) {
        if verb == 'T' {
            self.pad(&v.type_name(), spec);
            return;
        }
        match v {
            Value::Nil | Value::NoValue => match verb {
                'v' => self.pad("<nil>", spec),
                _ => self.bad_verb(verb, v),
            },
            Value::Bool(b) => match verb {
                'v' | 't' => self.pad(if *b { "true" } else { "false" }, spec),
                _ => self.bad_verb(verb, v),
            },
            Value::Int(i) => self.fmt_integer(v, *i < 0, i.unsigned_abs(), verb, spec),
            Value::Uint(u) => self.fmt_integer(v, false, *u, verb, spec),
            Value::Float(f) => match verb {
                'v' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => self.fmt_float(*f, verb, spec),
                _ => self.bad_verb(verb, v),
            },
            Value::Str(s) => self.fmt_str(s, verb, spec, v),
            Value::List(items) => {
                self.out.push('[');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(' ');
                    }
                    self.print_arg(it, verb, spec);
                }
                self.out.push(']');
            }
            Value::Map(_) | Value::Object(_) => {
                self.out.push_str("map[");
                for (i, (k, val)) in v.sorted_entries().iter().enumerate() {
                    if i > 0 {
                        self.out.push(' ');
                    }
                    self.fmt_str(k, verb, spec, &Value::Str(k.clone()));
                    self.out.push(':');
                    self.print_arg(val, verb, spec);
                }
                self.out.push(']');
            }
            Value::Struct(o) => {
                if matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') {
                    if let Some(s) = o.display() {
                        self.fmt_str(&s, verb, spec, &Value::Str(s.clone()));
                        return;
                    }
                }
                if let Some(b) = o.basic() {
                    self.print_arg(&b, verb, spec);
                    return;
                }
                self.out.push('{');
                for (i, name) in o.field_names().iter().enumerate() {
                    if i > 0 {
                        self.out.push(' ');
                    }
                    if spec.plus_v || spec.sharp {
                        self.out.push_str(name);
                        self.out.push(':');
                    }
                    let fv = o.field(name).unwrap_or(Value::Nil);
                    self.print_arg(&fv, verb, spec);
                }
                self.out.push('}');
            }
        }
    }
}

fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Uint(u) => i64::try_from(*u).ok(),
        _ => None,
    }
}

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut p = Printer::default();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    let mut argn = 0usize;
    let mut reordered = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            p.out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut spec = Spec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => {
                    spec.minus = true;
                    spec.zero = false;
                }
                '+' => spec.plus = true,
                '#' => spec.sharp = true,
                ' ' => spec.space = true,
                '0' => spec.zero = !spec.minus,
                _ => break,
            }
            i += 1;
        }
        // optional [n] argument index
        let mut parse_index = |i: &mut usize, argn: &mut usize| -> bool {
            if *i < chars.len() && chars[*i] == '[' {
                reordered = true;
                let start = *i + 1;
                let mut j = start;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                if j < chars.len() && chars[j] == ']' && j > start {
                    let n: usize = chars[start..j]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0);
                    *i = j + 1;
                    if n >= 1 && n <= args.len() {
                        *argn = n - 1;
                        return true;
                    }
                    return false;
                }
                *i = j.min(chars.len());
                if *i < chars.len() && chars[*i] == ']' {
                    *i += 1;
                }
                return false;
            }
            true
        };
        let mut good_index = parse_index(&mut i, &mut argn);
        // width
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            match args.get(argn).and_then(as_int) {
                Some(w) => {
                    if w < 0 {
                        spec.minus = true;
                        spec.zero = false;
                    }
                    spec.width = Some(w.unsigned_abs() as usize);
                }
                None => p.out.push_str("%!(BADWIDTH)"),
            }
            argn += 1;
            good_index = good_index && parse_index(&mut i, &mut argn);
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                let s: String = chars[start..i].iter().collect();
                spec.width = s.parse().ok().filter(|w: &usize| *w < 1_000_000);
            }
        }
        // precision
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            good_index = good_index && parse_index(&mut i, &mut argn);
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                match args.get(argn).and_then(as_int) {
                    Some(pr) if pr >= 0 => spec.prec = Some(pr as usize),
                    Some(_) => spec.prec = None,
                    None => p.out.push_str("%!(BADPREC)"),
                }
                argn += 1;
                good_index = good_index && parse_index(&mut i, &mut argn);
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                spec.prec = Some(s.parse().unwrap_or(0).min(1_000_000));
            }
        }
        if !good_index || (i < chars.len() && chars[i] == '[') {
            good_index = good_index && parse_index(&mut i, &mut argn);
        }
        if i >= chars.len() {
            p.out.push_str("%!(NOVERB)");
            break;
        }
        let verb = chars[i];
        i += 1;
        if verb == 'v' && spec.plus {
            spec.plus = false;
            spec.plus_v = true;
        }
        if verb == '%' {
            p.out.push('%');
            continue;
        }
        if !good_index {
            p.out.push_str(&format!("%!{}(BADINDEX)", verb));
            continue;
        }
        match args.get(argn) {
            None => p.out.push_str(&format!("%!{}(MISSING)", verb)),
            Some(a) => {
                argn += 1;
                if verb == 'w' {
                    p.bad_verb(verb, a);
                } else {
                    p.print_arg(a, verb, &spec);
                }
            }
        }
    }
    if !reordered && argn < args.len() {
        p.out.push_str("%!(EXTRA ");
        for (k, a) in args[argn..].iter().enumerate() {
            if k > 0 {
                p.out.push_str(", ");
            }
            match a {
                Value::Nil | Value::NoValue => p.out.push_str("<nil>"),
                _ => {
                    p.out.push_str(&a.type_name());
                    p.out.push('=');
                    p.print_arg(a, 'v', &Spec::default());
                }
            }
        }
        p.out.push(')');
    }
    p.out
}

// ---------------------------------------------------------------------------
// encoding/json

fn json_float(f: f64) -> Result<String, ()> {
    if !f.is_finite() {
        return Err(());
    }
    let a = f.abs();
    let mut s = if a != 0.0 && !(1e-6..1e21).contains(&a) {
        format_float(f, 'e', None)
    } else {
        format_float(f, 'f', None)
    };
    // clean up e-09 to e-9
    let b = s.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
        s.remove(n - 2);
    }
    Ok(s)
}

pub(crate) fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Encode like Go's json.Encoder with SetEscapeHTML(false), no newline.
pub(crate) fn write_json(v: &Value, out: &mut String, depth: usize) -> Result<(), ()> {
    if depth > 200 {
        return Err(());
    }
    match v {
        Value::Nil | Value::NoValue => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Uint(u) => out.push_str(&u.to_string()),
        Value::Float(f) => out.push_str(&json_float(*f)?),
        Value::Str(s) => json_string(s, out),
        Value::List(items) => {
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(it, out, depth + 1)?;
            }
            out.push(']');
        }
        Value::Map(m) if m.nil => out.push_str("null"),
        Value::Map(m) => {
            out.push('{');
            for (i, (k, val)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(k, out);
                out.push(':');
                write_json(val, out, depth + 1)?;
            }
            out.push('}');
        }
        Value::Object(o) => {
            out.push('{');
            for (i, (k, val)) in o.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(k, out);
                out.push(':');
                write_json(val, out, depth + 1)?;
            }
            out.push('}');
        }
        Value::Struct(o) => {
            if let Some(raw) = o.marshal_json() {
                out.push_str(&raw);
                return Ok(());
            }
            if let Some(j) = o.to_json() {
                return write_json(&Value::from_json(&j), out, depth + 1);
            }
            out.push('{');
            for (i, name) in o.field_names().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(name, out);
                out.push(':');
                write_json(&o.field(name).unwrap_or(Value::Nil), out, depth + 1)?;
            }
            out.push('}');
        }
    }
    Ok(())
}
