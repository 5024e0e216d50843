//! The account that keeps what deleted people wrote becomes a flagged system account with
//! no e-mail address. It was `deleted-person@raekoda.invalid`, which sign-up accepted: who
//! registered that address first received every deleted account's comments and proposals,
//! could export them and, by deleting itself, take them away. The real one is the row with
//! no password ("!", no argon2 hash); an account someone signed up with that address stays
//! an ordinary account (what was already handed to it cannot be told apart here).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What the deleted person's `email` holds: no address, as it has no `@`.
pub const DELETED_PERSON_KEY: &str = "system:deleted-person";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Users::Table).add_column(boolean(Users::SystemAccount).default(false)).to_owned()).await?;
        let update = Query::update()
            .table(Users::Table)
            .value(Users::SystemAccount, true)
            .value(Users::Email, DELETED_PERSON_KEY)
            .and_where(Expr::col(Users::Email).eq("deleted-person@raekoda.invalid"))
            .and_where(Expr::col(Users::PasswordHash).eq("!"))
            .to_owned();
        manager.exec_stmt(update).await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Email,
    PasswordHash,
    SystemAccount,
}
