//! Pure account rules: what a valid sign-up is, and when login attempts are throttled.

use crate::core::i18n::Msg;
use crate::error::FieldError;

pub const PASSWORD_MIN_CHARS: usize = 10;
/// Long enough for any passphrase, short enough that hashing cannot be abused.
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const NAME_MAX_CHARS: usize = 100;
const EMAIL_MAX_CHARS: usize = 254;

/// Failed logins for one e-mail address from one client address within the window before
/// the address is locked for that client. Per client, so that a stranger's guesses do not
/// lock the person out of their own account.
pub const MAX_FAILED_LOGINS: usize = 5;
/// Failed logins for one e-mail address from anywhere before it is locked for everyone:
/// guessing from many client addresses at once stops here.
pub const MAX_FAILED_LOGINS_ANYWHERE: usize = 50;
pub const LOGIN_WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccount {
    pub name: String,
    pub email: String,
    pub password: String,
}

/// E-mail addresses are compared trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A deliberately loose check: one `@`, something before it, a dot in a domain after it,
/// no spaces. The real test of an address is whether mail arrives.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
        && email.chars().count() <= EMAIL_MAX_CHARS
}

fn check_password(password: &str, errors: &mut Vec<FieldError>) {
    let length = password.chars().count();
    if password.is_empty() {
        errors.push(FieldError::new("password", Msg::ValPasswordRequired));
    } else if length < PASSWORD_MIN_CHARS {
        errors.push(FieldError::new("password", Msg::ValPasswordTooShort).with_param("min", PASSWORD_MIN_CHARS));
    } else if length > PASSWORD_MAX_CHARS {
        errors.push(FieldError::new("password", Msg::ValPasswordTooLong).with_param("max", PASSWORD_MAX_CHARS));
    }
}

fn check_email(email: &str, errors: &mut Vec<FieldError>) {
    if email.is_empty() {
        errors.push(FieldError::new("email", Msg::ValEmailRequired));
    } else if !looks_like_email(email) {
        errors.push(FieldError::new("email", Msg::ValEmailInvalid));
    }
}

/// Every problem at once, in the order the fields appear on the form.
pub fn validate_sign_up(name: &str, email: &str, password: &str, accepted_terms: bool) -> Result<NewAccount, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", Msg::ValNameRequired));
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push(FieldError::new("name", Msg::ValNameTooLong).with_param("max", NAME_MAX_CHARS));
    }
    let email = normalise_email(email);
    check_email(&email, &mut errors);
    check_password(password, &mut errors);
    if !accepted_terms {
        errors.push(FieldError::new("accept_terms", Msg::ValTermsRequired));
    }
    if errors.is_empty() {
        Ok(NewAccount { name: name.to_owned(), email, password: password.to_owned() })
    } else {
        Err(errors)
    }
}

/// A login form must name an address and a password before we look anything up.
pub fn validate_log_in(email: &str, password: &str) -> Result<String, Vec<FieldError>> {
    let mut errors = Vec::new();
    let email = normalise_email(email);
    if email.is_empty() {
        errors.push(FieldError::new("email", Msg::ValEmailRequired));
    }
    if password.is_empty() {
        errors.push(FieldError::new("password", Msg::ValPasswordRequired));
    }
    if errors.is_empty() { Ok(email) } else { Err(errors) }
}

/// If the address is locked, the whole minutes until the next attempt is allowed.
///
/// `failures` are the times (Unix seconds) of failed attempts since the last success.
pub fn login_lockout_minutes(failures: &[i64], now: i64) -> Option<i64> {
    lockout_minutes_after(failures, now, MAX_FAILED_LOGINS)
}

/// The same, locking after `max` failures.
pub fn lockout_minutes_after(failures: &[i64], now: i64, max: usize) -> Option<i64> {
    let mut recent: Vec<i64> = failures.iter().copied().filter(|&at| now - at < LOGIN_WINDOW_SECONDS).collect();
    if max == 0 || recent.len() < max {
        return None;
    }
    recent.sort_unstable();
    // Unlocks when enough of the recent failures have aged out of the window.
    let unlocks_at = recent[recent.len() - max] + LOGIN_WINDOW_SECONDS;
    Some(((unlocks_at - now) as f64 / 60.0).ceil().max(1.0) as i64)
}

