//! The Infotorg transition timeline: dated events and whether each lies in the past as seen from today.

use crate::date::CalendarDate;
use serde::{Deserialize, Serialize};

/// One milestone of the move away from Infotorg.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEvent {
    pub date: CalendarDate,
    pub title: String,
    pub text: String,
}

/// Where an event lies relative to a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Past,
    /// Today falls within the event (its day, or its month when only the month is known).
    Now,
    Upcoming,
}

impl When {
    /// The CSS modifier the timeline uses.
    pub fn class(self) -> &'static str {
        match self {
            When::Past => "past",
            When::Now => "now",
            When::Upcoming => "upcoming",
        }
    }
}

impl TimelineEvent {
    /// Whether the event is past, current or upcoming on `today` (a full date).
    pub fn when(&self, today: CalendarDate) -> When {
        let first = CalendarDate {
            day: Some(self.date.day.unwrap_or(1)),
            ..self.date
        };
        if today > self.date.last_day() {
            When::Past
        } else if today >= first {
            When::Now
        } else {
            When::Upcoming
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(date: &str) -> TimelineEvent {
        TimelineEvent {
            date: CalendarDate::parse(date, true).unwrap(),
            title: String::new(),
            text: String::new(),
        }
    }

    #[test]
    fn dates_before_today_are_past() {
        let today = CalendarDate::ymd(2026, 11, 28).unwrap();
        assert_eq!(event("2023-11-01").when(today), When::Past);
        assert_eq!(event("2020-06").when(today), When::Past);
        assert_eq!(event("2026-11-28").when(today), When::Now);
        assert_eq!(event("2026-11").when(today), When::Now);
        assert_eq!(event("2026-11-29").when(today), When::Upcoming);
    }

    #[test]
    fn the_seed_was_written_before_likning_ended() {
        let seed_day = CalendarDate::ymd(2023, 10, 15).unwrap();
        assert_eq!(event("2023-11-01").when(seed_day), When::Upcoming);
        assert_eq!(event("2022-10-01").when(seed_day), When::Past);
    }
}
