//! Server only: the one "now" every rule reads (notice, advance, expiry, deadlines, digests,
//! edit windows), so tests can run the server on another date with `RAEKODA_NOW`.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, NaiveDate, Utc};

static OFFSET: OnceLock<Duration> = OnceLock::new();

/// Moves the clock so that it reads `start` now and runs on at the normal pace from there.
/// Called once at start-up, before anything reads the time (`server/src/config.rs`,
/// `RAEKODA_NOW`, test-only); a second call is ignored and says so.
pub fn start_at(start: DateTime<Utc>) -> bool {
    OFFSET.set(start - Utc::now()).is_ok()
}

/// The current instant as the server sees it: the machine's clock unless moved.
pub fn now() -> DateTime<Utc> {
    Utc::now() + *OFFSET.get_or_init(Duration::zero)
}

/// Today's date in Tartu (Europe/Tallinn), which every date rule reasons in.
pub fn today() -> NaiveDate {
    now().with_timezone(&chrono_tz::Europe::Tallinn).date_naive()
}
