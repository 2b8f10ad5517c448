//! The catalogue is whole: every language has every message, with the same
//! variables; plurals follow each language's rules; dates are ICU's.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Message id → its variables, for one language's files.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.code());
    let mut all = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(
                    all.insert(id.clone(), vars).is_none(),
                    "{id} twice in {}",
                    language.code()
                );
            }
        }
    }
    all
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Language::En);
    assert!(english.len() > 400, "{} messages", english.len());
    for language in Language::ALL {
        let other = messages(language);
        let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        assert!(
            extra.is_empty(),
            "{} has {extra:?} that English lacks",
            language.code()
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{id}'s variables in {}", language.code());
        }
    }
}

#[test]
fn every_message_resolves_without_errors_in_every_language() {
    for language in Language::ALL {
        for (id, vars) in messages(language) {
            let args: Vec<(&'static str, Value)> = vars
                .into_iter()
                .map(|name| (&*Box::leak(name.into_boxed_str()), Value::from(2)))
                .collect();
            let text = message(language, &id, &args);
            assert_ne!(text, id, "{id} in {}", language.code());
            assert!(
                !text.contains('{') && !text.contains('$'),
                "{id} in {}: {text}",
                language.code()
            );
        }
    }
}

#[test]
fn a_message_missing_from_the_catalogue_shows_its_id() {
    assert_eq!(text(Language::Fr, "no-such-message"), "no-such-message");
}

fn at(year: i32, month: u8, day: u8, hour: u8, minute: u8, zone: &str) -> domain::profile::LocalTime {
    domain::profile::LocalTime {
        year,
        month,
        day,
        hour,
        minute,
        zone: zone.to_owned(),
    }
}

#[cfg(feature = "dates")]
#[test]
fn dates_are_written_as_each_language_writes_them() {
    let day = at(2026, 12, 12, 9, 5, "CET");
    let expected = [
        (Language::En, "December 12, 2026"),
        (Language::Fr, "12 décembre 2026"),
        (Language::De, "12. Dezember 2026"),
        (Language::Es, "12 de diciembre de 2026"),
    ];
    for (language, written) in expected {
        assert_eq!(date(language, &day), written);
        let moment = date_time(language, &day);
        assert!(moment.starts_with(written), "{moment}");
        assert!(moment.ends_with("(CET)"), "{moment}");
    }
    assert!(date_time(Language::En, &day).contains("9:05"));
    assert!(date_time(Language::Fr, &day).contains("09:05"));
    assert_eq!(time(Language::De, &at(2026, 1, 1, 18, 30, "UTC")), "18:30");
}

#[test]
fn plurals_follow_each_languages_rules() {
    let seconds = |language, n: i64| message(language, "resend-in-seconds", &[("n", n.into())]);
    assert!(seconds(Language::En, 1).ends_with("in 1 second."));
    assert!(seconds(Language::En, 0).ends_with("in 0 seconds."));
    assert!(seconds(Language::En, 2).ends_with("in 2 seconds."));
    // French: 0 and 1 are singular.
    assert!(seconds(Language::Fr, 0).ends_with("dans 0 seconde."));
    assert!(seconds(Language::Fr, 1).ends_with("dans 1 seconde."));
    assert!(seconds(Language::Fr, 2).ends_with("dans 2 secondes."));
    for language in [Language::De, Language::Es] {
        assert_ne!(seconds(language, 1), seconds(language, 2).replace('2', "1"));
    }
    let days = |language, n: i64| message(language, "mfa-soon", &[("n", n.into()), ("date", "D".into())]);
    assert!(days(Language::En, 1).contains("tomorrow, D."));
    assert!(days(Language::En, 2).contains("in 2 days, on D."));
    assert!(days(Language::Fr, 1).contains("demain, le D."));
    assert!(days(Language::Fr, 3).contains("dans 3 jours"));
    let apps = |language, n: i64| message(language, "err-too-many-apps", &[("n", n.into())]);
    assert!(apps(Language::En, 1).contains("one authenticator app."));
    assert!(apps(Language::En, 5).contains("5 authenticator apps."));
}
