//! The report JSON matches `docs/report.schema.json`: every required key present with its type,
//! and no key in the output that the schema does not declare (so the schema cannot drift).
mod common;
use common::*;
use embargo_analyze::{AnalyzeOptions, Analyzer};
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../docs/report.schema.json");

/// A small validator for the subset of JSON Schema 2020-12 the report schema uses:
/// `$ref` to `#/$defs/…`, `type` (one or several), `enum`, `required`, `properties`, `items`,
/// `anyOf`, `minimum`, `maximum`.
fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("local ref");
        let def = &root["$defs"][name];
        assert!(!def.is_null(), "schema: missing $defs/{name}");
        return validate(root, def, v, path, errors);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let ok = any.iter().any(|s| {
            let mut e = Vec::new();
            validate(root, s, v, path, &mut e);
            e.is_empty()
        });
        if !ok {
            errors.push(format!("{path}: matches no anyOf branch: {v}"));
        }
        return;
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => panic!("schema: bad type at {path}"),
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "number" => v.is_number(),
            "integer" => v.is_u64() || v.is_i64(),
            other => panic!("schema: unknown type {other}"),
        });
        if !ok {
            errors.push(format!("{path}: expected {types:?}, got {v}"));
            return;
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} not in {e:?}"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            errors.push(format!("{path}: {n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (schema.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if n > max {
            errors.push(format!("{path}: {n} > {max}"));
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        if let Some(req) = schema.get("required").and_then(Value::as_array) {
            for k in req.iter().filter_map(Value::as_str) {
                if !obj.contains_key(k) {
                    errors.push(format!("{path}: missing required key {k:?}"));
                }
            }
        }
        if let Some(props) = props {
            for (k, val) in obj {
                match props.get(k) {
                    Some(s) => validate(root, s, val, &format!("{path}.{k}"), errors),
                    None => errors.push(format!("{path}: key {k:?} not declared in the schema")),
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            validate(root, items, x, &format!("{path}[{i}]"), errors);
        }
    }
}

fn check(report: &embargo_model::Report) {
    let root: Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    assert_eq!(
        root["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let v = serde_json::to_value(report).unwrap();
    let mut errors = Vec::new();
    validate(&root, &root, &v, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "report does not match the schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn stub_report_matches_schema() {
    let a = Analyzer::from_stages(
        Box::new(StubExtract(seed_extraction())),
        Box::new(StubScreen::default()),
        Box::new(StubAssess::default()),
        AnalyzeOptions::default(),
    )
    .unwrap();
    check(
        &a.analyze("examples/seed-article.txt", SEED.as_bytes())
            .unwrap(),
    );
}

#[test]
fn schema_catches_a_missing_key() {
    let root: Value = serde_json::from_str(SCHEMA).unwrap();
    let mut v = serde_json::json!({"document": {"id": "x", "title": null, "source": "s", "chars": 1},
        "transfers": [], "parties": [], "non_factual": [], "coreference": []});
    let mut errors = Vec::new();
    validate(&root, &root, &v, "$", &mut errors);
    assert!(
        errors.iter().any(|e| e.contains("reference_data")),
        "{errors:?}"
    );
    v["reference_data"] = serde_json::json!([]);
    v["document"]["chars"] = serde_json::json!("many");
    errors.clear();
    validate(&root, &root, &v, "$", &mut errors);
    assert!(
        errors.iter().any(|e| e.contains("$.document.chars")),
        "{errors:?}"
    );
}

#[cfg(feature = "builtin")]
#[test]
fn seed_report_matches_schema() {
    let a = Analyzer::builtin(AnalyzeOptions::default()).expect("builtin analyzer");
    check(
        &a.analyze("examples/seed-article.txt", SEED.as_bytes())
            .unwrap(),
    );
}
