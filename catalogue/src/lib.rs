//! Every word Trestle shows, emails or texts, from one Fluent catalogue:
//! `locales/<language>/*.ftl`, compiled into the binary and parsed once.
//!
//! Screens read their words through structs declared with [`words!`]: each
//! field is a message of the catalogue, resolved once per language, so a
//! misspelt field does not compile and a missing message fails the
//! completeness test. Messages with variables stay [`Message`]s, formatted
//! with their arguments (Fluent's plural rules choose the form).
//! Dates and times are written by ICU (the `dates` feature) in the reader's
//! language, in the zone the caller gives.
#![forbid(unsafe_code)]

#[cfg(feature = "dates")]
mod dates;
#[cfg(not(feature = "dates"))]
mod dates {
    //! Without ICU (the browser build, which renders no dates): ISO 8601.
    use crate::Language;
    use domain::profile::LocalTime;

    pub fn date(_: Language, at: &LocalTime) -> String {
        format!("{:04}-{:02}-{:02}", at.year, at.month, at.day)
    }

    pub fn time(_: Language, at: &LocalTime) -> String {
        format!("{:02}:{:02}", at.hour, at.minute)
    }

    pub fn date_time(language: Language, at: &LocalTime) -> String {
        format!("{} {} ({})", date(language, at), time(language, at), at.zone)
    }
}

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

pub use dates::{date, date_time, time};
pub use domain::language::Language;
pub use fluent_templates::fluent_bundle::FluentValue as Value;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around variables: the pages, the
        // emails and the texts are plain text in one direction.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn language_id(language: Language) -> &'static LanguageIdentifier {
    static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
        Language::ALL
            .iter()
            .map(|l| l.code().parse().unwrap_or_default())
            .collect()
    });
    &IDS[language.index()]
}

/// The message `id` in `language`, with its variables. A message the
/// catalogue lacks shows as its id (the completeness test forbids that).
pub fn message(language: Language, id: &str, args: &[(&'static str, Value<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        args.iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect::<HashMap<_, _>>()
    });
    LOCALES
        .try_lookup_complete(language_id(language), id, args.as_ref())
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `language`, without variables.
pub fn text(language: Language, id: &str) -> String {
    message(language, id, &[])
}

/// A message resolved once for the life of the process (the fields of the
/// [`words!`] structs, which are built once per language).
pub fn leak(language: Language, id: &str) -> &'static str {
    Box::leak(text(language, id).into_boxed_str())
}

/// A field's message id: its prefix, then its name in kebab case
/// (`err_code_empty` → `err-code-empty`; a trailing `_` is dropped).
pub fn id(prefix: &str, field: &str) -> &'static str {
    let name = field.trim_end_matches('_').replace('_', "-");
    Box::leak(format!("{prefix}{name}").into_boxed_str())
}

/// A message with variables, in one language, formatted when used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    pub language: Language,
    pub id: &'static str,
}

impl Message {
    pub fn new(language: Language, id: &'static str) -> Self {
        Self { language, id }
    }

    /// The message with these variables: `("days", 3.into())`.
    pub fn with(&self, args: &[(&'static str, Value<'_>)]) -> String {
        message(self.language, self.id, args)
    }

    /// The message of one number, `$n` (plural forms chosen by it).
    pub fn n(&self, n: impl Into<Value<'static>>) -> String {
        self.with(&[("n", n.into())])
    }
}

/// Declares a struct of catalogue messages, loaded for one language:
///
/// ```ignore
/// catalogue::words! {
///     pub struct ProfileTexts in "profile-" {
///         words { settings, tab_security }
///         messages { added }
///         lists { strength_levels: 5 }
///         parts { }
///     }
/// }
/// ```
/// `words` are resolved once to `&'static str`; `messages` keep their
/// variables ([`Message`]); `lists` are `<id>-0`, `<id>-1`…; `parts` are
/// nested structs with their own `load`.
#[macro_export]
macro_rules! words {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident in $prefix:literal {
            words { $($(#[$wm:meta])* $word:ident),* $(,)? }
            messages { $($(#[$mm:meta])* $msg:ident),* $(,)? }
            lists { $($(#[$lm:meta])* $list:ident: $n:literal),* $(,)? }
            parts { $($(#[$pm:meta])* $part:ident: $pty:ty),* $(,)? }
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            pub language: $crate::Language,
            $($(#[$wm])* pub $word: &'static str,)*
            $($(#[$mm])* pub $msg: $crate::Message,)*
            $($(#[$lm])* pub $list: [&'static str; $n],)*
            $($(#[$pm])* pub $part: $pty,)*
        }

        impl $name {
            /// Every message of this struct in `language`, from the catalogue.
            pub fn load(language: $crate::Language) -> Self {
                Self {
                    language,
                    $($word: $crate::leak(language, $crate::id($prefix, stringify!($word))),)*
                    $($msg: $crate::Message::new(language, $crate::id($prefix, stringify!($msg))),)*
                    $($list: ::std::array::from_fn(|at| {
                        let id = $crate::id($prefix, stringify!($list));
                        $crate::leak(language, &format!("{id}-{at}"))
                    }),)*
                    $($part: <$pty>::load(language),)*
                }
            }

            /// The message ids this struct reads (for the completeness test).
            #[allow(dead_code)]
            pub fn ids() -> Vec<String> {
                let mut ids: Vec<String> = vec![
                    $($crate::id($prefix, stringify!($word)).to_owned(),)*
                    $($crate::id($prefix, stringify!($msg)).to_owned(),)*
                ];
                $(ids.extend((0..$n).map(|at| format!("{}-{at}", $crate::id($prefix, stringify!($list)))));)*
                $(ids.extend(<$pty>::ids());)*
                ids
            }
        }
    };
}

#[cfg(test)]
mod tests;
