//! A service's search words by language. They were one mixed list, and the CPSV-AP export
//! guessed each word's language (and guessed "kool" English, because "school" contains it).
//! Each stored list is split once here with `Keywords::from_mixed_list`, given the English
//! name; the JSON document keeps its column.

use sea_orm::{ConnectionTrait, FromQueryResult};
use sea_orm_migration::prelude::*;

use crate::services::model::Keywords;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(FromQueryResult)]
struct Row {
    id: i32,
    name: serde_json::Value,
    details: serde_json::Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        split_mixed_keywords(manager.get_connection()).await
    }
}

/// Rewrites every service whose keywords are still one list; the split ones are left as
/// they are, so running it twice changes nothing.
pub async fn split_mixed_keywords<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let select = Query::select()
        .columns([Services::Id, Services::Name, Services::Details])
        .from(Services::Table)
        .to_owned();
    let rows = Row::find_by_statement(backend.build(&select))
        .all(db)
        .await?;
    for mut row in rows {
        let Some(serde_json::Value::Array(words)) = row.details.get("keywords").cloned() else {
            continue;
        };
        let words: Vec<String> = words
            .into_iter()
            .filter_map(|w| w.as_str().map(str::to_owned))
            .collect();
        let english = row
            .name
            .get("en")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_owned();
        let split = Keywords::from_mixed_list(words, &english);
        row.details["keywords"] =
            serde_json::to_value(&split).map_err(|e| DbErr::Custom(e.to_string()))?;
        let update = Query::update()
            .table(Services::Table)
            .value(Services::Details, row.details)
            .and_where(Expr::col(Services::Id).eq(row.id))
            .to_owned();
        db.execute(&update).await?;
    }
    Ok(())
}

#[derive(DeriveIden)]
enum Services {
    Table,
    Id,
    Name,
    Details,
}
