//! What an inbox message can say. Stored by key; worded in the reader's language when read.

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::services::model::keyed;

keyed! {
    NoticeKind {
        IdeaInReview = "idea-in-review" => InboxIdeaInReview,
        IdeaAnswered = "idea-answered" => InboxIdeaAnswered,
    }
}
