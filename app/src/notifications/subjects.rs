//! What can be followed, across the pillars: a page's key (a slug or an id) to the
//! subject's id, and an id back to its title and page. Server only.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::kinds::FollowKind;
use crate::core::i18n::Locale;
use crate::core::roles::SessionUser;
use crate::error::AppError;

/// The id of the subject a page shows, or 404. Development proposals are staff pages:
/// only staff follow them, and a draft only its proposer.
pub async fn resolve(db: &DatabaseConnection, person: &SessionUser, kind: FollowKind, key: &str) -> Result<i32, AppError> {
    use crate::participation::entity::{consultation, idea, indicator, topic};
    use crate::proposals::entity::proposal;
    use crate::rooms::entity::room;
    use crate::services::entity::service;
    let number = || key.parse::<i32>().map_err(|_| AppError::NotFound);
    let found = match kind {
        FollowKind::Consultation => consultation::Entity::find().filter(consultation::Column::Slug.eq(key)).one(db).await?.map(|c| c.id),
        FollowKind::Idea => idea::Entity::find_by_id(number()?).one(db).await?.filter(|i| !i.hidden).map(|i| i.id),
        FollowKind::Topic => topic::Entity::find().filter(topic::Column::Slug.eq(key)).one(db).await?.map(|t| t.id),
        FollowKind::Service => service::Entity::find().filter(service::Column::Slug.eq(key)).one(db).await?.map(|s| s.id),
        FollowKind::Room => room::Entity::find().filter(room::Column::Slug.eq(key)).one(db).await?.map(|r| r.id),
        FollowKind::Indicator => indicator::Entity::find().filter(indicator::Column::Slug.eq(key)).one(db).await?.map(|i| i.id),
        FollowKind::Proposal => {
            if !person.is_staff() {
                return Err(AppError::Forbidden);
            }
            proposal::Entity::find_by_id(number()?).one(db).await?.filter(|p| p.stage != "draft" || p.proposer_id == person.id).map(|p| p.id)
        }
    };
    found.ok_or(AppError::NotFound)
}

/// Each follow's subject as `/my/subscriptions` and unsubscribe pages name it: its title
/// and page; empty when the subject is gone.
pub async fn describe(db: &DatabaseConnection, follows: &[super::entity::subscription::Model], locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    use crate::participation::entity::{consultation, idea, indicator, topic};
    use crate::proposals::entity::proposal;
    use crate::rooms::entity::room;
    use crate::services::entity::service;
    let mut described = Vec::new();
    for follow in follows {
        let id = follow.subject_id;
        let about = match FollowKind::from_key(&follow.kind) {
            Some(FollowKind::Consultation) => consultation::Entity::find_by_id(id).one(db).await?.map(|c| (c.title.0.get(locale).to_owned(), format!("/have-your-say/{}", c.slug))),
            // A hidden idea is gone for its followers too: its title is what was hidden.
            Some(FollowKind::Idea) => idea::Entity::find_by_id(id).one(db).await?.filter(|i| !i.hidden).map(|i| (i.title, format!("/ideas/{}", i.id))),
            Some(FollowKind::Topic) => topic::Entity::find_by_id(id).one(db).await?.map(|t| (t.name.0.get(locale).to_owned(), format!("/topics/{}", t.slug))),
            Some(FollowKind::Service) => service::Entity::find_by_id(id).one(db).await?.map(|s| (s.name.0.get(locale).to_owned(), format!("/services/{}", s.slug))),
            Some(FollowKind::Room) => room::Entity::find_by_id(id).one(db).await?.map(|r| (r.name.clone(), format!("/rooms/{}", r.slug))),
            Some(FollowKind::Proposal) => proposal::Entity::find_by_id(id).one(db).await?.map(|p| (p.title, format!("/proposals/{}", p.id))),
            Some(FollowKind::Indicator) => match indicator::Entity::find_by_id(id).one(db).await? {
                Some(found) => {
                    let place = topic::Entity::find_by_id(found.topic_id).one(db).await?.map(|t| format!("/topics/{}", t.slug)).unwrap_or_default();
                    let limit = follow.threshold.map(|t| crate::participation::model::format_number(t, found.decimals.clamp(0, 2) as u8, locale)).unwrap_or_default();
                    let side = follow.direction.as_deref().and_then(super::kinds::Direction::from_key).map(|d| d.label().text(locale)).unwrap_or_default();
                    Some((format!("{} ({side} {limit} {})", found.name.0.get(locale), found.unit.0.get(locale)), place))
                }
                None => None,
            },
            None => None,
        };
        described.push(about.unwrap_or_default());
    }
    Ok(described)
}
