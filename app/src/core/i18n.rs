//! Languages: Estonian (default), English and Russian, and the one way components get text.
//!
//! Every interface string is a `Msg` with all three translations side by side, kept beside
//! the feature that uses it (`rooms/messages.rs`; the shell's and shared ones in
//! `core/messages.rs`); a message missing a language does not compile. Components ask
//! `use_i18n().t(Msg::X)`.

use serde::{Deserialize, Serialize};

pub(crate) use super::messages::catalogue;
pub use super::messages::Msg;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Et,
    En,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Et, Locale::En, Locale::Ru];

    /// The BCP 47 code, as used in `<html lang>`, the cookie and the switcher's URL.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Et => "et",
            Locale::En => "en",
            Locale::Ru => "ru",
        }
    }

    /// The language's own name for itself, as a language switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Et => "Eesti",
            Locale::En => "English",
            Locale::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "et" => Some(Locale::Et),
            "en" => Some(Locale::En),
            "ru" => Some(Locale::Ru),
            _ => None,
        }
    }

    /// The person's choice (cookie) wins; else the best match in `Accept-Language`;
    /// else Estonian, the city's language.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(locale) = cookie.and_then(Locale::from_code) {
            return locale;
        }
        accept_language.and_then(best_from_accept_language).unwrap_or_default()
    }
}

fn best_from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(Locale, f32)> = None;
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let Some(locale) = parts.next().and_then(Locale::from_code) else { continue };
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        // Ties keep the earlier entry: the browser lists preferences in order.
        if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
            best = Some((locale, quality));
        }
    }
    best.map(|(locale, _)| locale)
}

/// The current request's language, handed to every component through context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.locale)
    }

    /// A message with `{name}` placeholders filled in.
    pub fn fill(self, msg: Msg, params: &[(String, String)]) -> String {
        fill_placeholders(msg.text(self.locale), params)
    }
}

pub fn fill_placeholders(template: &str, params: &[(String, String)]) -> String {
    params.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or(I18n { locale: Locale::Et })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_choice_wins_over_browser_preference() {
        assert_eq!(Locale::negotiate(Some("ru"), Some("en-GB,en;q=0.9")), Locale::Ru);
    }

    #[test]
    fn unknown_cookie_falls_back_to_accept_language() {
        assert_eq!(Locale::negotiate(Some("fi"), Some("en-US,en;q=0.9")), Locale::En);
    }

    #[test]
    fn accept_language_respects_quality() {
        assert_eq!(Locale::negotiate(None, Some("de;q=1.0, ru;q=0.5, en;q=0.8")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("fi, ru-RU;q=0.9, et;q=0.3")), Locale::Ru);
    }

    #[test]
    fn zero_quality_means_not_acceptable() {
        assert_eq!(Locale::negotiate(None, Some("en;q=0, ru;q=0.1")), Locale::Ru);
    }

    #[test]
    fn estonian_is_the_default() {
        assert_eq!(Locale::negotiate(None, None), Locale::Et);
        assert_eq!(Locale::negotiate(None, Some("fi, sv")), Locale::Et);
        assert_eq!(Locale::negotiate(None, Some("")), Locale::Et);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("EN_gb"), Some(Locale::En));
    }

    #[test]
    fn placeholders_are_filled() {
        let params = vec![("minutes".to_owned(), "15".to_owned())];
        assert_eq!(fill_placeholders("Try again in {minutes} minutes.", &params), "Try again in 15 minutes.");
    }

    #[test]
    fn a_message_is_named_by_its_key_and_read_back_from_it() {
        let json = serde_json::to_string(&Msg::BookTitle).unwrap();
        assert_eq!(json, r#""BookTitle""#);
        assert_eq!(serde_json::from_str::<Msg>(&json).unwrap(), Msg::BookTitle);
        assert!(serde_json::from_str::<Msg>(r#""NoSuchMessage""#).is_err());
    }

    #[test]
    fn every_message_has_three_non_empty_translations() {
        assert!(Msg::all().count() > 1000, "every feature's catalogue is listed in lib.rs");
        for msg in Msg::all() {
            for locale in Locale::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} is empty in {locale:?}");
            }
        }
    }
}
