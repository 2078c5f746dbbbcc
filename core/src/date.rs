//! Calendar dates as content editors write them (`2023-11-01`, or `2020-06` when only the month is
//! known) and as Norwegian readers expect to see them ("1. november 2023").

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A date with day precision, or month precision when `day` is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

/// Why a date written by an editor was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (or `YYYY-MM` where that is allowed).
    Format(String),
    /// Well formed, but no such day exists.
    NoSuchDay(String),
    /// Month precision given where a full date is required.
    DayRequired(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "`{s}` is not a date of the form YYYY-MM-DD"),
            DateError::NoSuchDay(s) => write!(f, "`{s}` is not a day in the calendar"),
            DateError::DayRequired(s) => {
                write!(f, "`{s}` needs a day as well: write it as YYYY-MM-DD")
            }
        }
    }
}

impl std::error::Error for DateError {}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap =
                (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
            if leap {
                29
            } else {
                28
            }
        }
    }
}

/// Days from 1970-01-01 to this civil date (Howard Hinnant's algorithm), for full dates.
fn unix_days(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The unix day of the last Sunday of `month` in `year` (1970-01-01 was a Thursday).
fn last_sunday(year: i64, month: u8) -> i64 {
    let last = unix_days(
        year,
        i64::from(month),
        i64::from(days_in_month(year as u16, month)),
    );
    let weekday = (last + 4).rem_euclid(7); // 0 = Sunday
    last - weekday
}

/// Norway's offset from UTC at `unix` seconds, in seconds: CEST (UTC+2) from the last Sunday of
/// March 01:00 UTC to the last Sunday of October 01:00 UTC, CET (UTC+1) otherwise.
pub fn oslo_offset(unix: i64) -> i64 {
    let year = i64::from(CalendarDate::from_unix_days(unix.div_euclid(86_400)).year);
    let start = last_sunday(year, 3) * 86_400 + 3600;
    let end = last_sunday(year, 10) * 86_400 + 3600;
    if (start..end).contains(&unix) {
        7200
    } else {
        3600
    }
}

/// The latest time shown as a date: the end of year 9999.
pub const LATEST_UNIX: i64 = 253_402_300_799;

/// `unix` seconds as the time in Norway, as a reader of `lang` writes it: «2. desember 2026 kl.
/// 12:47:03» in bokmål and nynorsk, "2 December 2026 at 12:47:03" in English. `None` for a time
/// before 1970 or after year 9999.
pub fn oslo_date_time(unix: i64, lang: Lang) -> Option<String> {
    let (date, time) = oslo_date_and_time(unix)?;
    let at = match lang {
        Lang::En => "at",
        Lang::Nb | Lang::Nn => "kl.",
    };
    Some(format!("{} {at} {time}", date.written(lang)))
}

/// `unix` seconds as the day and the time of day in Norway, the time as `12:47:03`, for a text to
/// write in its own language (see [`CalendarDate::written`]). `None` for a time before 1970 or
/// after year 9999.
pub fn oslo_date_and_time(unix: i64) -> Option<(CalendarDate, String)> {
    if !(0..=LATEST_UNIX).contains(&unix) {
        return None;
    }
    let local = unix + oslo_offset(unix);
    let date = CalendarDate::from_unix_days(local.div_euclid(86_400));
    let second = local.rem_euclid(86_400);
    let time = format!(
        "{:02}:{:02}:{:02}",
        second / 3600,
        second % 3600 / 60,
        second % 60
    );
    Some((date, time))
}

impl CalendarDate {
    /// A full date; `None` if it does not exist.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            CalendarDate {
                year,
                month,
                day: Some(day),
            },
        )
    }

    /// The civil (UTC) date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        CalendarDate {
            year,
            month,
            day: Some(day),
        }
    }

    /// Parses `YYYY-MM-DD`, or also `YYYY-MM` when `allow_month` is true.
    pub fn parse(s: &str, allow_month: bool) -> Result<Self, DateError> {
        let format = || DateError::Format(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u16, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| format())
            } else {
                Err(format())
            }
        };
        match parts.as_slice() {
            [y, m, d] => {
                let (year, month, day) = (number(y, 4)?, number(m, 2)?, number(d, 2)?);
                CalendarDate::ymd(year, month as u8, day as u8)
                    .ok_or_else(|| DateError::NoSuchDay(s.to_string()))
            }
            [y, m] => {
                let (year, month) = (number(y, 4)?, number(m, 2)?);
                if !(1..=12).contains(&month) {
                    return Err(DateError::NoSuchDay(s.to_string()));
                }
                if !allow_month {
                    return Err(DateError::DayRequired(s.to_string()));
                }
                Ok(CalendarDate {
                    year,
                    month: month as u8,
                    day: None,
                })
            }
            _ => Err(format()),
        }
    }

    /// The last day this date covers: the day itself, or the month's last day.
    pub fn last_day(&self) -> CalendarDate {
        CalendarDate {
            day: Some(
                self.day
                    .unwrap_or_else(|| days_in_month(self.year, self.month)),
            ),
            ..*self
        }
    }

    /// "1. november 2023", or "juni 2020" for month precision.
    pub fn to_norwegian(&self) -> String {
        let month = MONTHS_NB[usize::from(self.month - 1)];
        match self.day {
            Some(day) => format!("{day}. {month} {}", self.year),
            None => format!("{month} {}", self.year),
        }
    }

    /// As a reader of `lang` writes it: «1. november 2023» in bokmål and nynorsk (their month names
    /// are the same), "1 November 2023" in English.
    pub fn written(&self, lang: crate::lang::Lang) -> String {
        if lang != crate::lang::Lang::En {
            return self.to_norwegian();
        }
        let month = MONTHS_EN[usize::from(self.month - 1)];
        match self.day {
            Some(day) => format!("{day} {month} {}", self.year),
            None => format!("{month} {}", self.year),
        }
    }

    /// Machine-readable form for `<time datetime>`: `2023-11-01` or `2020-06`.
    pub fn iso(&self) -> String {
        match self.day {
            Some(day) => format!("{:04}-{:02}-{:02}", self.year, self.month, day),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_month_dates() {
        assert_eq!(
            CalendarDate::parse("2023-11-01", false),
            Ok(CalendarDate::ymd(2023, 11, 1).unwrap())
        );
        let june = CalendarDate::parse("2020-06", true).unwrap();
        assert_eq!(june.day, None);
        assert_eq!(june.to_norwegian(), "juni 2020");
        assert_eq!(june.iso(), "2020-06");
        assert_eq!(june.last_day(), CalendarDate::ymd(2020, 6, 30).unwrap());
    }

    #[test]
    fn rejects_what_an_editor_might_mistype() {
        assert_eq!(
            CalendarDate::parse("2023-02-29", false),
            Err(DateError::NoSuchDay("2023-02-29".into()))
        );
        assert!(CalendarDate::parse("2024-02-29", false).is_ok());
        assert_eq!(
            CalendarDate::parse("01.11.2023", false),
            Err(DateError::Format("01.11.2023".into()))
        );
        assert_eq!(
            CalendarDate::parse("2020-06", false),
            Err(DateError::DayRequired("2020-06".into()))
        );
        assert_eq!(
            CalendarDate::parse("2020-13", true),
            Err(DateError::NoSuchDay("2020-13".into()))
        );
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        assert_eq!(
            CalendarDate::from_unix_days(0),
            CalendarDate::ymd(1970, 1, 1).unwrap()
        );
        assert_eq!(
            CalendarDate::from_unix_days(19_662),
            CalendarDate::ymd(2023, 11, 1).unwrap()
        );
        assert_eq!(
            CalendarDate::from_unix_days(20_420),
            CalendarDate::ymd(2025, 11, 28).unwrap()
        );
        assert_eq!(
            CalendarDate::from_unix_days(11_016),
            CalendarDate::ymd(2000, 2, 29).unwrap()
        );
    }

    #[test]
    fn writes_norwegian_dates() {
        assert_eq!(
            CalendarDate::ymd(2023, 11, 1).unwrap().to_norwegian(),
            "1. november 2023"
        );
        assert_eq!(CalendarDate::ymd(2022, 10, 1).unwrap().iso(), "2022-10-01");
    }

    #[test]
    fn times_read_in_norwegian_local_time_summer_and_winter() {
        // 2026-12-02T11:47:03Z is 12:47:03 in Oslo (CET).
        assert_eq!(
            oslo_date_time(1_796_212_023, Lang::Nb).as_deref(),
            Some("2. desember 2026 kl. 12:47:03")
        );
        // 2026-07-01T10:00:00Z is 12:00 in Oslo (CEST).
        assert_eq!(
            oslo_date_time(1_782_900_000, Lang::Nb).as_deref(),
            Some("1. juli 2026 kl. 12:00:00")
        );
        // Summer time in 2026 begins 29 March at 01:00 UTC and ends 25 October at 01:00 UTC.
        assert_eq!(oslo_offset(1_774_745_999), 3600);
        assert_eq!(oslo_offset(1_774_746_000), 7200);
        assert_eq!(oslo_offset(1_792_890_000 - 1), 7200);
        assert_eq!(oslo_offset(1_792_890_000), 3600);
        assert_eq!(
            oslo_date_time(0, Lang::Nb).as_deref(),
            Some("1. januar 1970 kl. 01:00:00")
        );
        assert_eq!(oslo_date_time(-1, Lang::Nb), None);
        assert_eq!(oslo_date_time(LATEST_UNIX + 1, Lang::Nb), None);
        assert!(oslo_date_time(LATEST_UNIX, Lang::Nb).is_some());
    }

    #[test]
    fn a_time_reads_in_each_language() {
        assert_eq!(
            oslo_date_time(1_796_212_023, Lang::Nn).as_deref(),
            Some("2. desember 2026 kl. 12:47:03")
        );
        assert_eq!(
            oslo_date_time(1_782_900_000, Lang::En).as_deref(),
            Some("1 July 2026 at 12:00:00")
        );
        assert_eq!(oslo_date_time(-1, Lang::En), None);
    }
}
