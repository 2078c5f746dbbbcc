//! Calendar dates as content editors write them (`2023-11-01`, or `2020-06` when only the month is
//! known) and as Norwegian readers expect to see them ("1. november 2023").

use serde::{Deserialize, Serialize};
use std::fmt;

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
}
