//! Pure: the words of a message, by e-mail and in the inbox. Every e-mail says what
//! happened, why (the reason or the new stage, when there is one), what happens next, and
//! links to the page; a follower's also says how to stop.

use serde::{Deserialize, Serialize};

use super::kinds::NoticeKind;
use crate::core::i18n::{Locale, Msg};

/// What a message adds to its kind: the stage a proposal moved to (a `Stage` key, worded
/// in each reader's language), or the reason staff wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Detail {
    Stage(String),
    Reason(String),
}

impl Detail {
    /// "New stage: Approved." / "Reason: …" in `locale`; None for a stage no longer known.
    pub fn text(&self, locale: Locale) -> Option<String> {
        match self {
            Detail::Stage(key) => {
                let stage = crate::proposals::model::Stage::from_key(key)?;
                Some(Msg::MailDetailStage.text(locale).replace("{stage}", stage.label().text(locale)))
            }
            Detail::Reason(reason) if !reason.trim().is_empty() => Some(Msg::MailDetailReason.text(locale).replace("{reason}", reason.trim())),
            Detail::Reason(_) => None,
        }
    }

    /// As stored in `notifications.detail`.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_stored(stored: Option<&str>) -> Option<Detail> {
        stored.and_then(|s| serde_json::from_str(s).ok())
    }
}

/// What the reader can expect next, or do.
fn next_step(kind: NoticeKind) -> Msg {
    match kind {
        NoticeKind::IdeaInReview => Msg::MailNextIdeaInReview,
        NoticeKind::IdeaAnswered | NoticeKind::FollowedIdeaAnswered => Msg::MailNextIdeaAnswered,
        NoticeKind::ConsultationResponse => Msg::MailNextConsultationResponse,
        NoticeKind::CommentReply => Msg::MailNextCommentReply,
        NoticeKind::ProposalMoved | NoticeKind::FollowedProposalMoved => Msg::MailNextProposalMoved,
        NoticeKind::SubmissionAccepted => Msg::MailNextSubmissionAccepted,
        NoticeKind::SubmissionRejected => Msg::MailNextSubmissionRejected,
        NoticeKind::BookingChanged => Msg::MailNextBookingChanged,
        NoticeKind::ServiceChanged => Msg::MailNextServiceChanged,
        NoticeKind::RoomChanged => Msg::MailNextRoomChanged,
        NoticeKind::IndicatorCrossed | NoticeKind::IndicatorFellBelow | NoticeKind::IndicatorRoseAbove => Msg::MailNextIndicator,
        NoticeKind::ConsultationNew => Msg::MailNextConsultationNew,
    }
}

/// The inbox line: what happened, and the detail when there is one.
pub fn inbox_text(locale: Locale, kind: NoticeKind, subject: &str, detail: Option<&Detail>) -> String {
    let happened = kind.label().text(locale).replace("{subject}", subject);
    match detail.and_then(|d| d.text(locale)) {
        Some(detail) => format!("{happened} {detail}"),
        None => happened,
    }
}

/// An e-mail's subject line and body. `url` is the page's full address; `unsubscribe`
/// the one-click address when a follow brought the message.
pub fn compose(locale: Locale, kind: NoticeKind, subject: &str, detail: Option<&Detail>, url: &str, unsubscribe: Option<&str>) -> (String, String) {
    let happened = kind.label().text(locale).replace("{subject}", subject);
    let mut body = vec![happened.clone()];
    body.extend(detail.and_then(|d| d.text(locale)));
    body.push(next_step(kind).text(locale).to_owned());
    body.push(format!("{}: {url}", Msg::MailOpenPage.text(locale)));
    if let Some(unsubscribe) = unsubscribe {
        body.push(format!("{}: {unsubscribe}", Msg::MailUnsubscribe.text(locale)));
    }
    body.push(Msg::MailSignature.text(locale).to_owned());
    (happened, body.join("\n\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejection_says_what_why_what_next_and_where() {
        let reason = Detail::Reason("Fotol ei ole konteinerit näha.".into());
        let (subject, body) = compose(Locale::Et, NoticeKind::SubmissionRejected, "Prügikonteinerite täituvus", Some(&reason), "https://raekoda.test/data-submission/submissions/4", None);
        assert!(subject.contains("Prügikonteinerite täituvus"));
        assert!(body.starts_with(&subject), "what happened first");
        assert!(body.contains("Põhjus: Fotol ei ole konteinerit näha."), "{body}");
        assert!(body.contains(Msg::MailNextSubmissionRejected.text(Locale::Et)));
        assert!(body.contains("https://raekoda.test/data-submission/submissions/4"));
        assert!(body.len() > subject.len() * 2, "the body is more than the subject");
        assert!(!body.contains("Loobu"), "no unsubscribe line for a message about one's own data");
    }

    #[test]
    fn a_proposal_message_names_the_stage_in_the_readers_language() {
        let stage = Detail::Stage("approved".into());
        assert_eq!(stage.text(Locale::En).as_deref(), Some("New stage: Approved."));
        let text = inbox_text(Locale::Et, NoticeKind::ProposalMoved, "Puude raie", Some(&stage));
        assert!(text.ends_with("Uus etapp: Heaks kiidetud."), "{text}");
        let (_, body) = compose(Locale::Et, NoticeKind::FollowedProposalMoved, "Puude raie", Some(&stage), "https://raekoda.test/proposals/3", Some("https://raekoda.test/unsubscribe/abc"));
        assert!(body.contains("Uus etapp: Heaks kiidetud.") && body.contains("https://raekoda.test/unsubscribe/abc"), "{body}");
    }

    #[test]
    fn details_survive_storage_and_unknown_ones_are_dropped() {
        let detail = Detail::Reason("Liiga hilja".into());
        assert_eq!(Detail::from_stored(Some(&detail.to_stored())), Some(detail));
        assert_eq!(Detail::from_stored(Some("nonsense")), None);
        assert_eq!(Detail::Stage("gone".into()).text(Locale::Et), None);
    }

    #[test]
    fn every_kind_has_a_next_step() {
        for kind in NoticeKind::ALL {
            assert!(!next_step(*kind).text(Locale::Ru).is_empty());
        }
    }
}
