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
