//! The open-data page's server function: the catalogue in the reader's language.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetCard {
    pub id: String,
    pub title: String,
    pub description: String,
    /// The date of the last change, or None for data read live.
    pub updated: Option<String>,
    pub rows: u64,
    pub columns: Vec<String>,
}

#[server(prefix = "/api", endpoint = "open-data/catalogue")]
pub async fn load_catalogue() -> Result<Vec<DatasetCard>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            let locale = context.boot.locale;
            let sets = super::server::all(&context.services.db, &context.services.settings.public_url).await?;
            Ok(sets
                .into_iter()
                .map(|(info, _)| DatasetCard {
                    title: info.title.get(locale).to_owned(),
                    description: info.description.get(locale).to_owned(),
                    updated: info.updated.as_deref().map(|stamp| stamp.chars().take(10).collect()),
                    rows: info.rows,
                    columns: info.columns.iter().map(|c| c.key.clone()).collect(),
                    id: info.id,
                })
                .collect())
        }
        .await,
    )
}
