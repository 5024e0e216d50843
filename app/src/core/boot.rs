//! What the server knows about a request before rendering — language, the signed-in person
//! and a one-time flash — handed to hydration so both render the same page.

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

pub const BOOT_ELEMENT_ID: &str = "raekoda-boot";

impl BootData {
    /// JSON safe to place inside a `<script type="application/json">`.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| "{}".to_owned())
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }

    pub fn from_script_json(json: &str) -> BootData {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// Flash errors and values for one form, if the flash belongs to it.
    pub fn flash_for(&self, form: &str) -> Option<&Flash> {
        self.flash.as_ref().filter(|flash| flash.form == form)
    }
}

/// Reads the boot data the server rendered into the page.
#[cfg(feature = "hydrate")]
pub fn boot_from_document() -> BootData {
    let json = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(BOOT_ELEMENT_ID))
        .and_then(|element| element.text_content())
        .unwrap_or_default();
    BootData::from_script_json(&json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let boot = BootData {
            flash: Some(Flash {
                form: "login".into(),
                values: vec![("email".into(), "</script><script>alert(1)</script>".into())],
                ..Flash::default()
            }),
            ..BootData::default()
        };
        let json = boot.to_script_json();
        assert!(!json.contains("</script"));
        assert_eq!(BootData::from_script_json(&json), boot);
    }

    #[test]
    fn flash_belongs_to_one_form() {
        let boot = BootData { flash: Some(Flash { form: "login".into(), ..Flash::default() }), ..BootData::default() };
        assert!(boot.flash_for("login").is_some());
        assert!(boot.flash_for("signup").is_none());
    }
}
