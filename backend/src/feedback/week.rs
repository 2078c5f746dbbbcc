//! The ISO week: the finest time anything in the feedback store carries (`2026-W40`), and the clock
//! it is read from, which tests replace.

use std::fmt;
use std::sync::Arc;
use time::{Date, Duration, OffsetDateTime, Weekday};

/// An ISO 8601 week. As text (`2026-W05`) weeks sort in time order, which the stores rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoWeek {
    year: i32,
    week: u8,
}

impl IsoWeek {
    /// The week `date` falls in.
    pub fn of(date: Date) -> IsoWeek {
        let (year, week, _) = date.to_iso_week_date();
        IsoWeek { year, week }
    }

    /// `2026-W40` (also `2026-w40`), or `None` for anything else or a week the year does not have.
    pub fn parse(text: &str) -> Option<IsoWeek> {
        let (year, week) = text.trim().split_once(['W', 'w'])?;
        let year = year.strip_suffix('-')?;
        if year.len() != 4
            || week.len() != 2
            || !(year.bytes().chain(week.bytes())).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let week: u8 = week.parse().ok()?;
        Date::from_iso_week_date(year, week, Weekday::Monday).ok()?;
        Some(IsoWeek { year, week })
    }

    /// A week as a store wrote it (the earliest week there is, should it ever not parse).
    pub fn stored(text: &str) -> IsoWeek {
        IsoWeek::parse(text).unwrap_or(IsoWeek::of(Date::MIN))
    }

    /// Its Monday.
    fn monday(self) -> Date {
        // Every IsoWeek is made from a real date or checked by `parse`.
        Date::from_iso_week_date(self.year, self.week, Weekday::Monday).unwrap_or(Date::MIN)
    }

    /// The week `weeks` weeks before this one.
    pub fn minus(self, weeks: u16) -> IsoWeek {
        let monday = self.monday();
        IsoWeek::of(
            monday
                .checked_sub(Duration::weeks(i64::from(weeks)))
                .unwrap_or(monday),
        )
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

/// Today's date, from the system clock (UTC) or, in tests, from anywhere.
pub type Clock = Arc<dyn Fn() -> Date + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(|| OffsetDateTime::now_utc().date())
}

/// A clock that always says `date` (tests).
pub fn fixed_clock(date: Date) -> Clock {
    Arc::new(move || date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    fn date(y: i32, m: Month, d: u8) -> Date {
        Date::from_calendar_date(y, m, d).unwrap()
    }

    #[test]
    fn weeks_read_write_and_sort() {
        let w = IsoWeek::parse("2026-W40").unwrap();
        assert_eq!(w.to_string(), "2026-W40");
        assert_eq!(IsoWeek::parse("2026-w05").unwrap().to_string(), "2026-W05");
        for bad in [
            "2026W40", "2026-W4", "2026-W54", "26-W40", "2026-W00", "", "2026-Wxx",
        ] {
            assert_eq!(IsoWeek::parse(bad), None, "{bad}");
        }
        assert!(IsoWeek::parse("2026-W53").is_some());
        assert!(IsoWeek::parse("2025-W53").is_none());
        assert!(IsoWeek::parse("2025-W52") < IsoWeek::parse("2026-W01"));
    }

    #[test]
    fn the_week_of_a_date_follows_iso() {
        assert_eq!(
            IsoWeek::of(date(2027, Month::January, 1)).to_string(),
            "2026-W53"
        );
        assert_eq!(
            IsoWeek::of(date(2026, Month::December, 3)).to_string(),
            "2026-W49"
        );
        let w = IsoWeek::of(date(2026, Month::December, 3));
        assert_eq!(w.minus(13).to_string(), "2026-W36");
        assert_eq!(w.minus(104).to_string(), "2024-W49");
        assert_eq!(w.minus(0), w);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use time::Month;

    proptest! {
        #[test]
        fn any_text_is_a_week_or_not_without_a_panic(text in "\\PC{0,20}") {
            if let Some(w) = IsoWeek::parse(&text) {
                prop_assert_eq!(IsoWeek::parse(&w.to_string()), Some(w));
            }
        }

        /// Every day's week reads back, and counting weeks back agrees with the calendar.
        #[test]
        fn weeks_round_trip_and_count_back(days in 0i64..40_000, back in 0u16..200) {
            let start = Date::from_calendar_date(1990, Month::January, 1).unwrap();
            let date = start + Duration::days(days);
            let w = IsoWeek::of(date);
            prop_assert_eq!(IsoWeek::parse(&w.to_string()), Some(w));
            prop_assert_eq!(w.minus(back), IsoWeek::of(date - Duration::weeks(i64::from(back))));
            // As text, weeks sort as they follow each other (what the stores' `<` relies on).
            prop_assert_eq!(w.minus(back).to_string() <= w.to_string(), true);
        }
    }
}
