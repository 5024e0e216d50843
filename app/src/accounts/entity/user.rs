//! A person with an account.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// argon2id PHC string; never leaves the server.
    pub password_hash: String,
    /// When the person accepted the data-processing terms (GDPR consent).
    pub terms_accepted_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    /// An account no person holds (the deleted person): no address reaches it, no one
    /// signs in to it.
    pub system_account: bool,
    /// The person's language (`Locale::code`): their e-mails are written in it, and pages
    /// are shown in it until they choose another on the page.
    pub locale: String,
    /// When the person followed the link sent to their address; until then they may look
    /// but not book, comment, submit or follow.
    pub email_verified_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::user_role::Entity")]
    UserRole,
    #[sea_orm(has_many = "super::session::Entity")]
    Session,
}

impl Related<super::user_role::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::UserRole.def()
    }
}

impl Model {
    /// The person's language; Estonian if the stored code is unknown.
    pub fn language(&self) -> crate::core::i18n::Locale {
        crate::core::i18n::Locale::from_code(&self.locale).unwrap_or_default()
    }
}

impl ActiveModelBehavior for ActiveModel {}
