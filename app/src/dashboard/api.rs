//! Dashboard server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewFigures {
    pub people: u64,
    pub staff: u64,
    /// Administrators only: how many are signed in is theirs to watch, not every clerk's.
    pub active_sessions: Option<u64>,
    /// The names of the institutions the person's roles are for (id, name).
    pub institutions: Vec<(i32, String)>,
}

/// Staff only: the key figures of the overview.
#[server(prefix = "/api", endpoint = "admin/overview")]
pub async fn admin_overview() -> Result<OverviewFigures, AppError> {
    use crate::core::request;
    request::answer(
        async {
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            let person = request::require_staff()?;
            let db = request::db()?;
            let figures = crate::accounts::server::people_figures(&db).await?;
            let ids: Vec<i32> = person.roles.iter().filter_map(|grant| grant.institution_id).collect();
            let institutions = if ids.is_empty() {
                Vec::new()
            } else {
                use crate::rooms::entity::institution;
                institution::Entity::find().filter(institution::Column::Id.is_in(ids)).all(&db).await?.into_iter().map(|i| (i.id, i.name)).collect()
            };
            Ok(OverviewFigures {
                people: figures.people,
                staff: figures.staff,
                active_sessions: person.is_administrator().then_some(figures.active_sessions),
                institutions,
            })
        }
        .await,
    )
}
