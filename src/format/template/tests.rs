//! Template tests. Expected strings come from Go's documented behaviour and
//! from a Go-built docker client (`docker image inspect --format ...`).

use super::super::value::{Object, StructValue, Value};
use super::*;
use std::collections::BTreeMap;

fn j(s: &str) -> Value {
    Value::from_json(&serde_json::from_str(s).expect("test json"))
}

fn run(t: &str, data: &Value) -> String {
    let tmpl = Template::parse("", t).unwrap_or_else(|e| panic!("parse {t:?}: {e}"));
    let mut out = String::new();
    match tmpl.execute(data, &mut out) {
        Ok(()) => out,
        Err(e) => panic!("exec {t:?}: {e}"),
    }
}

fn r(t: &str) -> String {
    run(t, &Value::Nil)
}

fn err(t: &str, data: &Value) -> String {
    match Template::parse("", t) {
        Err(e) => e.message,
        Ok(tmpl) => {
            let mut out = String::new();
            match tmpl.execute(data, &mut out) {
                Ok(()) => panic!("expected error for {t:?}, got {out:?}"),
                Err(e) => e.message,
            }
        }
    }
}

struct Ctr;
impl Object for Ctr {
    fn type_name(&self) -> &str {
        "*formatter.ContainerContext"
    }
    fn field_names(&self) -> Vec<String> {
        vec!["ID".into(), "Size".into()]
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "ID" => Some("abc123".into()),
            "Size" => Some(Value::Int(42)),
            _ => None,
        }
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        match (name, args) {
            ("Label", [Value::Str(k)]) => Some(Ok(if k == "a" { "1".into() } else { "".into() })),
            ("Label", _) => Some(Err("bad label args".into())),
            _ => None,
        }
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::json!({"Id": "abc123"}))
    }
}

fn ctr() -> Value {
    Value::Struct(std::rc::Rc::new(Ctr))
}

#[test]
fn text_and_trim() {
    assert_eq!(r("hello"), "hello");
    assert_eq!(r(""), "");
    assert_eq!(r("a {{- \" b \" -}} c"), "a b c");
    assert_eq!(
        r("{{- \" a \" -}}  x  {{- 3 }} {{/* c */}} y {{- /* c */ -}} z"),
        " a x3  yz"
    );
    assert_eq!(r("a\n\t {{- 1}}\n  b"), "a1\n  b");
    assert_eq!(r("{{1 -}}\n\n  x"), "1x");
    assert_eq!(r("{{-3}}"), "-3");
    assert_eq!(r("x{{/* comment */}}y"), "xy");
    assert_eq!(r("{{\"}}\"}}"), "}}");
}

