//! What the server knows about a request before rendering — language, the signed-in person
//! and a one-time flash — given to every component through context. It stays on the server:
//! the islands the browser hydrates get what they need as props.

use serde::{Deserialize, Serialize};

use super::i18n::{Locale, Msg};
use super::roles::SessionUser;
use crate::error::FieldError;

/// The result of a form post that arrived without JavaScript, kept for the next page view:
/// the errors to show next to the fields and what the person had typed (never passwords).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// Which form the errors belong to.
    #[serde(default)]
    pub form: String,
    #[serde(default)]
    pub errors: Vec<FieldError>,
    #[serde(default)]
    pub values: Vec<(String, String)>,
    /// A success message for the next page ("You have logged out").
    #[serde(default)]
    pub notice: Option<Msg>,
}

impl Flash {
    pub fn value(&self, field: &str) -> Option<&str> {
        self.values.iter().find(|(name, _)| name == field).map(|(_, value)| value.as_str())
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BootData {
    pub locale: Locale,
    pub user: Option<SessionUser>,
    pub flash: Option<Flash>,
}

impl BootData {
    /// Flash errors and values for one form, if the flash belongs to it.
    pub fn flash_for(&self, form: &str) -> Option<&Flash> {
        self.flash.as_ref().filter(|flash| flash.form == form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flash_belongs_to_one_form() {
        let boot = BootData { flash: Some(Flash { form: "login".into(), ..Flash::default() }), ..BootData::default() };
        assert!(boot.flash_for("login").is_some());
        assert!(boot.flash_for("signup").is_none());
    }
}