/// What a link sent by e-mail is for. Each has its lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn key(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify-email",
            TokenPurpose::ResetPassword => "reset-password",
        }
    }

    /// Where the link leads; the token follows.
    pub fn path(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "/account/verify/",
            TokenPurpose::ResetPassword => "/reset-password/",
        }
    }

    /// A verification link waits for a person who reads mail weekly-ish; a reset link is
    /// a key to the account and lives an hour.
    pub fn lifetime_seconds(self) -> i64 {
        match self {
            TokenPurpose::VerifyEmail => 72 * 60 * 60,
            TokenPurpose::ResetPassword => 60 * 60,
        }
    }
}

/// Links of one purpose one person may be sent in `LINK_WINDOW_SECONDS`, and the least
/// time between two: enough for a lost e-mail, too few to flood an inbox.
pub const MAX_LINKS_PER_WINDOW: usize = 3;
pub const LINK_WINDOW_SECONDS: i64 = 60 * 60;
pub const LINK_MIN_GAP_SECONDS: i64 = 60;

/// Whether another link may be sent now, given when the earlier ones were (Unix seconds);
/// if not, the whole minutes to wait.
pub fn wait_before_next_link(sent: &[i64], now: i64) -> Option<i64> {
    let recent: Vec<i64> = sent.iter().copied().filter(|&at| now - at < LINK_WINDOW_SECONDS).collect();
    let minutes = |seconds: i64| ((seconds as f64) / 60.0).ceil().max(1.0) as i64;
    if recent.len() >= MAX_LINKS_PER_WINDOW {
        let oldest = recent.iter().copied().min().unwrap_or(now);
        return Some(minutes(oldest + LINK_WINDOW_SECONDS - now));
    }
    let latest = recent.iter().copied().max()?;
    (now - latest < LINK_MIN_GAP_SECONDS).then(|| minutes(latest + LINK_MIN_GAP_SECONDS - now))
}

