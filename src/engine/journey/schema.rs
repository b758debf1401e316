//! `journey.schema.json` (JSON Schema 2020-12, at the repository root and in the npm package) is
//! generated from the types in [`super::model`] by schemars, which reads the same serde
//! attributes the loader obeys (`deny_unknown_fields`, the `on`/`type` tags, kebab-case words,
//! defaults). schemars is a dev-dependency and its derives are `cfg(test)`: the widget's wasm
//! carries none of it. The test below fails when the types change and the file was not
//! regenerated: `UPDATE_SCHEMA=1 cargo test --lib journey::schema` writes it anew.
//!
//! The schema is the shape only; what needs the whole journey (ids that resolve, reachable steps,
//! buttons of the step's screen, sources) is the loader's, and `mfa-rescue check` runs it.

// Test-only, here as in `journey/mod.rs`: the whole file is the schema's drift test.
#![cfg(test)]

use schemars::generate::SchemaSettings;
use serde_json::Value;

use super::model::Journey;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/journey.schema.json");

/// The schema of a journey file, as shipped.
fn journey_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Journey>();
    schema.insert("title".into(), "mfa-rescue journey".into());
    schema.insert(
        "description".into(),
        "A recovery story for the mfa-rescue widget (docs/JOURNEYS.md). The shape only: \
         `mfa-rescue check` also checks that ids resolve, every step is reachable and can reach \
         an outcome, buttons exist on their screen and every cited source is known."
            .into(),
    );
    schema.to_value()
}

#[test]
fn journey_schema_json_is_generated_from_the_types() -> Result<(), Box<dyn std::error::Error>> {
    let mut fresh = serde_json::to_string_pretty(&journey_schema())?;
    fresh.push('\n');
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &fresh)?;
        return Ok(());
    }
    let shipped = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        shipped == fresh,
        "journey.schema.json is not what the journey types give: regenerate it with \
         `UPDATE_SCHEMA=1 cargo test --lib journey::schema` and commit it"
    );
    Ok(())
}

#[test]
fn the_schema_allows_a_schema_key_and_refuses_unknown_ones() -> Result<(), &'static str> {
    let schema = journey_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["additionalProperties"], false);
    // `null` too, as for every optional field: serde reads it as "not given".
    assert_eq!(
        schema["properties"]["$schema"]["type"],
        serde_json::json!(["string", "null"])
    );
    let required: Vec<&str> = schema["required"]
        .as_array()
        .ok_or("the schema's `required` is not an array")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required, ["id", "title", "start", "steps"]);
    Ok(())
}
