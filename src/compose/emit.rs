//! A YAML tree written as docker's `stack config` writes it: go-yaml v3's encoder with
//! `SetIndent(2)`, block style, no line wrapping. Strings get go-yaml's style: plain when the
//! text would read back as the same string, double quotes when it would read as another type
//! (`"1000"`, `"true"`, `"yes"`, `"off"`), single quotes when the plain form is not allowed
//! (`'#x'`, `'a: b'`, `' lead'`), a literal block for text with line breaks.

/// A node of the tree to write.
pub enum Node {
    /// A string, quoted as go-yaml quotes it.
    Str(String),
    /// A token written as it is (`12`, `true`, `null`, `1e+06`).
    Raw(String),
    Map(Vec<(String, Node)>),
    Seq(Vec<Node>),
}

/// The document: a mapping at the root, newline-terminated.
pub fn document(root: &Node) -> String {
    let mut out = String::new();
    match root {
        Node::Map(entries) if !entries.is_empty() => map_entries(&mut out, entries, 0),
        other => {
            value_inline(&mut out, other, 0);
            out.push('\n');
        }
    }
    out
}

fn map_entries(out: &mut String, entries: &[(String, Node)], indent: usize) {
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(&" ".repeat(indent));
        }
        key(out, k);
        out.push(':');
        match v {
            Node::Map(m) if !m.is_empty() => {
                out.push('\n');
                out.push_str(&" ".repeat(indent + 2));
                map_entries(out, m, indent + 2);
            }
            Node::Seq(s) if !s.is_empty() => {
                out.push('\n');
                out.push_str(&" ".repeat(indent + 2));
                seq_items(out, s, indent + 2);
            }
            other => {
                out.push(' ');
                value_inline(out, other, indent + 2);
                out.push('\n');
            }
        }
    }
}

fn seq_items(out: &mut String, items: &[Node], indent: usize) {
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str("- ");
        match it {
            Node::Map(m) if !m.is_empty() => map_entries(out, m, indent + 2),
            Node::Seq(s) if !s.is_empty() => seq_items(out, s, indent + 2),
            other => {
                value_inline(out, other, indent + 2);
                out.push('\n');
            }
        }
    }
}

/// A scalar or an empty collection after `key: ` or `- `; `indent` is where a literal block's
/// lines start.
fn value_inline(out: &mut String, v: &Node, indent: usize) {
    match v {
        Node::Raw(t) => out.push_str(t),
        Node::Map(_) => out.push_str("{}"),
        Node::Seq(_) => out.push_str("[]"),
        Node::Str(s) => string(out, s, indent, false),
    }
}

fn key(out: &mut String, k: &str) {
    string(out, k, 0, true);
}

#[derive(PartialEq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

fn string(out: &mut String, s: &str, indent: usize, simple_key: bool) {
    let a = analyze(s);
    // The encoder's choice (go-yaml's stringv) ...
    let mut style = if s.contains('\n') {
        Style::Literal
    } else if reads_as_string(s) {
        Style::Plain
    } else {
        Style::Double
    };
    // ... then the emitter's (libyaml's select_scalar_style).
    if simple_key && a.multiline {
        style = Style::Double;
    }
    if style == Style::Plain && (!a.block_plain || (s.is_empty() && simple_key)) {
        style = Style::Single;
    }
    if style == Style::Single && !a.single {
        style = Style::Double;
    }
    if style == Style::Literal && (!a.block || simple_key) {
        style = Style::Double;
    }
    match style {
        Style::Plain => out.push_str(s),
        Style::Single => {
            out.push('\'');
            out.push_str(&s.replace('\'', "''"));
            out.push('\'');
        }
        Style::Double => double(out, s),
        Style::Literal => literal(out, s, indent),
    }
}

