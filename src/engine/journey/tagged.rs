//! Reading the two tagged kinds of the journey format, [`Transition`] (`"on": "choice"`, …)
//! and [`Effect`] (`"type": "mail"`, …), by hand.
//!
//! Why not `#[serde(tag = "…")]`: serde reads an internally tagged enum by first buffering the
//! object into its private `Content` tree, then reading each variant again from that tree, so
//! every type inside a variant (`Text`, `Action`, …) is compiled a second time for the second
//! reader, and the buffering machinery with it. Journeys are read from a `serde_json::Value`
//! ([`super::load`]), so here the object is already a tree: one function per kind looks at the
//! tag and reads each field straight from the `Value` with the code the rest of the journey
//! already uses. On 2026-12-02 this took 9.5 KB off the widget's wasm (brotli); the messages are
//! serde's own (`missing field`, `unknown field … expected one of`, `unknown variant`), so the
//! loader's error locator and every test read them as before. The schema (`journey.schema.json`)
//! is still derived from the enums' `serde` attributes, which only the schema build sees.

use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error as _};
use serde_json::{Error, Map, Value};

use super::model::{Effect, Transition};

/// The object `v`, or serde's "invalid type" naming what was expected.
fn object<'v>(v: &'v Value, expected: &'static str) -> Result<&'v Map<String, Value>, Error> {
    v.as_object().ok_or_else(|| {
        let found = match v {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        };
        Error::custom(format!("invalid type: {found}, expected {expected}"))
    })
}

/// One variant's fields, read from the object `map` (which holds the tag as `tag`).
struct Fields<'v> {
    map: &'v Map<String, Value>,
}

impl Fields<'_> {
    /// Refuses a field the variant does not have (the tag aside), as `deny_unknown_fields` does.
    fn only(&self, tag: &str, allowed: &'static [&'static str]) -> Result<(), Error> {
        match self
            .map
            .keys()
            .find(|k| k.as_str() != tag && !allowed.contains(&k.as_str()))
        {
            Some(unknown) => Err(Error::unknown_field(unknown, allowed)),
            None => Ok(()),
        }
    }

    /// A required field.
    fn req<T: DeserializeOwned>(&self, key: &'static str) -> Result<T, Error> {
        match self.map.get(key) {
            Some(v) => T::deserialize(v),
            None => Err(Error::missing_field(key)),
        }
    }

    /// A field with a default (`#[serde(default)]`).
    fn opt<T: DeserializeOwned + Default>(&self, key: &'static str) -> Result<T, Error> {
        self.map
            .get(key)
            .map_or_else(|| Ok(T::default()), T::deserialize)
    }
}

/// The object and its tag's keyword; serde's messages for a missing tag or an unknown one.
fn tagged<'v>(
    v: &'v Value,
    tag: &'static str,
    expected: &'static str,
    variants: &'static [&'static str],
) -> Result<(Fields<'v>, &'v str), Error> {
    let map = object(v, expected)?;
    let keyword = match map.get(tag) {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(Error::custom(format!("`{tag}` must be a string"))),
        None => return Err(Error::missing_field(tag)),
    };
    if !variants.contains(&keyword) {
        return Err(Error::unknown_variant(keyword, variants));
    }
    Ok((Fields { map }, keyword))
}

const TRANSITIONS: &[&str] = &[
    "choice",
    "action",
    "link",
    "keypad",
    "console-code",
    "enrolled",
    "rule",
    "after",
    "continue",
];

/// A transition from its JSON object.
pub fn transition(v: &Value) -> Result<Transition, Error> {
    let (f, on) = tagged(v, "on", "a transition (an object with `on`)", TRANSITIONS)?;
    let only = |allowed| f.only("on", allowed);
    Ok(match on {
        "choice" => {
            only(&["id", "label", "next"])?;
            Transition::Choice {
                id: f.req("id")?,
                label: f.req("label")?,
                next: f.req("next")?,
            }
        }
        "action" => {
            only(&["action", "next"])?;
            Transition::Action {
                action: f.req("action")?,
                next: f.req("next")?,
            }
        }
        "link" => {
            only(&["mail", "next", "expired"])?;
            Transition::Link {
                mail: f.req("mail")?,
                next: f.req("next")?,
                expired: f.opt("expired")?,
            }
        }
        "rule" => {
            only(&["rule", "then", "else"])?;
            Transition::Rule {
                rule: f.req("rule")?,
                then: f.req("then")?,
                otherwise: f.req("else")?,
            }
        }
        "after" => {
            only(&["minutes", "within", "next"])?;
            Transition::After {
                minutes: f.req("minutes")?,
                within: f.opt("within")?,
                next: f.req("next")?,
            }
        }
        // The kinds that only say where they lead.
        _ => {
            only(&["next"])?;
            let next = f.req("next")?;
            match on {
                "keypad" => Transition::Keypad { next },
                "console-code" => Transition::ConsoleCode { next },
                "enrolled" => Transition::Enrolled { next },
                _ => Transition::Continue { next },
            }
        }
    })
}

