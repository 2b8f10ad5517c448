//! Moments in a person's time zone: the pages and the emails write them
//! in the reader's zone, never in the server's.

use domain::profile::LocalTime;

/// `zone` (an IANA name) as jiff knows it, with its name; UTC when unknown.
pub fn time_zone(zone: &str) -> (jiff::tz::TimeZone, &str) {
    match jiff::tz::TimeZone::get(zone) {
        Ok(tz) => (tz, zone),
        Err(_) => (jiff::tz::TimeZone::UTC, "UTC"),
    }
}

/// `at` (Unix seconds) as a local time in `zone` (an IANA name; UTC when
/// unknown), with the zone's abbreviation (`CET`, `EST`).
pub fn local_time(at: i64, zone: &str) -> LocalTime {
    let (tz, _) = time_zone(zone);
    let ts = jiff::Timestamp::from_second(at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let local = ts.to_zoned(tz.clone());
    LocalTime {
        year: i32::from(local.year()),
        month: u8::try_from(local.month()).unwrap_or(1),
        day: u8::try_from(local.day()).unwrap_or(1),
        hour: u8::try_from(local.hour()).unwrap_or(0),
        minute: u8::try_from(local.minute()).unwrap_or(0),
        zone: tz.to_offset_info(ts).abbreviation().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_in_a_zone_and_an_unknown_zone_is_utc() {
        // 2026-12-11 23:00 UTC: midnight in Paris, 18:00 in New York.
        let at = 1_797_030_000;
        let paris = local_time(at, "Europe/Paris");
        assert_eq!((paris.day, paris.hour, paris.zone.as_str()), (12, 0, "CET"));
        let new_york = local_time(at, "America/New_York");
        assert_eq!(
            (new_york.day, new_york.hour, new_york.zone.as_str()),
            (11, 18, "EST")
        );
        let nowhere = local_time(at, "Mars/Olympus");
        assert_eq!(
            (nowhere.day, nowhere.hour, nowhere.zone.as_str()),
            (11, 23, "UTC")
        );
        assert_eq!(time_zone("Mars/Olympus").1, "UTC");
        assert_eq!(time_zone("Europe/Paris").1, "Europe/Paris");
    }
}
