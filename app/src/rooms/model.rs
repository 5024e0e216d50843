//! What a room is, shared by the server and the browser: layouts, features, accessibility
//! facts and the settings a room manager edits as one.

use serde::{Deserialize, Serialize};

use super::rules::{AddOn, BookingRules, CancellationPolicy, Pricing, WeeklyWindow};
use crate::core::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InstitutionKind {
    School,
    Library,
    CultureCentre,
    SportsHall,
    YouthCentre,
    Kindergarten,
}

impl InstitutionKind {
    pub fn key(self) -> &'static str {
        match self {
            InstitutionKind::School => "school",
            InstitutionKind::Library => "library",
            InstitutionKind::CultureCentre => "culture_centre",
            InstitutionKind::SportsHall => "sports_hall",
            InstitutionKind::YouthCentre => "youth_centre",
            InstitutionKind::Kindergarten => "kindergarten",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::School, Self::Library, Self::CultureCentre, Self::SportsHall, Self::YouthCentre, Self::Kindergarten]
            .into_iter()
            .find(|kind| kind.key() == key)
    }
}

/// How the room's furniture is arranged; capacity depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LayoutKind {
    /// Rows of chairs facing the front.
    Theatre,
    /// Tables with chairs.
    Tables,
    Standing,
    /// Everyone on a sports floor or in an open space.
    Open,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub kind: LayoutKind,
    pub capacity: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Feature {
    Projector,
    Screen,
    SoundSystem,
    Microphones,
    Whiteboard,
    DeskSockets,
    ForcedVentilation,
    Wifi,
    Kitchen,
    Piano,
    Stage,
    SportsFloor,
    VideoConference,
}

impl Feature {
    pub const ALL: [Feature; 13] = [
        Feature::Projector,
        Feature::Screen,
        Feature::SoundSystem,
        Feature::Microphones,
        Feature::Whiteboard,
        Feature::DeskSockets,
        Feature::ForcedVentilation,
        Feature::Wifi,
        Feature::Kitchen,
        Feature::Piano,
        Feature::Stage,
        Feature::SportsFloor,
        Feature::VideoConference,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AccessibilityFact {
    StepFreeAccess,
    AccessibleToilet,
    HearingLoop,
    Lift,
    AccessibleParking,
}

/// Everything a room manager sets about booking one room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSettings {
    pub layouts: Vec<Layout>,
    pub features: Vec<Feature>,
    pub accessibility: Vec<AccessibilityFact>,
    pub rules: BookingRules,
    pub pricing: Pricing,
    pub add_ons: Vec<AddOn>,
    pub cancellation: CancellationPolicy,
    /// When the room's contact answers the phone.
    pub phone_hours: Vec<WeeklyWindow>,
}

impl RoomSettings {
    /// The most people the room takes in any layout.
    pub fn max_capacity(&self) -> u32 {
        self.layouts.iter().map(|layout| layout.capacity).max().unwrap_or(self.rules.capacity)
    }
}

impl InstitutionKind {
    pub fn label(self) -> Msg {
        match self {
            InstitutionKind::School => Msg::KindSchool,
            InstitutionKind::Library => Msg::KindLibrary,
            InstitutionKind::CultureCentre => Msg::KindCultureCentre,
            InstitutionKind::SportsHall => Msg::KindSportsHall,
            InstitutionKind::YouthCentre => Msg::KindYouthCentre,
            InstitutionKind::Kindergarten => Msg::KindKindergarten,
        }
    }
}

impl Feature {
    pub fn label(self) -> Msg {
        match self {
            Feature::Projector => Msg::FeatureProjector,
            Feature::Screen => Msg::FeatureScreen,
            Feature::SoundSystem => Msg::FeatureSoundSystem,
            Feature::Microphones => Msg::FeatureMicrophones,
            Feature::Whiteboard => Msg::FeatureWhiteboard,
            Feature::DeskSockets => Msg::FeatureDeskSockets,
            Feature::ForcedVentilation => Msg::FeatureForcedVentilation,
            Feature::Wifi => Msg::FeatureWifi,
            Feature::Kitchen => Msg::FeatureKitchen,
            Feature::Piano => Msg::FeaturePiano,
            Feature::Stage => Msg::FeatureStage,
            Feature::SportsFloor => Msg::FeatureSportsFloor,
            Feature::VideoConference => Msg::FeatureVideoConference,
        }
    }
}

impl AccessibilityFact {
    pub fn label(self) -> Msg {
        match self {
            AccessibilityFact::StepFreeAccess => Msg::AccessStepFree,
            AccessibilityFact::AccessibleToilet => Msg::AccessToilet,
            AccessibilityFact::HearingLoop => Msg::AccessHearingLoop,
            AccessibilityFact::Lift => Msg::AccessLift,
            AccessibilityFact::AccessibleParking => Msg::AccessParking,
        }
    }
}

impl LayoutKind {
    pub const ALL: [LayoutKind; 4] = [LayoutKind::Theatre, LayoutKind::Tables, LayoutKind::Standing, LayoutKind::Open];

