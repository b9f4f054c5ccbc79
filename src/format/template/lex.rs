//! Lexer for Go's text/template syntax (delimiters `{{` `}}`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Error,
    Bool,
    Char,
    CharConstant,
    Comment,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    Dot,
    // keywords
    Block,
    Break,
    Continue,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

impl Kind {
    fn is_keyword(self) -> bool {
        matches!(
            self,
            Kind::Block
                | Kind::Break
                | Kind::Continue
                | Kind::Define
                | Kind::Else
                | Kind::End
                | Kind::If
                | Kind::Nil
                | Kind::Range
                | Kind::Template
                | Kind::With
        )
    }
}

#[derive(Clone, Debug)]
pub struct Item {
    pub kind: Kind,
    pub val: String,
    pub pos: usize,
}

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            Kind::Eof => f.write_str("EOF"),
            Kind::Error => f.write_str(&self.val),
            k if k.is_keyword() || k == Kind::Dot => write!(f, "<{}>", self.val),
            _ if self.val.chars().count() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                write!(f, "{}...", super::print::quote(&head, false))
            }
            _ => f.write_str(&super::print::quote(&self.val, false)),
        }
    }
}

const LEFT: &str = "{{";
const RIGHT: &str = "}}";

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphabetic() || c.is_numeric()
}

