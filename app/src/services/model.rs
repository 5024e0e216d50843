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
    /// Extra words people search with, in the language each is a word of.
    pub keywords: Keywords,
}

/// Search words by language, so the CPSV-AP export can tag each (`dcat:keyword` is a
/// language-tagged string) without guessing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Keywords {
    pub et: Vec<String>,
    pub en: Vec<String>,
    pub ru: Vec<String>,
}

impl Keywords {
    pub fn new(et: &[&str], en: &[&str], ru: &[&str]) -> Self {
        let owned = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect();
        Keywords {
            et: owned(et),
            en: owned(en),
            ru: owned(ru),
        }
    }

    /// Every word with its language tag, Estonian first.
    pub fn tagged<'a>(&'a self) -> impl Iterator<Item = (&'static str, &'a str)> {
        let tag = |lang: &'static str, words: &'a Vec<String>| {
            words.iter().map(move |w| (lang, w.as_str()))
        };
        tag("et", &self.et)
            .chain(tag("en", &self.en))
            .chain(tag("ru", &self.ru))
    }

    /// Every word, whatever its language: search matches them all.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.tagged().map(|(_, word)| word)
    }

    /// Services stored before keywords had languages kept one mixed list. Cyrillic words
    /// are Russian; the others were written in Estonian unless the English name has the
    /// word as a whole word ("school" in "School meals", never "kool" inside "school").
    pub fn from_mixed_list(words: Vec<String>, english_hint: &str) -> Self {
        let english_words: Vec<String> = english_hint
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        let mut keywords = Keywords::default();
        for word in words {
            if word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
                keywords.ru.push(word);
            } else if word
                .split_whitespace()
                .all(|part| english_words.contains(&part.to_lowercase()))
                && !word.trim().is_empty()
            {
                keywords.en.push(word);
            } else {
                keywords.et.push(word);
            }
        }
        keywords
    }
}

impl<'de> Deserialize<'de> for Keywords {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Stored {
            ByLanguage {
                #[serde(default)]
                et: Vec<String>,
                #[serde(default)]
                en: Vec<String>,
                #[serde(default)]
                ru: Vec<String>,
            },
            Mixed(Vec<String>),
        }
        Ok(match Stored::deserialize(deserializer)? {
            Stored::ByLanguage { et, en, ru } => Keywords { et, en, ru },
            // Without the English name here, a mixed list keeps only what is sure: Cyrillic
            // is Russian, the rest Estonian. Migration 15 split stored lists with the name.
            Stored::Mixed(words) => Keywords::from_mixed_list(words, ""),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mixed_list_is_split_by_whole_english_words_and_cyrillic() {
        let words = ["kool", "school", "muuseum", "детский сад", "school meals"]
            .map(String::from)
            .to_vec();
        let split = Keywords::from_mixed_list(words, "School meals at Tartu Mänguasjamuuseum");
        assert_eq!(
            split.et,
            ["kool", "muuseum"],
            "a word inside an English word is not English"
        );
        assert_eq!(split.en, ["school", "school meals"]);
        assert_eq!(split.ru, ["детский сад"]);
    }

    #[test]
    fn keywords_read_both_the_old_mixed_list_and_the_split_form() {
        let old: Keywords = serde_json::from_str(r#"["kool", "школа"]"#).unwrap();
        assert_eq!(old, Keywords::new(&["kool"], &[], &["школа"]));
        let new: Keywords = serde_json::from_str(r#"{"et": ["kool"], "en": ["school"]}"#).unwrap();
        assert_eq!(new, Keywords::new(&["kool"], &["school"], &[]));
        assert_eq!(
            serde_json::to_value(&new).unwrap(),
            serde_json::json!({"et": ["kool"], "en": ["school"], "ru": []})
        );
    }
}