    pub fn key(self) -> &'static str {
        match self {
            LayoutKind::Theatre => "theatre",
            LayoutKind::Tables => "tables",
            LayoutKind::Standing => "standing",
            LayoutKind::Open => "open",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|layout| layout.key() == key)
    }

    pub fn label(self) -> Msg {
        match self {
            LayoutKind::Theatre => Msg::LayoutTheatre,
            LayoutKind::Tables => Msg::LayoutTables,
            LayoutKind::Standing => Msg::LayoutStanding,
            LayoutKind::Open => Msg::LayoutOpen,
        }
    }
}

/// An add-on's name; unknown keys (added by staff later) show as they are.
pub fn add_on_label(key: &str) -> Option<Msg> {
    match key {
        "equipment" => Some(Msg::AddOnEquipment),
        "technical_assistance" => Some(Msg::AddOnTechnicalAssistance),
        _ => None,
    }
}

/// Floor area from square decimetres: "212 m²", "97,2 m²" (Estonian and Russian use a comma).
pub fn format_area(area_dm2: i32, locale: crate::core::i18n::Locale) -> String {
    let (whole, tenths) = (area_dm2 / 100, (area_dm2 % 100) / 10);
    let separator = if locale == crate::core::i18n::Locale::En { "." } else { "," };
    if tenths == 0 { format!("{whole} m²") } else { format!("{whole}{separator}{tenths} m²") }
}

#[cfg(test)]
mod tests {
    use super::format_area;
    use crate::core::i18n::Locale;

    #[test]
    fn areas_are_shown_in_square_metres() {
        assert_eq!(format_area(21_200, Locale::Et), "212 m²");
        assert_eq!(format_area(9_720, Locale::Et), "97,2 m²");
        assert_eq!(format_area(9_720, Locale::En), "97.2 m²");
    }
}

/// Where a booking stands. Requested, approved and confirmed bookings hold their time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BookingStatus {
    Requested,
    Approved,
    Rejected,
    Confirmed,
    Completed,
    Cancelled,
    Expired,
}

impl BookingStatus {
    pub const ACTIVE: [BookingStatus; 3] = [BookingStatus::Requested, BookingStatus::Approved, BookingStatus::Confirmed];

    pub fn key(self) -> &'static str {
        match self {
            BookingStatus::Requested => "requested",
            BookingStatus::Approved => "approved",
            BookingStatus::Rejected => "rejected",
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::Completed => "completed",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::Expired => "expired",
        }
    }

    pub fn is_active(self) -> bool {
        Self::ACTIVE.contains(&self)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Requested, Self::Approved, Self::Rejected, Self::Confirmed, Self::Completed, Self::Cancelled, Self::Expired]
            .into_iter()
            .find(|status| status.key() == key)
    }

    /// Always in words: status is never shown by colour alone.
    pub fn label(self) -> Msg {
        match self {
            BookingStatus::Requested => Msg::StatusRequested,
            BookingStatus::Approved => Msg::StatusApproved,
            BookingStatus::Rejected => Msg::StatusRejected,
            BookingStatus::Confirmed => Msg::StatusConfirmed,
            BookingStatus::Completed => Msg::StatusCompleted,
            BookingStatus::Cancelled => Msg::StatusCancelled,
            BookingStatus::Expired => Msg::StatusExpired,
        }
    }
}

