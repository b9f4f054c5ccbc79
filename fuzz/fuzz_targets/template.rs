//! The Go text/template engine: parse, then execute in normal and header mode and as a table.
//! Input: template text, optionally followed by a NUL byte and JSON data to run it over.
#![no_main]

use hvdock_fuzz::format::template::{ExecOptions, Template};
use hvdock_fuzz::format::value::Value;
use libfuzzer_sys::fuzz_target;

const SAMPLE: &str = r#"{"ID":"0123456789ab","Names":["/a","/b"],"Labels":{"k":"v","x":""},
"State":{"Running":true,"ExitCode":0,"Pid":42},"Size":1234567,"Ratio":0.5,"Nil":null,
"Mounts":[{"Type":"volume","Source":"/v","RW":true}],"Empty":{},"List":[1,2,3]}"#;

fuzz_target!(|data: &[u8]| {
    let (text, json) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let value = json
        .and_then(|j| serde_json::from_slice::<serde_json::Value>(j).ok())
        .or_else(|| serde_json::from_str(SAMPLE).ok())
        .map(|j| Value::from_json(&j))
        .unwrap_or(Value::Nil);
    let Ok(t) = Template::parse("", text) else {
        return;
    };
    let mut out = String::new();
    let _ = t.execute(&value, &mut out);
    let mut out = String::new();
    let _ = t.execute_header(&value, &mut out);
    let mut out = String::new();
    let _ = t.execute_with(
        &value,
        &mut out,
        ExecOptions {
            missing_key_error: true,
            ..Default::default()
        },
    );
    let (resolved, table) = hvdock_fuzz::format::parse_format(text).resolve("{{.ID}}\t{{.Names}}");
    let _ = hvdock_fuzz::format::render(&resolved, table, &value, std::slice::from_ref(&value));
});
