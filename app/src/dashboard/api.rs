//! Dashboard server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewFigures {
    pub people: u64,
    pub staff: u64,
    pub active_sessions: u64,
}

/// Staff only: the key figures of the overview.
#[server(prefix = "/api", endpoint = "admin/overview")]
pub async fn admin_overview() -> Result<OverviewFigures, AppError> {
    use crate::core::request;
    request::answer(
        async {
            request::require_staff()?;
            let figures = crate::accounts::server::people_figures(&request::db()?).await?;
            Ok(OverviewFigures { people: figures.people, staff: figures.staff, active_sessions: figures.active_sessions })
        }
        .await,
    )
}