/// A refusal as a message next to the form field it concerns.
pub fn refusal_error(refusal: &super::rules::Refusal, weekly: &[super::rules::WeeklyWindow], locale: crate::core::i18n::Locale) -> crate::error::FieldError {
    use super::rules::Refusal as R;
    use crate::error::FieldError as E;
    match refusal {
        R::EndNotAfterStart => E::new("end", Msg::RefusalEndNotAfterStart),
        R::NoSuchLocalTime => E::new("start", Msg::RefusalNoSuchLocalTime),
        R::NotOnSlot { slot_minutes } => E::new("start", Msg::RefusalNotOnSlot).with_param("minutes", slot_minutes),
        R::TooShort { min_minutes } => E::new("end", Msg::RefusalTooShort).with_param("minutes", min_minutes),
        R::TooLong { max_minutes } => E::new("end", Msg::RefusalTooLong).with_param("minutes", max_minutes),
        R::OutsideBookableHours => {
            E::new("start", Msg::RefusalOutsideHours).with_param("hours", super::rules::hours_in_words(weekly, locale))
        }
        R::Closed { date } => E::new("date", Msg::RefusalClosed).with_param("date", date.format("%d.%m.%Y")),
        R::TooSoon { min_notice_hours } => E::new("date", Msg::RefusalTooSoon).with_param("hours", min_notice_hours),
        R::TooFarAhead { max_advance_days } => E::new("date", Msg::RefusalTooFarAhead).with_param("days", max_advance_days),
        R::OverCapacity { capacity } => E::new("participants", Msg::RefusalOverCapacity).with_param("capacity", capacity),
        R::AlreadyBooked => E::new("start", Msg::RefusalAlreadyBooked),
        R::TooCloseToAnother { buffer_minutes } => E::new("start", Msg::RefusalTooCloseToAnother).with_param("minutes", buffer_minutes),
    }
}

/// What can happen to a booking after it is requested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingAction {
    /// A room manager accepts the request.
    Approve,
    /// A room manager turns the request down, with a reason.
    Reject,
    /// The booker (or staff) calls it off before it starts.
    Cancel,
    /// Nobody decided before the request's time came.
    Expire,
}

impl BookingStatus {
    /// The status after `action`, or `None` when the action makes no sense now (approving
    /// a cancelled booking, cancelling a rejected one …).
    pub fn after(self, action: BookingAction) -> Option<BookingStatus> {
        use BookingAction as A;
        use BookingStatus as S;
        match (self, action) {
            (S::Requested, A::Approve) => Some(S::Approved),
            (S::Requested, A::Reject) => Some(S::Rejected),
            (S::Requested, A::Expire) => Some(S::Expired),
            (S::Requested | S::Approved | S::Confirmed, A::Cancel) => Some(S::Cancelled),
            _ => None,
        }
    }
}

/// Whether a booking is a person's booking or time staff blocked (maintenance, own events).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingKind {
    Booking,
    Block,
}

impl BookingKind {
    pub fn key(self) -> &'static str {
        match self {
            BookingKind::Booking => "booking",
            BookingKind::Block => "block",
        }
    }
}

#[cfg(test)]
mod lifecycle_tests {
    use super::{BookingAction as A, BookingStatus as S};

    #[test]
    fn only_requests_are_decided() {
        assert_eq!(S::Requested.after(A::Approve), Some(S::Approved));
        assert_eq!(S::Requested.after(A::Reject), Some(S::Rejected));
        assert_eq!(S::Approved.after(A::Approve), None);
        assert_eq!(S::Rejected.after(A::Approve), None);
        assert_eq!(S::Cancelled.after(A::Reject), None);
    }

    #[test]
    fn active_bookings_can_be_cancelled_once() {
        for status in S::ACTIVE {
            assert_eq!(status.after(A::Cancel), Some(S::Cancelled));
        }
        assert_eq!(S::Cancelled.after(A::Cancel), None);
        assert_eq!(S::Rejected.after(A::Cancel), None);
        assert_eq!(S::Completed.after(A::Cancel), None);
    }

    #[test]
    fn only_undecided_requests_expire() {
        assert_eq!(S::Requested.after(A::Expire), Some(S::Expired));
        assert_eq!(S::Approved.after(A::Expire), None);
    }

    #[test]
    fn what_no_longer_holds_its_time_never_becomes_active_again() {
        let all = [S::Requested, S::Approved, S::Rejected, S::Confirmed, S::Completed, S::Cancelled, S::Expired];
        for status in all.into_iter().filter(|s| !s.is_active()) {
            for action in [A::Approve, A::Reject, A::Cancel, A::Expire] {
                assert!(status.after(action).is_none_or(|next| !next.is_active()), "{status:?} {action:?}");
            }
        }
    }
}