const EFFECTS: &[&str] = &[
    "wipe-authenticator",
    "set-stored-phone",
    "mail",
    "show-console-code",
    "call",
    "hang-up",
    "sms",
    "advance",
    "remove-device",
    "new-enrollment",
];

/// An effect from its JSON object.
pub fn effect(v: &Value) -> Result<Effect, Error> {
    let (f, kind) = tagged(v, "type", "an effect (an object with `type`)", EFFECTS)?;
    let only = |allowed| f.only("type", allowed);
    Ok(match kind {
        "set-stored-phone" => {
            only(&["number"])?;
            Effect::SetStoredPhone {
                number: f.req("number")?,
            }
        }
        "mail" => {
            only(&["id", "from", "subject", "body", "link", "code"])?;
            Effect::Mail {
                id: f.req("id")?,
                from: f.req("from")?,
                subject: f.req("subject")?,
                body: f.req("body")?,
                link: f.opt("link")?,
                code: f.opt("code")?,
            }
        }
        "call" => {
            only(&["caller", "says", "keypad", "language"])?;
            Effect::Call {
                caller: f.req("caller")?,
                says: f.req("says")?,
                keypad: f.opt("keypad")?,
                language: f.opt("language")?,
            }
        }
        "sms" => {
            only(&["from", "text"])?;
            Effect::Sms {
                from: f.req("from")?,
                text: f.req("text")?,
            }
        }
        "advance" => {
            only(&["minutes"])?;
            Effect::Advance {
                minutes: f.req("minutes")?,
            }
        }
        "new-enrollment" => {
            only(&["device_name"])?;
            Effect::NewEnrollment {
                device_name: f.opt("device_name")?,
            }
        }
        // The kinds without fields.
        _ => {
            only(&[])?;
            match kind {
                "wipe-authenticator" => Effect::WipeAuthenticator,
                "show-console-code" => Effect::ShowConsoleCode,
                "hang-up" => Effect::HangUp,
                _ => Effect::RemoveDevice,
            }
        }
    })
}

