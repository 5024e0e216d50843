//! Data submission's tables. Server only.

pub mod submission;
pub mod submission_form;
pub mod submission_photo;
pub mod submission_row;
