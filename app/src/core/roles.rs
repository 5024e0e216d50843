//! Who a person is to the city: roles, and the pure rules of what each may do.

use serde::{Deserialize, Serialize};

use super::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    Citizen,
    Administrator,
    /// Manages the rooms of one institution (`RoleGrant::institution_id`).
    RoomManager,
    ServiceOwner,
    DevelopmentTeam,
    Moderator,
    DataSteward,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Citizen,
        Role::Administrator,
        Role::RoomManager,
        Role::ServiceOwner,
        Role::DevelopmentTeam,
        Role::Moderator,
        Role::DataSteward,
    ];

    /// The name stored in the database; stable, never translated.
    pub fn key(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Administrator => "administrator",
            Role::RoomManager => "room_manager",
            Role::ServiceOwner => "service_owner",
            Role::DevelopmentTeam => "development_team",
            Role::Moderator => "moderator",
            Role::DataSteward => "data_steward",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    pub fn label(self) -> Msg {
        match self {
            Role::Citizen => Msg::RoleCitizen,
            Role::Administrator => Msg::RoleAdministrator,
            Role::RoomManager => Msg::RoleRoomManager,
            Role::ServiceOwner => Msg::RoleServiceOwner,
            Role::DevelopmentTeam => Msg::RoleDevelopmentTeam,
            Role::Moderator => Msg::RoleModerator,
            Role::DataSteward => Msg::RoleDataSteward,
        }
    }

    /// Every role but citizen belongs to city staff.
    pub fn is_staff(self) -> bool {
        self != Role::Citizen
    }
}

/// One role held by one person; a room manager's grant names the institution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_id: Option<i32>,
}

/// The signed-in person as every page and server function sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub roles: Vec<RoleGrant>,
    /// Whether the person has followed the link sent to their address. Until they have,
    /// they may look around but not book, comment, submit or follow (`request::require_verified_user`).
    #[serde(default)]
    pub email_verified: bool,
    /// The language stored on the account: what their e-mails are written in.
    #[serde(default)]
    pub locale: super::i18n::Locale,
}

impl SessionUser {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|grant| grant.role == role)
    }

    pub fn is_staff(&self) -> bool {
        self.roles.iter().any(|grant| grant.role.is_staff())
    }

    pub fn is_administrator(&self) -> bool {
        self.has_role(Role::Administrator)
    }

    /// Room managers manage their own institutions; administrators manage every one.
    pub fn manages_institution(&self, institution_id: i32) -> bool {
        self.is_administrator()
            || self
                .roles
                .iter()
                .any(|grant| grant.role == Role::RoomManager && grant.institution_id == Some(institution_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(roles: &[(Role, Option<i32>)]) -> SessionUser {
        SessionUser {
            id: 1,
            name: "Mari Maasikas".into(),
            email: "mari@raekoda.test".into(),
            roles: roles.iter().map(|&(role, institution_id)| RoleGrant { role, institution_id }).collect(),
            email_verified: true,
            locale: Default::default(),
        }
    }

    #[test]
    fn role_keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("mayor"), None);
    }

    #[test]
    fn a_citizen_is_not_staff() {
        assert!(!person(&[(Role::Citizen, None)]).is_staff());
        assert!(!person(&[]).is_staff());
    }

    #[test]
    fn every_other_role_is_staff() {
        for role in Role::ALL.into_iter().filter(|r| *r != Role::Citizen) {
            assert!(person(&[(Role::Citizen, None), (role, None)]).is_staff(), "{role:?}");
        }
    }

    #[test]
    fn room_managers_manage_only_their_institution() {
        let manager = person(&[(Role::RoomManager, Some(3))]);
        assert!(manager.manages_institution(3));
        assert!(!manager.manages_institution(4));
        assert!(person(&[(Role::Administrator, None)]).manages_institution(4));
        assert!(!person(&[(Role::Moderator, None)]).manages_institution(3));
    }
}