/// A new password (reset or change) follows the sign-up rules.
pub fn validate_new_password(password: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    check_password(password, &mut errors);
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// A session's browser in words a person recognises ("Firefox on Android"), from its
/// `User-Agent`; None when it says nothing we know.
pub fn browser_in_words(user_agent: &str) -> Option<String> {
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
    let browser = [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
        .into_iter()
        .find(|(token, _)| user_agent.contains(token))
        .map(|(_, name)| name);
    let system = [("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux")]
        .into_iter()
        .find(|(token, _)| user_agent.contains(token))
        .map(|(_, name)| name);
    match (browser, system) {
        (Some(browser), Some(system)) => Some(format!("{browser}, {system}")),
        (Some(one), None) | (None, Some(one)) => Some(one.to_owned()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_complete_sign_up_is_accepted_and_normalised() {
        let account = validate_sign_up("  Mari Maasikas ", " Mari@Example.EE ", "pikk-parool-123", true).unwrap();
        assert_eq!(account.name, "Mari Maasikas");
        assert_eq!(account.email, "mari@example.ee");
    }

    #[test]
    fn an_empty_sign_up_names_every_field() {
        let errors = validate_sign_up("", "", "", false).unwrap_err();
        assert_eq!(fields(&errors), ["name", "email", "password", "accept_terms"]);
        assert_eq!(errors[2].message, Msg::ValPasswordRequired);
    }

    #[test]
    fn short_passwords_are_refused_with_the_minimum() {
        let errors = validate_sign_up("Mari", "mari@example.ee", "lühike", true).unwrap_err();
        assert_eq!(errors[0].message, Msg::ValPasswordTooShort);
        assert_eq!(errors[0].params, vec![("min".to_owned(), "10".to_owned())]);
    }

    #[test]
    fn password_length_counts_characters_not_bytes() {
        // Ten Estonian letters are more than ten bytes but exactly ten characters.
        assert!(validate_sign_up("Mari", "mari@example.ee", "õõõõõäääää", true).is_ok());
        let too_long = "ä".repeat(PASSWORD_MAX_CHARS + 1);
        let errors = validate_sign_up("Mari", "mari@example.ee", &too_long, true).unwrap_err();
        assert_eq!(errors[0].message, Msg::ValPasswordTooLong);
    }

    #[test]
    fn implausible_addresses_are_refused() {
        for bad in ["mari", "mari@", "@example.ee", "mari@example", "mari@@example.ee", "mari maasikas@example.ee", "mari@.ee"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        for good in ["mari@example.ee", "mari.maasikas+raekoda@tartu.ee", "õie@näide.ee"] {
            assert!(looks_like_email(good), "{good}");
        }
    }

    #[test]
    fn terms_must_be_accepted() {
        let errors = validate_sign_up("Mari", "mari@example.ee", "pikk-parool-123", false).unwrap_err();
        assert_eq!(fields(&errors), ["accept_terms"]);
    }

    #[test]
    fn long_names_are_refused() {
        let errors = validate_sign_up(&"a".repeat(NAME_MAX_CHARS + 1), "mari@example.ee", "pikk-parool-123", true).unwrap_err();
        assert_eq!(errors[0].message, Msg::ValNameTooLong);
    }

    #[test]
    fn login_needs_both_fields() {
        assert_eq!(fields(&validate_log_in(" ", "").unwrap_err()), ["email", "password"]);
        assert_eq!(validate_log_in(" Mari@Example.ee", "x").unwrap(), "mari@example.ee");
    }

    #[test]
    fn four_failures_do_not_lock() {
        let now = 10_000;
        assert_eq!(login_lockout_minutes(&[now - 10, now - 20, now - 30, now - 40], now), None);
    }

    #[test]
    fn five_recent_failures_lock_until_the_oldest_ages_out() {
        let now = 10_000;
        let failures = [now - 60, now - 50, now - 40, now - 30, now - 20];
        // The oldest failure leaves the 15-minute window in 14 minutes.
        assert_eq!(login_lockout_minutes(&failures, now), Some(14));
    }

    #[test]
    fn old_failures_do_not_count() {
        let now = 10_000;
        let failures = [now - 2000, now - 1900, now - 1800, now - 50, now - 40];
        assert_eq!(login_lockout_minutes(&failures, now), None);
    }

    #[test]
    fn lockout_is_at_least_one_minute() {
        let now = 10_000;
        let failures = [now - 899, now - 5, now - 4, now - 3, now - 2];
        assert_eq!(login_lockout_minutes(&failures, now), Some(1));
    }

    #[test]
    fn a_link_may_be_sent_again_after_a_minute_and_three_times_an_hour() {
        let now = 100_000;
        assert_eq!(wait_before_next_link(&[], now), None);
        assert_eq!(wait_before_next_link(&[now - 10], now), Some(1), "not twice within a minute");
        assert_eq!(wait_before_next_link(&[now - 61], now), None);
        assert_eq!(wait_before_next_link(&[now - 3000, now - 2000, now - 1000], now), Some(10), "the fourth waits until the first is an hour old");
        assert_eq!(wait_before_next_link(&[now - 4000, now - 2000, now - 1000], now), None, "an hour-old one no longer counts");
    }

    #[test]
    fn a_reset_link_lives_an_hour_and_a_verification_link_three_days() {
        assert_eq!(TokenPurpose::ResetPassword.lifetime_seconds(), 3600);
        assert_eq!(TokenPurpose::VerifyEmail.lifetime_seconds(), 3 * 24 * 3600);
        assert_ne!(TokenPurpose::ResetPassword.key(), TokenPurpose::VerifyEmail.key());
    }

    #[test]
    fn a_new_password_follows_the_sign_up_rules() {
        assert!(validate_new_password("pikk-parool-123").is_ok());
        assert_eq!(validate_new_password("lühike").unwrap_err()[0].message, Msg::ValPasswordTooShort);
        assert_eq!(validate_new_password("").unwrap_err()[0].field, "password");
    }

    #[test]
    fn browsers_are_named_as_people_know_them() {
        let chrome_android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(browser_in_words(chrome_android).as_deref(), Some("Chrome, Android"));
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0";
        assert_eq!(browser_in_words(edge).as_deref(), Some("Edge, Windows"));
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(browser_in_words(safari).as_deref(), Some("Safari, iPhone"));
        assert_eq!(browser_in_words("curl/8.5.0"), None);
    }
}