/// go-yaml's `stringv`: plain is possible when the text resolves to a string and is neither a
/// YAML 1.1 boolean nor a base-60 float.
fn reads_as_string(s: &str) -> bool {
    if matches!(
        s,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "on"
            | "On"
            | "ON"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "off"
            | "Off"
            | "OFF"
    ) {
        return false;
    }
    if matches!(
        s,
        ".nan"
            | ".NaN"
            | ".NAN"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "+.inf"
            | "+.Inf"
            | "+.INF"
            | "-.inf"
            | "-.Inf"
            | "-.INF"
    ) {
        return false;
    }
    if base60_float(s) || timestamp(s) {
        return false;
    }
    if s.starts_with('.') {
        // go-yaml tries strconv.ParseFloat for a leading dot.
        return s.parse::<f64>().is_err()
            || s.eq_ignore_ascii_case(".inf")
            || s.to_ascii_lowercase().contains("inf")
            || s.to_ascii_lowercase().contains("nan");
    }
    matches!(super::yaml::resolve(s), serde_json::Value::String(_))
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
fn base60_float(s: &str) -> bool {
    let b = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (body, frac) = match b.split_once('.') {
        Some((x, f)) => (x, Some(f)),
        None => (b, None),
    };
    if frac.is_some_and(|f| !f.bytes().all(|c| c.is_ascii_digit() || c == b'_')) {
        return false;
    }
    let mut parts = body.split(':');
    let first = parts.next().unwrap_or("");
    if !first.starts_with(|c: char| c.is_ascii_digit())
        || !first.bytes().all(|c| c.is_ascii_digit() || c == b'_')
    {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && rest.iter().all(|p| {
            let b = p.as_bytes();
            match b.len() {
                1 => b[0].is_ascii_digit(),
                2 => (b'0'..=b'5').contains(&b[0]) && b[1].is_ascii_digit(),
                _ => false,
            }
        })
}

/// go-yaml's timestamp check: `YYYY-` then one of its formats (the date-only one and the
/// RFC 3339-like ones with short fields).
fn timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let num = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|c| c.is_ascii_digit())
    };
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let d: Vec<&str> = date.split('-').collect();
    if d.len() != 3 || !num(d[0], 4) || !num(d[1], 2) || !num(d[2], 2) {
        return false;
    }
    let (mo, day): (u32, u32) = (d[1].parse().unwrap_or(0), d[2].parse().unwrap_or(0));
    if !(1..=12).contains(&mo) || !(1..=31).contains(&day) {
        return false;
    }
    let Some(t) = time else { return true };
    let (clock, zone) = match t.find(['Z', '+']).or_else(|| t.rfind('-')) {
        Some(i) => (&t[..i], Some(&t[i..])),
        None => (t, None),
    };
    let sep_space = s.as_bytes()[date.len()] == b' ';
    if sep_space && zone.is_some() {
        return false;
    }
    if !sep_space && zone.is_none() {
        return false;
    }
    let (hms, frac) = match clock.split_once('.') {
        Some((x, f)) => (x, Some(f)),
        None => (clock, None),
    };
    if frac.is_some_and(|f| !num(f, 9)) {
        return false;
    }
    let c: Vec<&str> = hms.split(':').collect();
    c.len() == 3 && c.iter().all(|p| num(p, 2))
}

struct Analysis {
    multiline: bool,
    block_plain: bool,
    single: bool,
    block: bool,
}

/// libyaml's `is_printable` on a character.
fn printable(c: char) -> bool {
    let u = c as u32;
    u == 0x0A
        || (0x20..=0x7E).contains(&u)
        || (0xA0..=0xD7FF).contains(&u)
        || ((0xE000..=0xFFFD).contains(&u) && u != 0xFEFF)
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// libyaml's `yaml_emitter_analyze_scalar`, block context.
fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            block_plain: true,
            single: true,
            block: false,
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let mut block_ind = s.starts_with("---") || s.starts_with("...");
    let (mut breaks, mut special, mut tabs) = (false, false, false);
    let (mut lead_space, mut lead_break, mut trail_space, mut trail_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut prev_space, mut prev_break) = (false, false);
    let mut preceded_ws = true;
    let n = chars.len();
    for (i, &c) in chars.iter().enumerate() {
        let followed_ws = i + 1 >= n || matches!(chars[i + 1], ' ' | '\t');
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"'
                | '%' | '@' | '`' => block_ind = true,
                '?' | ':' | '-' if followed_ws => block_ind = true,
                _ => {}
            }
        } else {
            match c {
                ':' if followed_ws => block_ind = true,
                '#' if preceded_ws => block_ind = true,
                _ => {}
            }
        }
        if c == '\t' {
            tabs = true;
        } else if !printable(c) {
            special = true;
        }
        if c == ' ' {
            lead_space |= i == 0;
            trail_space |= i + 1 == n;
            break_space |= prev_break;
            prev_space = true;
            prev_break = false;
        } else if is_break(c) {
            breaks = true;
            lead_break |= i == 0;
            trail_break |= i + 1 == n;
            space_break |= prev_space;
            prev_space = false;
            prev_break = true;
        } else {
            prev_space = false;
            prev_break = false;
        }
        preceded_ws = matches!(c, ' ' | '\t' | '\0') || is_break(c);
    }
    let mut a = Analysis {
        multiline: breaks,
        block_plain: true,
        single: true,
        block: true,
    };
    if lead_space || lead_break || trail_space || trail_break {
        a.block_plain = false;
    }
    if trail_space {
        a.block = false;
    }
    if break_space {
        a.block_plain = false;
        a.single = false;
    }
    if space_break || tabs || special {
        a.block_plain = false;
        a.single = false;
    }
    if space_break || special {
        a.block = false;
    }
    if breaks || block_ind {
        a.block_plain = false;
    }
    a
}

