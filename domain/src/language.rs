//! The languages Trestle speaks, and how a request's language is chosen:
//! a saved choice, else the browser's `Accept-Language`, else English.
//! Their words live in the Fluent catalogue (the `catalogue` crate).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
}

impl Language {
    pub const ALL: [Self; 4] = [Self::En, Self::Fr, Self::De, Self::Es];

    /// This language's place in [`Language::ALL`], for tables built once
    /// per language.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 code, as `<html lang>` and the catalogue's folders name it.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
            Self::Es => "es",
        }
    }

    /// `fr`, `FR`, `fr-CA`... by the primary language subtag.
    pub fn from_code(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// A stored preference (`fr`, `fr-CA`), English when unknown.
    pub fn from_code_or_default(tag: &str) -> Self {
        Self::from_code(tag).unwrap_or_default()
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::De => "Deutsch",
            Self::Es => "Español",
        }
    }

    /// The highest-weighted language of an `Accept-Language` header that we
    /// have (ties go to the one listed first).
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(f32, Self)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            if let Some(language) = Self::from_code(tag)
                && weight > 0.0
                && best.is_none_or(|(w, _)| weight > w)
            {
                best = Some((weight, language));
            }
        }
        best.map(|(_, language)| language)
    }

    /// A saved choice first, then the browser's preference, then English.
    pub fn negotiate(saved: Option<&str>, accept_language: Option<&str>) -> Self {
        saved
            .and_then(Self::from_code)
            .or_else(|| accept_language.and_then(Self::from_accept_language))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_we_have() {
        let pick = Language::from_accept_language;
        assert_eq!(pick("fr-CA,fr;q=0.9,en;q=0.8"), Some(Language::Fr));
        assert_eq!(pick("it-IT,it;q=0.9,en;q=0.5,fr;q=0.7"), Some(Language::Fr));
        assert_eq!(pick("de-DE,de;q=0.9,en;q=0.5"), Some(Language::De));
        assert_eq!(pick("es-MX,es;q=0.9"), Some(Language::Es));
        assert_eq!(pick("en-US,en;q=0.9"), Some(Language::En));
        assert_eq!(pick("fr;q=0, en"), Some(Language::En));
        assert_eq!(pick("fr;q=nonsense, en;q=0.1"), Some(Language::En));
        assert_eq!(pick("it, *;q=0.1"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn a_saved_choice_beats_the_browser() {
        assert_eq!(Language::negotiate(Some("en"), Some("fr")), Language::En);
        assert_eq!(Language::negotiate(Some("xx"), Some("de-DE")), Language::De);
        assert_eq!(Language::negotiate(None, None), Language::En);
        for (at, language) in Language::ALL.into_iter().enumerate() {
            assert_eq!(Language::from_code(language.code()), Some(language));
            assert_eq!(language.index(), at);
        }
    }
}
