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