#[test]
fn constants_and_v_formatting() {
    assert_eq!(r("{{1.5}} {{1e21}} {{1e20}} {{0.00001}} {{3}} {{0x1F}} {{'a'}} {{1234567.0}} {{123456.0}}"),
        "1.5 1e+21 1e+20 1e-05 3 31 97 1.234567e+06 123456");
    assert_eq!(
        r("{{true}} {{false}} {{\"a\\tb\"}} {{`raw\\n`}}"),
        "true false a\tb raw\\n"
    );
    assert_eq!(
        r("{{0o17}} {{0b101}} {{1_000}} {{-7}} {{+7}} {{1.0}} {{.5}}"),
        "15 5 1000 -7 7 1 0.5"
    );
    assert_eq!(r("{{\"\\u00e9\\x41\\101\"}}"), "éAA");
    assert_eq!(r("{{.}}"), "<no value>");
    assert_eq!(r("{{.x}}"), "<no value>");
    assert_eq!(
        run("{{.}}", &j(r#"{"b":[1,2.5,"x"],"a":null}"#)),
        "map[a:<nil> b:[1 2.5 x]]"
    );
    assert_eq!(run("{{.}}", &j("[]")), "[]");
    assert_eq!(run("{{.}}", &j("1.2345e6")), "1.2345e+06");
    assert_eq!(
        run("{{.}}", &j("18446744073709551615")),
        "18446744073709551615"
    );
    let s = StructValue::new("T")
        .with("A", 1)
        .with("B", "x")
        .with("C", Value::strings(&["p", "q"]));
    assert_eq!(run("{{.}}", &s.clone().into_value()), "{1 x [p q]}");
    assert_eq!(
        run("{{printf \"%+v\" .}}", &s.into_value()),
        "{A:1 B:x C:[p q]}"
    );
    let mut m = BTreeMap::new();
    m.insert("z".to_string(), Value::Int(1));
    m.insert("a".to_string(), Value::Bool(true));
    assert_eq!(run("{{.}}", &Value::Map(m.into())), "map[a:true z:1]");
}

#[test]
fn fields_maps_and_missing() {
    let d = j(r#"{"a":{"b":{"c":"deep"}},"n":null,"e":""}"#);
    assert_eq!(run("{{.a.b.c}}", &d), "deep");
    assert_eq!(run("{{.missing}}", &d), "<no value>");
    assert_eq!(run("{{.missing.x}}", &d), "<no value>");
    assert_eq!(run("{{print .missing}}", &d), "<nil>");
    assert_eq!(run("{{.missing | print}}", &d), "<nil>");
    assert_eq!(run("{{.n}}", &d), "<nil>");
    assert_eq!(run("[{{.e}}]", &d), "[]");
    assert_eq!(run("{{$.a.b.c}}", &d), "deep");
    assert_eq!(run("{{with $x := .a}}{{$x.b.c}}{{end}}", &d), "deep");
    assert_eq!(run("{{(.a).b.c}}", &d), "deep");
    assert_eq!(run("{{(index .a \"b\").c}}", &d), "deep");
    assert_eq!(run("{{.ID}} {{.Size}}", &ctr()), "abc123 42");
    assert_eq!(
        run(
            "{{.Label \"a\"}}|{{.Label \"b\"}}|{{\"a\" | .Label}}",
            &ctr()
        ),
        "1||1"
    );
}

#[test]
fn control_structures() {
    assert_eq!(
        run(
            "{{if .a}}A{{else if .b}}B{{else}}C{{end}}",
            &j(r#"{"a":0,"b":"x"}"#)
        ),
        "B"
    );
    assert_eq!(
        run(
            "{{if .a}}A{{else if .b}}B{{else}}C{{end}}",
            &j(r#"{"a":0,"b":""}"#)
        ),
        "C"
    );
    assert_eq!(run("{{if eq .a 1 2 7}}yes{{end}}", &j(r#"{"a":7}"#)), "yes");
    assert_eq!(
        run(
            "{{with .a}}{{.}}{{else}}no{{end}} {{with .b}}{{.}}{{else with .a}}A{{.}}{{end}}",
            &j(r#"{"a":7}"#)
        ),
        "7 A7"
    );
    assert_eq!(
        run("{{with .b}}x{{else}}{{.a}}{{end}}", &j(r#"{"a":7}"#)),
        "7"
    );
    assert_eq!(run("{{range .}}[{{.}}]{{end}}", &j("[1,2,3]")), "[1][2][3]");
    assert_eq!(
        run("{{range $i, $e := .}}{{$i}}={{$e}};{{end}}", &j("[5,6]")),
        "0=5;1=6;"
    );
    assert_eq!(run("{{range $e := .}}{{$e}}{{end}}", &j("[5,6]")), "56");
    assert_eq!(
        run(
            "{{range $k, $v := .}}{{$k}}={{$v}};{{end}}",
            &j(r#"{"b":1,"a":2}"#)
        ),
        "a=2;b=1;"
    );
    assert_eq!(run("{{range .}}x{{else}}empty{{end}}", &j("[]")), "empty");
    assert_eq!(run("{{range .}}x{{else}}empty{{end}}", &j("{}")), "empty");
    assert_eq!(
        run("{{range .nope}}x{{else}}empty{{end}}", &j("{}")),
        "empty"
    );
    assert_eq!(r("{{range 3}}{{.}}{{end}}"), "012");
    assert_eq!(r("{{range $i := 2}}{{$i}}{{end}}"), "01");
    assert_eq!(r("{{range 0}}x{{else}}none{{end}}"), "none");
    assert_eq!(
        run(
            "{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}",
            &j("[1,2,3,4,5]")
        ),
        "13"
    );
    assert_eq!(
        run(
            "{{range .}}{{range .}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}};{{end}}",
            &j("[[1,2,3],[4]]")
        ),
        "1;4;"
    );
}

#[test]
fn variables_and_scoping() {
    assert_eq!(r("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}"), "2");
    assert_eq!(
        r("{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}"),
        "21"
    );
    assert_eq!(r("{{$x := \"a\"}}{{$x}}{{$x = \"b\"}}{{$x}}"), "ab");
    assert_eq!(run("{{range $i, $v := .}}{{end}}{{$}}", &j("[1]")), "[1]");
    assert_eq!(
        run(
            "{{$n := 0}}{{range .}}{{$n = .}}{{end}}{{$n}}",
            &j("[1,2,9]")
        ),
        "9"
    );
    assert_eq!(
        err("{{if true}}{{$y := 1}}{{end}}{{$y}}", &Value::Nil),
        "template: :1: undefined variable \"$y\""
    );
}

#[test]
fn define_template_block() {
    assert_eq!(
        run(
            "{{define \"t\"}}[{{.}}]{{end}}{{template \"t\" .a}}{{block \"b\" 5}}<{{.}}>{{end}}",
            &j(r#"{"a":1}"#)
        ),
        "[1]<5>"
    );
    assert_eq!(
        r("{{define \"t\"}}T{{.}}{{end}}{{template \"t\"}}"),
        "T<no value>"
    );
    assert_eq!(r("{{define `x`}}{{$}}{{end}}{{template \"x\" 3}}"), "3");
    assert_eq!(
        err("{{template \"x\"}}", &Value::Nil),
        "template: :1:11: executing \"\" at <{{template \"x\"}}>: template \"x\" not defined"
    );
    assert_eq!(
        err(
            "{{define \"t\"}}{{.Foo}}{{end}}{{template \"t\" 1}}",
            &Value::Nil
        ),
        "template: :1:16: executing \"t\" at <.Foo>: can't evaluate field Foo in type int"
    );
    let e = err(
        "{{define \"r\"}}{{template \"r\"}}{{end}}{{template \"r\"}}",
        &Value::Nil,
    );
    assert!(e.contains("exceeded maximum template depth"), "{e}");
}

#[test]
fn logic_and_comparison() {
    assert_eq!(
        r("{{and 1 0 2}} {{or 0 \"\" \"x\"}} {{not 0}} {{and 1 2}} {{or 0 false}}"),
        "0 x true 2 false"
    );
    assert_eq!(r("{{and false .Fail}}"), "false");
    assert_eq!(r("{{or true .Fail}}"), "true");
    assert_eq!(
        r("{{eq 1 1}} {{eq \"a\" \"b\"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt 1 2}} {{ge 2 3}}"),
        "true false true true true false false"
    );
    assert_eq!(r("{{eq \"b\" \"a\" \"b\"}} {{lt \"a\" \"b\"}} {{lt 1.5 2.5}} {{eq nil nil}} {{eq .x nil}}"), "true true true true true");
    assert_eq!(run("{{eq . 3}} {{lt . 3}}", &Value::Uint(3)), "true false");
    assert_eq!(err("{{eq 1 \"a\"}}", &Value::Nil),
        "template: :1:2: executing \"\" at <eq 1 \"a\">: error calling eq: incompatible types for comparison");
    assert_eq!(err("{{lt true false}}", &Value::Nil),
        "template: :1:2: executing \"\" at <lt true false>: error calling lt: invalid type for comparison");
    assert_eq!(err("{{eq 1.0 1}}", &Value::Nil),
        "template: :1:2: executing \"\" at <eq 1.0 1>: error calling eq: incompatible types for comparison");
    assert_eq!(err("{{eq 1}}", &Value::Nil),
        "template: :1:2: executing \"\" at <eq 1>: error calling eq: missing argument for comparison");
}

#[test]
fn builtins() {
    let d = j(r#"[{"k":"v"},2,3]"#);
    assert_eq!(
        run(
            "{{index . 1}} {{slice . 1 2}} {{len .}} {{index . 0 \"k\"}}",
            &d
        ),
        "2 [2] 3 v"
    );
    assert_eq!(
        r("{{len \"héllo\"}} {{index \"abc\" 1}} {{slice \"abcdef\" 2}} {{slice \"abcdef\" 1 3}}"),
        "6 98 cdef bc"
    );
    // Go's pipeline unwraps the nil interface a missing key of a decoded object gives.
    assert_eq!(
        run("{{index . \"missing\"}}", &j(r#"{"a":1}"#)),
        "<no value>"
    );
    assert_eq!(
        r("{{print 1 2 \"a\" \"b\" 3 true false}}|{{println 1 \"a\"}}"),
        "1 2ab3 true false|1 a\n"
    );
    assert_eq!(
        r("{{println}}x{{print}}y{{print nil}}{{print \"a\" 1 2 \"b\"}}"),
        "\nxy<nil>a1 2b"
    );
    assert_eq!(
        r("{{html \"<a href=\\\"x\\\">'&\"}}"),
        "&lt;a href=&#34;x&#34;&gt;&#39;&amp;"
    );
    assert_eq!(
        r("{{js \"a'b<>&=\\\"\\\\\"}}"),
        "a\\'b\\u003C\\u003E\\u0026\\u003D\\\"\\\\"
    );
    assert_eq!(r("{{urlquery \"a b&c/d?\"}}"), "a+b%26c%2Fd%3F");
    assert_eq!(r("{{\"a\" | printf \"%s-%s\" \"b\"}}"), "b-a");
    assert_eq!(r("{{3 | printf \"%d\"}}"), "3");
    assert_eq!(r("{{len (print 12 34)}}"), "5");
    assert_eq!(
        err("{{index . 5}}", &j("[1]")),
        "template: :1:2: executing \"\" at <index . 5>: error calling index: index out of range: 5"
    );
    assert_eq!(
        err("{{len 3}}", &Value::Nil),
        "template: :1:2: executing \"\" at <len 3>: error calling len: len of type int"
    );
    assert_eq!(err("{{slice . 2 1}}", &j("[1,2]")),
        "template: :1:2: executing \"\" at <slice . 2 1>: error calling slice: invalid slice index: 2 > 1");
    assert_eq!(err("{{index 3 1}}", &Value::Nil),
        "template: :1:2: executing \"\" at <index 3 1>: error calling index: can't index item of type int");
    assert_eq!(
        err("{{call .}}", &Value::Nil),
        "template: :1:2: executing \"\" at <call .>: error calling call: call of nil"
    );
}

#[test]
fn printf_verbs() {
    assert_eq!(
        r("{{printf \"%5.2f|%q|%v\" 3.14159 \"a\" 1984241}}"),
        " 3.14|\"a\"|1984241"
    );
    assert_eq!(
        r("{{printf \"%x %X %o %b %e %E %g %G %c %U %#U %q %t %T %%\" 255 255 8 5 1234.5678 0.000012 1e-7 1e100 65 65 65 \"hi\\n\" true 1.5}}"),
        "ff FF 10 101 1.234568e+03 1.200000E-05 1e-07 1E+100 A U+0041 U+0041 'A' \"hi\\n\" true float64 %"
    );
    assert_eq!(
        r("{{printf \"[%-10s][%10s][%05d][%+d][%x][% x][%#x][%.2s][%5.1f][%-8.3e][%08.3f]\" \"ab\" \"cd\" -42 5 \"hi\" \"hi\" 255 \"hello\" 3.14159 1234.5 -3.14159}}"),
        "[ab        ][        cd][-0042][+5][6869][68 69][0xff][he][  3.1][1.234e+03][-003.142]"
    );
    assert_eq!(
        r("{{printf \"%d %d\" 1}} {{printf \"%d\" 1 2}} {{printf \"%!\"}} {{printf \"%z\" 1}} {{printf \"%s\" nil}} {{printf \"%d\" true}}"),
        "1 %!d(MISSING) 1%!(EXTRA int=2) %!!(MISSING) %!z(int=1) %!s(<nil>) %!d(bool=true)"
    );
    assert_eq!(r("{{printf \"%[2]d %[1]d\" 1 2}} {{printf \"%*d|%-*d|\" 5 1 4 2}} {{printf \"%.*f\" 2 3.14159}}"), "2 1     1|2   | 3.14");
    assert_eq!(
        run("{{printf \"%v %d %s\" . . .}}", &j(r#"["PATH=/bin"]"#)),
        "[PATH=/bin] [%!d(string=PATH=/bin)] [PATH=/bin]"
    );
    assert_eq!(
        r("{{printf \"%6.2v|%v|%.3v|%10.4g|%g\" 3.14159 100000000.0 3.14159 12345.678 0.0}}"),
        "   3.1|1e+08|3.14| 1.235e+04|0"
    );
    assert_eq!(
        r("{{printf \"%q %v %x\" 65 (slice \"héllo\" 1 3) \"é\"}}"),
        "'A' é c3a9"
    );
    assert_eq!(
        r("{{printf \"%d %s %v\" \"x\" 3 nil}}"),
        "%!d(string=x) %!s(int=3) <nil>"
    );
    assert_eq!(
        r("{{printf \"%T %T %T %T\" 1 \"s\" true nil}}"),
        "int string bool <nil>"
    );
    assert_eq!(r("{{printf \"%t\" 1}} {{printf \"%e\" 0.0}} {{printf \"%.0f\" 2.5}} {{printf \"%.2f\" 0.125}}"), "%!t(int=1) 0.000000e+00 2 0.12");
    assert_eq!(
        r("{{printf \"%08.3f|%-8d|%x|%o|%O\" 3.14159 42 -255 64 64}}"),
        "0003.142|42      |-ff|100|0o100"
    );
    assert_eq!(r("{{printf \"%5t|%-5t|\" true false}}"), " true|false|");
    assert_eq!(
        r("{{printf \"%3c|%-4q|%#q\" 'x' \"a\" \"b\"}}"),
        "  x|\"a\" |`b`"
    );
    assert_eq!(
        r("{{printf \"%.3d|%+.1e|% d\" 7 12345.0 5}}"),
        "007|+1.2e+04| 5"
    );
    assert_eq!(
        r("{{printf \"%g|%g|%g|%G\" 1e-5 0.0001 123456789.0 1e-10}}"),
        "1e-05|0.0001|1.23456789e+08|1E-10"
    );
    assert_eq!(r("{{printf \"%s\" 1.5}}"), "%!s(float64=1.5)");
    assert_eq!(r("{{printf \"%d\" 1.5}}"), "%!d(float64=1.5)");
    assert_eq!(
        r("{{printf \"%x\" \"\"}}|{{printf \"%s\"}}"),
        "|%!s(MISSING)"
    );
}

#[test]
fn docker_functions() {
    assert_eq!(r("{{split \"a:b:c\" \":\"}} {{join (split \"a:b:c\" \":\") \"-\"}} {{split \"ab\" \"\"}} {{len (split \"\" \",\")}}"), "[a b c] a-b-c [a b] 1");
    assert_eq!(
        r("{{title \"hello wORLD foo_bar x-y\"}} {{upper \"abcé\"}} {{lower \"ABCÉ\"}}"),
        "Hello WORLD Foo_bar X-Y ABCÉ abcé"
    );
    assert_eq!(
        r("[{{pad \"x\" 2 1}}] [{{pad \"\" 2 1}}] [{{pad \"ab\" 0 0}}]"),
        "[  x ] [] [ab]"
    );
    assert_eq!(r("{{truncate \"abcdef\" 3}} {{truncate \"ab\" 3}} {{truncate \"abc\" 3}} [{{truncate \"abc\" 0}}]"), "abc ab abc []");
    assert_eq!(r("{{json \"<a&b>\"}} {{json 1e21}} {{json 1e-7}} {{json 0.5}} {{json 100.0}} {{json nil}} {{json true}}"), "\"<a&b>\" 1e+21 1e-7 0.5 100 null true");
    assert_eq!(
        run(
            "{{json .}}",
            &j(r#"{"b":[1,2.5,"<&>"],"a":null,"c":{"z":1,"y":true}}"#)
        ),
        r#"{"b":[1,2.5,"<&>"],"a":null,"c":{"z":1,"y":true}}"#
    );
    assert_eq!(run("{{json .}}", &ctr()), r#"{"Id":"abc123"}"#);
    let s = StructValue::new("T")
        .with("Z", 1)
        .with("A", "q\n\u{1}\u{2028}");
    assert_eq!(
        run("{{json .}}", &s.into_value()),
        "{\"Z\":1,\"A\":\"q\\n\\u0001\\u2028\"}"
    );
    let mut m = BTreeMap::new();
    m.insert("b".to_string(), Value::Int(1));
    m.insert("a".to_string(), Value::List(vec![]));
    assert_eq!(
        run("{{json .}}", &Value::Map(m.into())),
        r#"{"a":[],"b":1}"#
    );
    assert_eq!(run("{{json .}}", &Value::Float(f64::NAN)), "");
    assert_eq!(err("{{join . \",\"}}", &j("[1,2]")),
        "template: :1:7: executing \"\" at <.>: wrong type for value; expected []string; got []interface {}");
    assert_eq!(err("{{truncate \"abc\" -1}}", &Value::Nil),
        "template: :1:2: executing \"\" at <truncate \"abc\" -1>: error calling truncate: runtime error: slice bounds out of range [:-1]");
    assert_eq!(err("{{pad \"a\" -1 0}}", &Value::Nil),
        "template: :1:2: executing \"\" at <pad \"a\" -1 0>: error calling pad: strings: negative Repeat count");
}

#[test]
fn header_mode() {
    let t = Template::parse("", "{{truncate .ID 4}}\t{{json .Labels}}\t{{upper .Names}}\t{{split .A \":\"}}\t{{join .B \",\"}}\t{{pad .C 1 1}}\t{{title .D}}\t{{lower .E}}").expect("parse");
    let mut m = BTreeMap::new();
    for (k, v) in [
        ("ID", "CONTAINER ID"),
        ("Labels", "LABELS"),
        ("Names", "NAMES"),
        ("A", "A:B"),
        ("B", "B"),
        ("C", "C"),
        ("D", "dd"),
        ("E", "EE"),
    ] {
        m.insert(k.to_string(), Value::from(v));
    }
    let mut out = String::new();
    t.execute_header(&Value::Map(m.into()), &mut out)
        .expect("header");
    assert_eq!(out, "CONTAINER ID\tLABELS\tNAMES\tA:B\tB\t C \tdd\tEE");
    // normal mode still applies the functions
    let row = j(
        r#"{"ID":"0123456789","Labels":{"x":"1"},"Names":"web","A":"a:b","B":["p","q"],"C":"c","D":"dd","E":"EE"}"#,
    );
    assert_eq!(run("{{truncate .ID 4}}\t{{json .Labels}}\t{{upper .Names}}\t{{split .A \":\"}}\t{{join .B \",\"}}\t{{pad .C 1 1}}\t{{title .D}}\t{{lower .E}}", &row),
        "0123\t{\"x\":\"1\"}\tWEB\t[a b]\tp,q\t c \tDd\tee");
}

#[test]
fn exec_errors() {
    let d = j(r#"{"Config":{"Hostname":"h"}}"#);
    assert_eq!(err("{{.Foo}}", &ctr()),
        "template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext");
    assert_eq!(err("{{printf \"%d\" .Config.Hostname.Foo.Barbazquux}}", &d),
        "template: :1:21: executing \"\" at <.Config.Hostname.Foo.Barbazquux>: can't evaluate field Foo in type interface {}");
    assert_eq!(
        err("{{.x}}", &Value::Int(1)),
        "template: :1:2: executing \"\" at <.x>: can't evaluate field x in type int"
    );
    assert_eq!(
        err("{{lower 3}}", &Value::Nil),
        "template: :1:8: executing \"\" at <3>: expected string; found 3"
    );
    assert_eq!(
        err("{{lower .}}", &Value::Int(5)),
        "template: :1:8: executing \"\" at <.>: wrong type for value; expected string; got int"
    );
    assert_eq!(
        err("{{nil}}", &Value::Nil),
        "template: :1:2: executing \"\" at <nil>: nil is not a command"
    );
    assert_eq!(
        err("{{.Size 1}}", &j("{}")),
        "template: :1:2: executing \"\" at <.Size>: Size is not a method but has arguments"
    );
    assert_eq!(err("{{range $i, $e := 3}}{{end}}", &Value::Nil),
        "template: :1:18: executing \"\" at <3>: can't use 3 to iterate over more than one variable");
    assert_eq!(
        err("{{range .}}{{end}}", &Value::Bool(true)),
        "template: :1:8: executing \"\" at <.>: range can't iterate over true"
    );
    assert_eq!(
        err("{{lower}}", &Value::Nil),
        "template: :1:2: executing \"\" at <lower>: wrong number of args for lower: want 1 got 0"
    );
    assert_eq!(err("{{printf}}", &Value::Nil),
        "template: :1:2: executing \"\" at <printf>: wrong number of args for printf: want at least 1 got 0");
    assert_eq!(
        err("{{.ID 1}}", &ctr()),
        "template: :1:2: executing \"\" at <.ID>: wrong number of args for ID: want 0 got 1"
    );
    assert_eq!(
        err("{{.Label 1 2}}", &ctr()),
        "template: :1:2: executing \"\" at <.Label>: error calling Label: bad label args"
    );
    assert_eq!(
        err("{{$x := 1}}{{$x 2}}", &Value::Nil),
        "template: :1:13: executing \"\" at <$x>: can't give argument to non-function $x"
    );
    assert_eq!(
        err("\n\n  {{.a.b}}", &j(r#"{"a":null}"#)),
        "template: :3:6: executing \"\" at <.a.b>: nil pointer evaluating interface {}.b"
    );
    assert_eq!(
        err("{{nil.A}}", &Value::Nil),
        "template: :1: unexpected . after term \"nil\""
    );
    assert_eq!(
        err("{{(nil).A}}", &Value::Nil),
        "template: :1:3: executing \"\" at <nil>: nil is not a command"
    );
}

#[test]
fn parse_errors() {
    let n = Value::Nil;
    assert_eq!(
        err("x {{foo}}", &n),
        "template: :1: function \"foo\" not defined"
    );
    assert_eq!(err("{{.A}", &n), "template: :1: bad character U+007D '}'");
    assert_eq!(err("{{.A", &n), "template: :1: unclosed action");
    assert_eq!(
        err("{{.A \n", &n),
        "template: :2: unclosed action started at :1"
    );
    assert_eq!(
        err("{{\"a\" | \"b\"}}", &n),
        "template: :1: non executable command in pipeline stage 2"
    );
    assert_eq!(
        err("{{if}}{{end}}", &n),
        "template: :1: missing value for if"
    );
    assert_eq!(err("{{}}", &n), "template: :1: missing value for command");
    assert_eq!(err("{{else}}", &n), "template: :1: unexpected {{else}}");
    assert_eq!(err("{{end}}", &n), "template: :1: unexpected {{end}}");
    assert_eq!(
        err("{{range .}}{{else if 1}}{{end}}", &n),
        "template: :1: unexpected <if> in input"
    );
    assert_eq!(err("{{if 1}}", &n), "template: :1: unexpected EOF");
    assert_eq!(err("{{$x}}", &n), "template: :1: undefined variable \"$x\"");
    assert_eq!(
        err("{{break}}", &n),
        "template: :1: {{break}} outside {{range}}"
    );
    assert_eq!(
        err("{{continue}}", &n),
        "template: :1: {{continue}} outside {{range}}"
    );
    assert_eq!(err("{{/* x", &n), "template: :1: unclosed comment");
    assert_eq!(
        err("{{/* x */ 1}}", &n),
        "template: :1: comment ends before closing delimiter"
    );
    assert_eq!(
        err("{{\"abc}}", &n),
        "template: :1: unterminated quoted string"
    );
    assert_eq!(
        err("{{`abc}}", &n),
        "template: :1: unterminated raw quoted string"
    );
    assert_eq!(
        err("{{'ab}}", &n),
        "template: :1: unterminated character constant"
    );
    assert_eq!(err("{{3x}}", &n), "template: :1: bad number syntax: \"3x\"");
    assert_eq!(err("{{(1}}", &n), "template: :1: unclosed left paren");
    assert_eq!(err("{{1)}}", &n), "template: :1: unexpected right paren");
    assert_eq!(
        err("{{.A !}}", &n),
        "template: :1: unexpected \"!\" in operand"
    );
    assert_eq!(
        err("{{.A ~}}", &n),
        "template: :1: unexpected \"~\" in operand"
    );
    assert_eq!(err("{{1 :}}", &n), "template: :1: expected :=");
    assert_eq!(
        err("{{a: 1}}", &n),
        "template: :1: function \"a\" not defined"
    );
    assert_eq!(err("{{é}}", &n), "template: :1: function \"é\" not defined");
    assert_eq!(
        err("{{\u{1}}}", &n),
        "template: :1: unrecognized character in action: U+0001"
    );
    assert_eq!(
        err("{{template .}}", &n),
        "template: :1: unexpected <.> in template clause"
    );
    assert_eq!(
        err("{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}", &n),
        "template: :1: template: multiple definition of template \"a\""
    );
    assert_eq!(
        err("{{range $a, $b, $c := .}}{{end}}", &n),
        "template: :1: too many declarations in range"
    );
    assert_eq!(
        err("{{with $a, $b := .}}{{end}}", &n),
        "template: :1: too many declarations in with"
    );
    assert_eq!(err("{{\"\\q\"}}", &n), "template: :1: invalid syntax");
    assert_eq!(
        err("{{.A nil.B}}", &n),
        "template: :1: unexpected . after term \"nil\""
    );
    assert_eq!(
        err("{{if 1}}{{else}}{{else}}{{end}}", &n),
        "template: :1: expected end; found {{else}}"
    );
    assert_eq!(
        err("line1\n{{end}}", &n),
        "template: :2: unexpected {{end}}"
    );
}

#[test]
fn no_panics_on_garbage() {
    let inputs = [
        "{{",
        "}}",
        "{{{{",
        "{{-",
        "{{- -}}",
        "{{/*",
        "{{(",
        "{{((((",
        "{{)",
        "{{$",
        "{{$x :=",
        "{{.",
        "{{..}}",
        "{{range}}",
        "{{with}}",
        "{{template}}",
        "{{block}}",
        "{{define}}",
        "{{define \"x\"}}",
        "{{'\\",
        "{{\"\\",
        "{{0x}}",
        "{{1e}}",
        "{{1.2.3}}",
        "{{-}}",
        "{{+}}",
        "{{'ab'}}",
        "{{''}}",
        "{{9999999999999999999999}}",
        "{{slice . 1 2 3 4}}",
        "{{index}}",
        "{{.A.B.C | printf}}",
        "{{printf \"%\"}}",
        "{{printf \"%[\"}}",
        "{{printf \"%[0]d\" 1}}",
        "{{printf \"%[9]d\" 1}}",
        "{{printf \"%-*d\" \"x\" 1}}",
        "{{printf \"%.*d\" -1 1}}",
        "{{printf \"%99999999999d\" 1}}",
        "{{else with}}",
        "{{if 1}}{{else with 2}}{{end}}",
        "{{range $i, := .}}",
    ];
    for t in inputs {
        if let Ok(tmpl) = Template::parse("", t) {
            let mut out = String::new();
            let _ = tmpl.execute(&j(r#"{"A":[1,2]}"#), &mut out);
            let _ = tmpl.execute(&j("[1,2,3]"), &mut out);
        }
    }
    let deep = "(".repeat(5000);
    assert!(Template::parse("", &format!("{{{{{}1", deep)).is_err());
    let nested = "{{if 1}}".repeat(5000);
    assert!(Template::parse("", &nested).is_err());
    assert_eq!(
        r("{{printf \"%[0]d|%[3]d\" 1}}"),
        "%!d(BADINDEX)|%!d(BADINDEX)"
    );
    assert_eq!(r("{{printf \"%-*d|\" \"x\" 1}}"), "%!(BADWIDTH)1|");
}
