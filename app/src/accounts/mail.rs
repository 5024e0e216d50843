//! Pure: the e-mails that carry a single-use link (proving an address, setting a new
//! password), in the person's language. Each says what the link does, how long it works,
//! and what to do if the person did not ask for it.

use super::rules::TokenPurpose;
use crate::core::i18n::{Locale, Msg};

/// Subject and body of the e-mail with `url`, written to `name` in `locale`.
pub fn link_mail(locale: Locale, purpose: TokenPurpose, name: &str, url: &str) -> (String, String) {
    let (subject, what, not_you) = match purpose {
        TokenPurpose::VerifyEmail => (Msg::MailVerifySubject, Msg::MailVerifyBody, Msg::MailVerifyNotYou),
        TokenPurpose::ResetPassword => (Msg::MailResetSubject, Msg::MailResetBody, Msg::MailResetNotYou),
    };
    let hours = (purpose.lifetime_seconds() / 3600).to_string();
    let body = [
        Msg::MailGreeting.text(locale).replace("{name}", name),
        what.text(locale).replace("{hours}", &hours),
        url.to_owned(),
        not_you.text(locale).to_owned(),
        Msg::MailSignature.text(locale).to_owned(),
    ];
    (subject.text(locale).to_owned(), body.join("\n\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_mail_gives_the_link_its_lifetime_and_what_to_do_if_unasked_in_the_readers_language() {
        let url = "https://raekoda.test/reset-password/abc";
        let (subject, body) = link_mail(Locale::Ru, TokenPurpose::ResetPassword, "Мария", url);
        assert_eq!(subject, Msg::MailResetSubject.text(Locale::Ru));
        assert!(body.starts_with(&Msg::MailGreeting.text(Locale::Ru).replace("{name}", "Мария")), "{body}");
        assert!(body.contains(url) && body.contains(" 1 "), "the link and its hour: {body}");
        assert!(body.contains(Msg::MailResetNotYou.text(Locale::Ru)));
        let (estonian, _) = link_mail(Locale::Et, TokenPurpose::ResetPassword, "Mari", url);
        assert_ne!(subject, estonian);
    }

    #[test]
    fn a_verification_mail_works_for_three_days() {
        let (_, body) = link_mail(Locale::En, TokenPurpose::VerifyEmail, "Mari", "https://raekoda.test/account/verify/x");
        assert!(body.contains("72 hours"), "{body}");
    }
}
