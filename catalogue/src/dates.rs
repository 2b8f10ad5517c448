//! Dates and times as each language writes them (ICU, from CLDR's data):
//! `December 12, 2026`, `12 décembre 2026`, `12. Dezember 2026`,
//! `12 de diciembre de 2026`. The moment arrives already in the reader's
//! zone (a [`LocalTime`]); the zone's name is written after the time.

use std::sync::LazyLock;

use domain::profile::LocalTime;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_locale_core::Locale;

use crate::{Language, Value};

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
}

/// One set of formatters per language, made on first use (ICU's compiled
/// data always has these four; a failure would be a build fault).
fn formatters(language: Language) -> Option<&'static Formatters> {
    static ALL: LazyLock<Vec<Option<Formatters>>> = LazyLock::new(|| {
        Language::ALL
            .iter()
            .map(|l| {
                let locale: Locale = l.code().parse().ok()?;
                Some(Formatters {
                    date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok()?,
                    date_time: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        YMDT::long().with_time_precision(TimePrecision::Minute),
                    )
                    .ok()?,
                    time: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        T::medium().with_time_precision(TimePrecision::Minute),
                    )
                    .ok()?,
                })
            })
            .collect()
    });
    ALL.get(language.index())?.as_ref()
}

fn icu_date(at: &LocalTime) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(at.year, at.month, at.day).ok()
}

fn icu_time(at: &LocalTime) -> Option<Time> {
    Time::try_new(at.hour, at.minute, 0, 0).ok()
}

/// ISO 8601, for a value ICU refuses (it never should).
fn iso(at: &LocalTime) -> String {
    format!("{:04}-{:02}-{:02}", at.year, at.month, at.day)
}

/// The day: `December 12, 2026`.
pub fn date(language: Language, at: &LocalTime) -> String {
    match (formatters(language), icu_date(at)) {
        (Some(f), Some(date)) => f.date.format(&date).to_string(),
        _ => iso(at),
    }
}

/// The time of day: `9:05 AM`, `09:05`.
pub fn time(language: Language, at: &LocalTime) -> String {
    match (formatters(language), icu_time(at)) {
        (Some(f), Some(time)) => f.time.format(&time).to_string(),
        _ => format!("{:02}:{:02}", at.hour, at.minute),
    }
}

/// The moment and its zone: `December 12, 2026 at 9:05 AM (CET)`.
pub fn date_time(language: Language, at: &LocalTime) -> String {
    let written = match (formatters(language), icu_date(at), icu_time(at)) {
        (Some(f), Some(date), Some(time)) => f.date_time.format(&DateTime { date, time }).to_string(),
        _ => format!("{} {:02}:{:02}", iso(at), at.hour, at.minute),
    };
    crate::message(
        language,
        "date-time-in-zone",
        &[
            ("date-time", Value::from(written)),
            ("zone", Value::from(at.zone.clone())),
        ],
    )
}