fn double(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        let u = c as u32;
        if !printable(c) || u == 0xFEFF || is_break(c) || c == '"' || c == '\\' {
            out.push('\\');
            match u {
                0x00 => out.push('0'),
                0x07 => out.push('a'),
                0x08 => out.push('b'),
                0x09 => out.push('t'),
                0x0A => out.push('n'),
                0x0B => out.push('v'),
                0x0C => out.push('f'),
                0x0D => out.push('r'),
                0x1B => out.push('e'),
                0x22 => out.push('"'),
                0x5C => out.push('\\'),
                0x85 => out.push('N'),
                0xA0 => out.push('_'),
                0x2028 => out.push('L'),
                0x2029 => out.push('P'),
                u if u <= 0xFF => out.push_str(&format!("x{u:02X}")),
                u if u <= 0xFFFF => out.push_str(&format!("u{u:04X}")),
                u => out.push_str(&format!("U{u:08X}")),
            }
        } else {
            out.push(c);
        }
    }
    out.push('"');
}

fn literal(out: &mut String, s: &str, indent: usize) {
    out.push('|');
    let first = s.chars().next().unwrap_or('x');
    if first == ' ' || is_break(first) {
        out.push('2');
    }
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    if !is_break(chars[n - 1]) {
        out.push('-');
    } else if n == 1 || is_break(chars[n - 2]) {
        out.push('+');
    }
    out.push('\n');
    let mut at_break = true;
    for &c in &chars {
        if is_break(c) {
            out.push('\n');
            at_break = true;
        } else {
            if at_break {
                out.push_str(&" ".repeat(indent));
            }
            out.push(c);
            at_break = false;
        }
    }
    // The caller ends the line.
    if at_break {
        out.pop();
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, bits)` as go-yaml writes floats (`.inf`, `.nan`).
pub fn float(f: f64, bits32: bool) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.into();
    }
    let e = if bits32 {
        format!("{:e}", f as f32)
    } else {
        format!("{f:e}")
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let sign = if neg { "-" } else { "" };
    // Go's shortest 'g': %e when the exponent is below -4 or at least 6.
    if !(-4..6).contains(&exp) {
        return sci(sign, &digits, exp);
    }
    if exp < 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else if (exp as usize) + 1 >= digits.len() {
        format!(
            "{sign}{digits}{}",
            "0".repeat(exp as usize + 1 - digits.len())
        )
    } else {
        let (a, b) = digits.split_at(exp as usize + 1);
        format!("{sign}{a}.{b}")
    }
}

fn sci(sign: &str, digits: &str, exp: i32) -> String {
    let (a, b) = digits.split_at(1);
    let m = if b.is_empty() {
        a.to_string()
    } else {
        format!("{a}.{b}")
    };
    let es = if exp < 0 { "-" } else { "+" };
    format!("{sign}{m}e{es}{:02}", exp.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> String {
        document(&Node::Map(vec![("k".into(), Node::Str(s.into()))]))
    }

    #[test]
    fn string_styles() {
        assert_eq!(one("1000"), "k: \"1000\"\n");
        assert_eq!(one("yes"), "k: \"yes\"\n");
        assert_eq!(one("a: b"), "k: 'a: b'\n");
        assert_eq!(one(" lead"), "k: ' lead'\n");
        assert_eq!(one("it's"), "k: it's\n");
        assert_eq!(one("'q'"), "k: '''q'''\n");
        assert_eq!(one("x\ty"), "k: \"x\\ty\"\n");
        assert_eq!(one("-"), "k: '-'\n");
        assert_eq!(one("-x"), "k: -x\n");
        assert_eq!(one("1:20"), "k: \"1:20\"\n");
        assert_eq!(one("2001-12-14"), "k: \"2001-12-14\"\n");
        assert_eq!(one(""), "k: \"\"\n");
        assert_eq!(one("multi\nline\n"), "k: |\n  multi\n  line\n");
        assert_eq!(one("multi\nline"), "k: |-\n  multi\n  line\n");
    }

    #[test]
    fn floats_as_go() {
        assert_eq!(float(1.5, false), "1.5");
        assert_eq!(float(1e6, false), "1e+06");
        assert_eq!(float(123456.0, false), "123456");
        assert_eq!(float(0.0001, false), "0.0001");
        assert_eq!(float(0.00001, false), "1e-05");
        assert_eq!(float(0.3, true), "0.3");
    }
}