/// `%#U` formatting of a rune.
pub fn rune_u(c: char) -> String {
    if super::print::is_printable(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

struct Lexer<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    items: Vec<Item>,
    paren_depth: usize,
}

/// Tokenise `input`. The result always ends with an `Eof` or `Error` item.
pub fn lex(input: &str) -> Vec<Item> {
    let mut l = Lexer {
        input,
        pos: 0,
        start: 0,
        items: Vec::new(),
        paren_depth: 0,
    };
    l.run();
    l.items
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    fn emit(&mut self, kind: Kind) {
        let val = self.input[self.start..self.pos].to_string();
        self.items.push(Item {
            kind,
            val,
            pos: self.start,
        });
        self.start = self.pos;
    }
    fn error(&mut self, msg: String) -> bool {
        self.items.push(Item {
            kind: Kind::Error,
            val: msg,
            pos: self.start,
        });
        false
    }

    fn run(&mut self) {
        loop {
            // text
            match self.rest().find(LEFT) {
                None => {
                    self.pos = self.input.len();
                    if self.pos > self.start {
                        self.emit(Kind::Text);
                    }
                    self.items.push(Item {
                        kind: Kind::Eof,
                        val: String::new(),
                        pos: self.pos,
                    });
                    return;
                }
                Some(off) => {
                    let delim = self.pos + off;
                    let after = &self.input[delim + LEFT.len()..];
                    let trim = has_left_trim(after);
                    let mut end = delim;
                    if trim {
                        end = self.start
                            + self.input[self.start..delim]
                                .trim_end_matches(is_space)
                                .len();
                    }
                    self.pos = end;
                    if self.pos > self.start {
                        self.emit(Kind::Text);
                    }
                    self.pos = delim;
                    self.start = delim;
                    if !self.left_delim(trim) {
                        return;
                    }
                }
            }
        }
    }

    /// Lex one action starting at `{{`. Returns false on error.
    fn left_delim(&mut self, trim: bool) -> bool {
        self.pos += LEFT.len();
        let after_marker = if trim { 2 } else { 0 };
        if self.input[self.pos + after_marker..].starts_with("/*") {
            self.pos += after_marker;
            self.start = self.pos;
            return self.comment();
        }
        self.emit(Kind::LeftDelim);
        self.pos += after_marker;
        self.start = self.pos;
        self.paren_depth = 0;
        self.inside_action()
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let r = self.rest();
        if has_right_trim(r) && r[2..].starts_with(RIGHT) {
            return (true, true);
        }
        (r.starts_with(RIGHT), false)
    }

    fn right_delim(&mut self, trim: bool) -> bool {
        if trim {
            self.pos += 2;
            self.start = self.pos;
        }
        self.pos += RIGHT.len();
        self.emit(Kind::RightDelim);
        if trim {
            let skip = self.rest().len() - self.rest().trim_start_matches(is_space).len();
            self.pos += skip;
            self.start = self.pos;
        }
        true
    }

    fn comment(&mut self) -> bool {
        self.pos += 2;
        let Some(off) = self.rest().find("*/") else {
            return self.error("unclosed comment".into());
        };
        self.pos += off + 2;
        let (at, trim) = self.at_right_delim();
        if !at {
            return self.error("comment ends before closing delimiter".into());
        }
        self.emit(Kind::Comment);
        if trim {
            self.pos += 2;
        }
        self.pos += RIGHT.len();
        if trim {
            let skip = self.rest().len() - self.rest().trim_start_matches(is_space).len();
            self.pos += skip;
        }
        self.start = self.pos;
        true
    }

    fn inside_action(&mut self) -> bool {
        loop {
            let (at, trim) = self.at_right_delim();
            if at {
                if self.paren_depth == 0 {
                    return self.right_delim(trim);
                }
                return self.error("unclosed left paren".into());
            }
            let Some(c) = self.next() else {
                return self.error("unclosed action".into());
            };
            let ok = match c {
                c if is_space(c) => {
                    self.pos -= c.len_utf8();
                    self.space();
                    true
                }
                '=' => {
                    self.emit(Kind::Assign);
                    true
                }
                ':' => {
                    if self.next() != Some('=') {
                        return self.error("expected :=".into());
                    }
                    self.emit(Kind::Declare);
                    true
                }
                '|' => {
                    self.emit(Kind::Pipe);
                    true
                }
                '"' => self.quote(),
                '`' => self.raw_quote(),
                '$' => self.field_or_variable(Kind::Variable),
                '\'' => self.char_const(),
                '.' => {
                    if matches!(self.peek(), Some(d) if d.is_ascii_digit()) {
                        self.pos = self.start;
                        self.number()
                    } else {
                        self.field_or_variable(Kind::Field)
                    }
                }
                '+' | '-' | '0'..='9' => {
                    self.pos = self.start;
                    self.number()
                }
                c if is_alnum(c) => self.identifier(),
                '(' => {
                    self.emit(Kind::LeftParen);
                    self.paren_depth += 1;
                    true
                }
                ')' => {
                    if self.paren_depth == 0 {
                        return self.error("unexpected right paren".into());
                    }
                    self.paren_depth -= 1;
                    self.emit(Kind::RightParen);
                    true
                }
                c if c.is_ascii() && !c.is_ascii_control() => {
                    self.emit(Kind::Char);
                    true
                }
                c => return self.error(format!("unrecognized character in action: {}", rune_u(c))),
            };
            if !ok {
                return false;
            }
        }
    }

    fn space(&mut self) {
        let mut n = 0;
        while matches!(self.peek(), Some(c) if is_space(c)) {
            self.next();
            n += 1;
        }
        // A space followed by "-}}" belongs to the trim marker.
        let back = &self.input[self.pos - 1..];
        if has_right_trim(back) && back[2..].starts_with(RIGHT) {
            self.pos -= 1;
            if n == 1 {
                return;
            }
        }
        self.emit(Kind::Space);
    }

    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) if is_space(c) => true,
            Some('.' | ',' | '|' | ':' | ')' | '(') => true,
            _ => self.rest().starts_with(RIGHT),
        }
    }

    fn field_or_variable(&mut self, kind: Kind) -> bool {
        if self.at_terminator() {
            self.emit(if kind == Kind::Variable {
                Kind::Variable
            } else {
                Kind::Dot
            });
            return true;
        }
        while matches!(self.peek(), Some(c) if is_alnum(c)) {
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\0');
            return self.error(format!("bad character {}", rune_u(c)));
        }
        self.emit(kind);
        true
    }

    fn identifier(&mut self) -> bool {
        while matches!(self.peek(), Some(c) if is_alnum(c)) {
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\0');
            return self.error(format!("bad character {}", rune_u(c)));
        }
        let kind = match &self.input[self.start..self.pos] {
            "block" => Kind::Block,
            "break" => Kind::Break,
            "continue" => Kind::Continue,
            "define" => Kind::Define,
            "else" => Kind::Else,
            "end" => Kind::End,
            "if" => Kind::If,
            "nil" => Kind::Nil,
            "range" => Kind::Range,
            "template" => Kind::Template,
            "with" => Kind::With,
            "true" | "false" => Kind::Bool,
            _ => Kind::Identifier,
        };
        self.emit(kind);
        true
    }

    fn accept(&mut self, set: &str) -> bool {
        match self.peek() {
            Some(c) if set.contains(c) => {
                self.next();
                true
            }
            _ => false,
        }
    }
    fn accept_run(&mut self, set: &str) {
        while self.accept(set) {}
    }

    fn number(&mut self) -> bool {
        self.accept("+-");
        let mut digits = "0123456789_";
        if self.accept("0") {
            if self.accept("xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if self.accept("oO") {
                digits = "01234567_";
            } else if self.accept("bB") {
                digits = "01_";
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if matches!(self.peek(), Some(c) if is_alnum(c)) {
            self.next();
            let bad = self.input[self.start..self.pos].to_string();
            return self.error(format!(
                "bad number syntax: {}",
                super::print::quote(&bad, false)
            ));
        }
        self.emit(Kind::Number);
        true
    }

    fn quote(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => match self.next() {
                    None | Some('\n') => return self.error("unterminated quoted string".into()),
                    _ => {}
                },
                None | Some('\n') => return self.error("unterminated quoted string".into()),
                Some('"') => break,
                _ => {}
            }
        }
        self.emit(Kind::String);
        true
    }

    fn raw_quote(&mut self) -> bool {
        loop {
            match self.next() {
                None => return self.error("unterminated raw quoted string".into()),
                Some('`') => break,
                _ => {}
            }
        }
        self.emit(Kind::RawString);
        true
    }

    fn char_const(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => match self.next() {
                    None | Some('\n') => {
                        return self.error("unterminated character constant".into())
                    }
                    _ => {}
                },
                None | Some('\n') => return self.error("unterminated character constant".into()),
                Some('\'') => break,
                _ => {}
            }
        }
        self.emit(Kind::CharConstant);
        true
    }
}

fn has_left_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0] == b'-' && matches!(b[1], b' ' | b'\t' | b'\r' | b'\n')
}

fn has_right_trim(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && matches!(b[0], b' ' | b'\t' | b'\r' | b'\n') && b[1] == b'-'
}