impl<'de> Deserialize<'de> for Transition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        transition(&Value::deserialize(d)?).map_err(D::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Effect {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        effect(&Value::deserialize(d)?).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::engine::journey::{Action, Hours, Rule, Text};

    fn t(v: Value) -> Result<Transition, String> {
        transition(&v).map_err(|e| e.to_string())
    }

    fn e(v: Value) -> Result<Effect, String> {
        effect(&v).map_err(|e| e.to_string())
    }

    #[test]
    fn every_transition_kind_reads_its_fields() {
        let text = json!({"ja": "はい", "en": "Yes"});
        assert_eq!(
            t(json!({"on": "choice", "id": "yes", "label": text, "next": "a"})),
            Ok(Transition::Choice {
                id: "yes".into(),
                label: Text::new("はい", "Yes"),
                next: "a".into()
            })
        );
        assert_eq!(
            t(json!({"on": "action", "action": "sign-in", "next": "a"})),
            Ok(Transition::Action {
                action: Action::SignIn,
                next: "a".into()
            })
        );
        assert_eq!(
            t(json!({"on": "link", "mail": "m", "next": "a"})),
            Ok(Transition::Link {
                mail: "m".into(),
                next: "a".into(),
                expired: None
            })
        );
        assert_eq!(
            t(json!({"on": "link", "mail": "m", "next": "a", "expired": "b"})),
            Ok(Transition::Link {
                mail: "m".into(),
                next: "a".into(),
                expired: Some("b".into())
            })
        );
        assert_eq!(
            t(json!({"on": "rule", "rule": "stored-phone-reachable", "then": "a", "else": "b"})),
            Ok(Transition::Rule {
                rule: Rule::StoredPhoneReachable,
                then: "a".into(),
                otherwise: "b".into()
            })
        );
        assert_eq!(
            t(json!({"on": "after", "minutes": 5, "within": "japanese-support", "next": "a"})),
            Ok(Transition::After {
                minutes: 5,
                within: Some(Hours::JapaneseSupport),
                next: "a".into()
            })
        );
        for (on, want) in [
            ("keypad", Transition::Keypad { next: "a".into() }),
            ("console-code", Transition::ConsoleCode { next: "a".into() }),
            ("enrolled", Transition::Enrolled { next: "a".into() }),
            ("continue", Transition::Continue { next: "a".into() }),
        ] {
            assert_eq!(t(json!({"on": on, "next": "a"})), Ok(want));
        }
    }

    #[test]
    fn every_effect_kind_reads_its_fields() {
        let text = json!({"ja": "本文", "en": "Body"});
        assert_eq!(
            e(
                json!({"type": "mail", "id": "m", "from": "a@b", "subject": text, "body": text,
                     "link": {"label": text, "expires_after_minutes": 30}, "code": true})
            ),
            Ok(Effect::Mail {
                id: "m".into(),
                from: "a@b".into(),
                subject: Text::new("本文", "Body"),
                body: Text::new("本文", "Body"),
                link: Some(crate::engine::journey::MailLink {
                    label: Text::new("本文", "Body"),
                    expires_after_minutes: Some(30)
                }),
                code: true
            })
        );
        assert_eq!(
            e(json!({"type": "call", "caller": "+1", "says": text, "language": "ja"})),
            Ok(Effect::Call {
                caller: "+1".into(),
                says: Text::new("本文", "Body"),
                keypad: false,
                language: crate::engine::journey::CallLanguage::Ja
            })
        );
        assert_eq!(
            e(json!({"type": "sms", "from": "AWS", "text": text})),
            Ok(Effect::Sms {
                from: "AWS".into(),
                text: Text::new("本文", "Body")
            })
        );
        assert_eq!(
            e(json!({"type": "set-stored-phone", "number": "090"})),
            Ok(Effect::SetStoredPhone {
                number: "090".into()
            })
        );
        assert_eq!(
            e(json!({"type": "advance", "minutes": 60})),
            Ok(Effect::Advance { minutes: 60 })
        );
        assert_eq!(
            e(json!({"type": "new-enrollment", "device_name": "phone"})),
            Ok(Effect::NewEnrollment {
                device_name: Some("phone".into())
            })
        );
        assert_eq!(
            e(json!({"type": "new-enrollment"})),
            Ok(Effect::NewEnrollment { device_name: None })
        );
        for (kind, want) in [
            ("wipe-authenticator", Effect::WipeAuthenticator),
            ("show-console-code", Effect::ShowConsoleCode),
            ("hang-up", Effect::HangUp),
            ("remove-device", Effect::RemoveDevice),
        ] {
            assert_eq!(e(json!({"type": kind})), Ok(want));
        }
    }

    #[test]
    fn mistakes_get_serdes_own_messages() {
        assert_eq!(t(json!({"next": "a"})).unwrap_err(), "missing field `on`");
        assert!(
            t(json!({"on": "jump", "next": "a"}))
                .unwrap_err()
                .starts_with("unknown variant `jump`, expected one of `choice`"),
        );
        assert_eq!(
            t(json!({"on": "choice", "id": "x", "next": "a"})).unwrap_err(),
            "missing field `label`"
        );
        // A field of another kind is unknown here, named with the ones this kind has.
        assert_eq!(
            t(json!({"on": "continue", "next": "a", "minutes": 3})).unwrap_err(),
            "unknown field `minutes`, expected `next`"
        );
        assert_eq!(
            e(json!({"type": "hang-up", "caller": "x"})).unwrap_err(),
            "unknown field `caller`, there are no fields"
        );
        assert_eq!(
            e(json!({"type": "advance", "minutes": "ten"})).unwrap_err(),
            "invalid type: string \"ten\", expected u32"
        );
        assert_eq!(t(json!({"on": 3})).unwrap_err(), "`on` must be a string");
        assert_eq!(
            e(json!("mail")).unwrap_err(),
            "invalid type: a string, expected an effect (an object with `type`)"
        );
        // Through serde, as a step reads its list.
        let list: Result<Vec<Effect>, _> =
            serde_json::from_value(json!([{"type": "hang-up"}, {"type": "sms"}]));
        assert_eq!(list.unwrap_err().to_string(), "missing field `from`");
    }
}
