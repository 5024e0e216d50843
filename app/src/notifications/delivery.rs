//! The outbox's delivery rules, pure: when to try a message again after a failure.

use chrono::{DateTime, Duration, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_never_stop() {
        let base = Duration::seconds(30);
        let delays: Vec<i64> = (1..=9).map(|n| retry_delay(n, base).num_seconds()).collect();
        assert_eq!(delays, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(retry_delay(1000, base), Duration::hours(1), "no overflow, still trying");
        assert_eq!(retry_delay(0, base), base);
    }
}
