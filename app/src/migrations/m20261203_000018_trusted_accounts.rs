//! Accounts people can rely on (issue 15): a person's language, whether their e-mail address
//! is proven, single-use links (verification and password reset, only their hashes kept),
//! and what a person needs to recognise their own sessions (the browser, when last seen).
//!
//! Accounts made before verification existed count as verified: they were the only way in,
//! and locking their holders out of booking overnight would punish them for our change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one change at a time.
        manager.alter_table(Table::alter().table(Users::Table).add_column(string(Users::Locale).default("et")).to_owned()).await?;
        manager.alter_table(Table::alter().table(Users::Table).add_column(timestamp_with_time_zone_null(Users::EmailVerifiedAt)).to_owned()).await?;
        manager
            .exec_stmt(Query::update().table(Users::Table).value(Users::EmailVerifiedAt, Expr::col(Users::CreatedAt)).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Sessions::Table).add_column(string_null(Sessions::UserAgent)).to_owned()).await?;
        manager.alter_table(Table::alter().table(Sessions::Table).add_column(timestamp_with_time_zone_null(Sessions::LastSeenAt)).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .if_not_exists()
                    .col(pk_auto(AccountTokens::Id))
                    .col(integer(AccountTokens::UserId))
                    // `verify-email` or `reset-password`.
                    .col(string(AccountTokens::Purpose))
                    // SHA-256 of the token in the link, hex: a leaked table opens nothing.
                    .col(string_uniq(AccountTokens::TokenHash))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .foreign_key(ForeignKey::create().from(AccountTokens::Table, AccountTokens::UserId).to(Users::Table, Users::Id).on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name("idx_account_tokens_user").table(AccountTokens::Table).col(AccountTokens::UserId).col(AccountTokens::Purpose).if_not_exists().to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    CreatedAt,
    Locale,
    EmailVerifiedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    UserAgent,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
