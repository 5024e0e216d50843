//! Delivery rules, pure: when to try a message again after a failure, when a weekly
//! digest is due, and when an indicator's new value crosses a follower's threshold.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Utc};

use super::kinds::Direction;

/// Waits after the n-th failure: 30 s, 1 min, 2 min … doubling, at most 1 hour. A mail
/// server that is down for a day gets a try every hour, and nothing is ever dropped.
pub fn retry_delay(failures: i32, base: Duration) -> Duration {
    let doublings = failures.clamp(1, 20) - 1;
    let delay = base * 2i32.saturating_pow(doublings as u32).min(1 << 16);
    delay.min(Duration::hours(1)).max(base)
}

pub fn next_attempt(now: DateTime<Utc>, failures: i32, base: Duration) -> DateTime<Utc> {
    now + retry_delay(failures, base)
}

/// The latest Monday 08:00 (local time) at or before `now`: weekly digests go out then,
/// carrying the messages from before it that have not gone out yet.
pub fn digest_boundary(now: NaiveDateTime) -> NaiveDateTime {
    let eight = NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN);
    let monday = now.date() - Duration::days(i64::from(now.weekday().num_days_from_monday()));
    let this_week = monday.and_time(eight);
    if now >= this_week { this_week } else { this_week - Duration::days(7) }
}

/// Whether a new value crosses a follower's threshold: it is on the threshold's side
/// ("below 20 000 t") and the value before it was not (or there was none).
pub fn crossed(direction: Direction, threshold: i64, previous: Option<i64>, latest: i64) -> bool {
    match direction {
        Direction::Below => latest < threshold && previous.is_none_or(|p| p >= threshold),
        Direction::Above => latest > threshold && previous.is_none_or(|p| p <= threshold),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_go_out_on_monday_mornings() {
        let at = |text: &str| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
        // 2026-11-30 is a Monday.
        assert_eq!(digest_boundary(at("2026-11-30 08:00")), at("2026-11-30 08:00"));
        assert_eq!(digest_boundary(at("2026-11-30 07:59")), at("2026-11-23 08:00"));
        assert_eq!(digest_boundary(at("2026-12-03 15:00")), at("2026-11-30 08:00"));
        assert_eq!(digest_boundary(at("2026-12-06 23:59")), at("2026-11-30 08:00"));
    }

    #[test]
    fn a_threshold_is_told_once_when_crossed() {
        let below = |previous, latest| crossed(Direction::Below, 2_000_000, previous, latest);
        assert!(below(Some(2_349_113), 1_990_000), "dropped below 20 000 t");
        assert!(!below(Some(1_990_000), 1_950_000), "already below: told before");
        assert!(!below(Some(2_349_113), 2_000_000), "at the threshold is not below it");
        assert!(below(None, 1_000), "a first value below it");
        assert!(crossed(Direction::Above, 100, Some(100), 101));
        assert!(!crossed(Direction::Above, 100, Some(150), 160));
    }

    #[test]
    fn retries_back_off_and_never_stop() {
        let base = Duration::seconds(30);
        let delays: Vec<i64> = (1..=9).map(|n| retry_delay(n, base).num_seconds()).collect();
        assert_eq!(delays, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(retry_delay(1000, base), Duration::hours(1), "no overflow, still trying");
        assert_eq!(retry_delay(0, base), base);
    }
}
