//! Enums that journeys (and the resume record) write as one kebab-case word: `"sign-in"`,
//! `"aws-doc"`. [`keyword_enum!`] declares the enum, its words in one table, and the lookups both
//! ways, so that the JSON reader, the resume record, `data-*` attributes and the tests all use the
//! same spelling and none of them can drift from the others.

/// Declares a fieldless enum whose variants are written as keywords:
///
/// ```ignore
/// keyword_enum! {
///     /// Doc comment.
///     pub enum Speaker { Agent = "agent", You = "you" }
/// }
/// ```
///
/// gives `Speaker::ALL`, `Speaker::KEYWORDS`, `speaker.keyword()`, `Speaker::from_keyword("you")`
/// and a serde `Deserialize` that names the accepted words when it meets another one.
macro_rules! keyword_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Every variant's keyword, in the order of [`Self::ALL`].
            pub const KEYWORDS: &'static [&'static str] = &[$($word),*];

            /// The word journeys and the resume record write for this variant.
            pub fn keyword(self) -> &'static str {
                match self {
                    $($name::$variant => $word),*
                }
            }

            /// The variant written as `word`, if any.
            pub fn from_keyword(word: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.keyword() == word)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let word = $crate::engine::journey::keyword::read_word(d)?;
                Self::from_keyword(&word).ok_or_else(|| {
                    <D::Error as serde::de::Error>::unknown_variant(&word, Self::KEYWORDS)
                })
            }
        }

        // The journey schema (`journey.schema.json`, tests only): the same words, each with its
        // doc comment, so editors offer and explain them. A look-alike enum inside the function
        // carries the docs and the words; the real one keeps its own `Deserialize`.
        #[cfg(test)]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                #[derive(schemars::JsonSchema)]
                #[allow(dead_code)]
                $(#[$meta])*
                enum $name {
                    $( $(#[$vmeta])* #[serde(rename = $word)] $variant ),*
                }
                <$name as schemars::JsonSchema>::json_schema(generator)
            }
        }
    };
}

pub(crate) use keyword_enum;

/// Reads the string every keyword enum is written as (one copy of this code for all of them).
pub fn read_word<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    <String as serde::Deserialize>::deserialize(d)
}
