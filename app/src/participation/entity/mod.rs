//! Participation's tables. Server only.

pub mod comment;
pub mod comment_report;
pub mod consultation;
pub mod idea;
pub mod idea_moderation_event;
pub mod idea_report;
pub mod idea_support;
pub mod indicator;
pub mod moderation_event;
pub mod plan;
pub mod support;
pub mod survey_response;
pub mod topic;

use serde::{Deserialize, Serialize};

use crate::services::model::Text;

/// A link with a label in each language (a topic's links, a consultation's documents).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub label: Text,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sea_orm::FromJsonQueryResult)]
pub struct LinksJson(pub Vec<Link>);
