//! What a public service is, shared by the server and the browser: the CPSV-AP fields of
//! a service record, and the topics, life events and audiences it is browsed by.

use serde::{Deserialize, Serialize};

use crate::core::i18n::{Locale, Msg};

macro_rules! keyed {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal => $msg:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            pub fn label(self) -> Msg {
                match self { $($name::$variant => Msg::$msg),* }
            }
        }
    };
}

/// Other features' fixed vocabularies use the same shape.
pub(crate) use keyed;

keyed! {
    /// The subject a service belongs to.
    Topic {
        Education = "education" => TopicEducation,
        FamilySocial = "family-social" => TopicFamilySocial,
        Housing = "housing-building" => TopicHousing,
        Transport = "transport-parking" => TopicTransport,
        Environment = "environment-waste" => TopicEnvironment,
        CultureSport = "culture-sport" => TopicCultureSport,
        Business = "business" => TopicBusiness,
        Health = "health" => TopicHealth,
        CityGovernment = "city-government" => TopicCityGovernment,
    }
}

keyed! {
    /// A moment in life that brings people to several services at once.
    LifeEvent {
        Baby = "having-a-baby" => LifeBaby,
        School = "starting-school" => LifeSchool,
        Moving = "moving" => LifeMoving,
        StartingBusiness = "starting-a-business" => LifeBusiness,
        Building = "building-a-home" => LifeBuilding,
        Retiring = "retiring" => LifeRetiring,
        Bereavement = "death-of-a-relative" => LifeBereavement,
    }
}

keyed! {
    /// Who a service is for.
    Audience {
        Residents = "residents" => AudienceResidents,
        Families = "families" => AudienceFamilies,
        YoungPeople = "young-people" => AudienceYoungPeople,
        Seniors = "seniors" => AudienceSeniors,
        Businesses = "businesses" => AudienceBusinesses,
        NonProfits = "non-profits" => AudienceNonProfits,
        Visitors = "visitors" => AudienceVisitors,
    }
}

keyed! {
    /// Whether a service can be used now.
    ServiceStatus {
        Active = "active" => ServiceStatusActive,
        InDevelopment = "in-development" => ServiceStatusInDevelopment,
        Retired = "retired" => ServiceStatusRetired,
    }
}

/// A text in Estonian with the translations staff have written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub et: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
}

impl Text {
    pub fn new(et: &str, en: &str) -> Self {
        Text { et: et.to_owned(), en: Some(en.to_owned()).filter(|t| !t.is_empty()), ru: None }
    }

    pub fn with_ru(mut self, ru: &str) -> Self {
        self.ru = Some(ru.to_owned()).filter(|t| !t.is_empty());
        self
    }

    /// The reader's language where it exists, else Estonian (the city's language).
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Et => None,
            Locale::En => self.en.as_deref(),
            Locale::Ru => self.ru.as_deref(),
        }
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(&self.et)
    }
}

/// How a service is reached (CPSV-AP `Channel`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    EService { url: String },
    InPerson { address: String, hours: String },
    Phone { number: String, hours: String },
    Email { address: String },
}

impl Channel {
    pub fn is_digital(&self) -> bool {
        matches!(self, Channel::EService { .. })
    }
}

/// Everything on a service page beyond its name and description, stored as one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceDetails {
    pub topics: Vec<Topic>,
    pub life_events: Vec<LifeEvent>,
    pub audiences: Vec<Audience>,
    pub channels: Vec<Channel>,
    /// "Free", "30 € per year" …
    pub cost: Text,
    pub processing_time: Text,
    pub documents: Vec<Text>,
    pub output: Text,
    /// The act the service rests on, as cited ("Koolieelse lasteasutuse seadus § 10").
    pub legal_basis: String,
    /// Extra words people search with, each language mixed.
    pub keywords: Vec<String>,
}
