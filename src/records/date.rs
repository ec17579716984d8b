//! Calendar dates in UTC for everything the records show or send: the
//! report's `--since 2026-03-01` read and checked, and the records' seconds
//! since 1970 written as dates, times and ISO 8601 timestamps.
//! Days are converted with the proleptic Gregorian calendar (Howard
//! Hinnant's `days_from_civil`), so no time-zone database is needed.

/// A day of the calendar (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

const DAY: i64 = 86_400;

impl Date {
    /// Reads `YYYY-MM-DD`; says what was expected otherwise.
    pub fn parse(text: &str) -> Result<Date, String> {
        let wrong = || {
            format!(
                "`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01 (days start at 00:00 UTC)"
            )
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(wrong());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(wrong());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| wrong());
        let (year, month, day) = (number(y)?, number(m)?, number(d)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year.into(), month) {
            return Err(format!(
                "`{text}` is not a day of the calendar; check the month and the day"
            ));
        }
        Ok(Date {
            year: year.into(),
            month,
            day,
        })
    }

    /// The day a moment (seconds since 1970) falls on.
    pub fn of(seconds: i64) -> Date {
        civil_from_days(seconds.div_euclid(DAY))
    }

    /// Seconds since 1970 at the start of the day (00:00 UTC).
    pub fn start(self) -> i64 {
        days_from_civil(self) * DAY
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A moment as `2026-03-01 14:05` (UTC), for people.
pub fn date_time(seconds: i64) -> String {
    let of_day = seconds.rem_euclid(DAY);
    format!(
        "{} {:02}:{:02}",
        Date::of(seconds),
        of_day / 3600,
        of_day % 3600 / 60
    )
}

/// A moment as `2026-03-01 14:05:09` (UTC), which spreadsheets read as a
/// date and time.
pub fn date_time_seconds(seconds: i64) -> String {
    format!("{}:{:02}", date_time(seconds), seconds.rem_euclid(60))
}

/// A moment as an ISO 8601 UTC timestamp, e.g. `2026-11-25T14:49:05Z`.
pub fn iso_timestamp(seconds: i64) -> String {
    let of_day = seconds.rem_euclid(DAY);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date::of(seconds),
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_from_civil(d: Date) -> i64 {
    let y = if d.month <= 2 { d.year - 1 } else { d.year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_seconds() {
        let d = Date::parse("2024-02-29").unwrap();
        assert_eq!(d.start(), 1_709_164_800);
        assert_eq!(Date::of(d.start() + DAY - 1), d);
        assert_eq!(Date::of(0).to_string(), "1970-01-01");
        assert_eq!(
            date_time_seconds(1_709_164_800 + 3_725),
            "2024-02-29 01:02:05"
        );
        for days in [-800_000, -1, 0, 59, 10_000, 20_000, 2_000_000] {
            assert_eq!(days_from_civil(civil_from_days(days)), days);
        }
    }

    #[test]
    fn a_wrong_date_says_how_to_write_one() {
        for bad in ["2026-3-1", "01/03/2026", "2026-03", "yesterday", ""] {
            let err = Date::parse(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
        for impossible in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10"] {
            let err = Date::parse(impossible).unwrap_err();
            assert!(
                err.contains("not a day of the calendar"),
                "{impossible}: {err}"
            );
        }
    }
}
