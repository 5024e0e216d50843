//! What an inbox message can say, what can be followed and how. Stored by key; worded in
//! the reader's language when read.

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::services::model::keyed;

keyed! {
    NoticeKind {
        IdeaInReview = "idea-in-review" => InboxIdeaInReview,
        IdeaAnswered = "idea-answered" => InboxIdeaAnswered,
        ConsultationResponse = "consultation-response" => InboxConsultationResponse,
        FollowedIdeaAnswered = "followed-idea-answered" => InboxFollowedIdeaAnswered,
        CommentReply = "comment-reply" => InboxCommentReply,
        ProposalMoved = "proposal-moved" => InboxProposalMoved,
        SubmissionAccepted = "submission-accepted" => InboxSubmissionAccepted,
        SubmissionRejected = "submission-rejected" => InboxSubmissionRejected,
        BookingChanged = "booking-changed" => InboxBookingChanged,
        ServiceChanged = "service-changed" => InboxServiceChanged,
        RoomChanged = "room-changed" => InboxRoomChanged,
        FollowedProposalMoved = "followed-proposal-moved" => InboxFollowedProposalMoved,
        // Kept for messages written before the direction was named in the text.
        IndicatorCrossed = "indicator-crossed" => InboxIndicatorCrossed,
        IndicatorFellBelow = "indicator-fell-below" => InboxIndicatorFellBelow,
        IndicatorRoseAbove = "indicator-rose-above" => InboxIndicatorRoseAbove,
        ConsultationNew = "consultation-new" => InboxConsultationNew,
    }
}

keyed! {
    /// What a person can follow.
    FollowKind {
        Consultation = "consultation" => FollowKindConsultation,
        Idea = "idea" => FollowKindIdea,
        Topic = "topic" => FollowKindTopic,
        Service = "service" => FollowKindService,
        Room = "room" => FollowKindRoom,
        Proposal = "proposal" => FollowKindProposal,
        Indicator = "indicator" => FollowKindIndicator,
    }
}

keyed! {
    /// Which side of an indicator follower's threshold is news.
    Direction {
        Below = "below" => DirectionBelow,
        Above = "above" => DirectionAbove,
    }
}

keyed! {
    /// How a follower hears of news: an e-mail at once, or a weekly digest.
    Delivery {
        Immediate = "immediate" => DeliveryImmediate,
        Weekly = "weekly" => DeliveryWeekly,
    }
}
