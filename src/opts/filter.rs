//! docker's `--filter name=value` (opts.FilterOpt): names lower-cased, both sides trimmed, the
//! set sent as `{"name":{"value":true}}`.

use std::collections::BTreeMap;

/// One `--filter` value; docker's wording for a value without `=`.
pub fn parse(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) => Ok((k.trim().to_lowercase(), v.trim().to_string())),
        None if s.is_empty() => Ok((String::new(), String::new())),
        None => Err("bad format of filter (expected name=value)".into()),
    }
}

/// The filters as the API's `filters` query value; `None` when there are none.
pub fn to_query(filters: &[(String, String)]) -> Option<String> {
    let mut m: BTreeMap<&str, BTreeMap<&str, bool>> = BTreeMap::new();
    for (k, v) in filters.iter().filter(|(k, _)| !k.is_empty()) {
        m.entry(k).or_default().insert(v, true);
    }
    if m.is_empty() {
        return None;
    }
    // `super::super`: the crate root here and in the fuzz crate, which compiles this file too.
    Some(super::super::format::go_json::marshal(&m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_docker() {
        assert_eq!(parse(" Label = a=b "), Ok(("label".into(), "a=b".into())));
        assert!(parse("nope").is_err());
        let f = vec![
            parse("label=b").unwrap(),
            parse("label=a").unwrap(),
            parse("id=x").unwrap(),
        ];
        assert_eq!(
            to_query(&f).unwrap(),
            r#"{"id":{"x":true},"label":{"a":true,"b":true}}"#
        );
        assert_eq!(to_query(&[parse("").unwrap()]), None);
    }
}
