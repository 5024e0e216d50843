//! Every server test in one binary: the real router against real SQLite and PostgreSQL
//! databases, one module per feature. One binary links once (each used to take ~1 GB and
//! a long link of its own).

#[macro_use]
mod support;

mod account_rights;
mod booking_concurrency;
mod booking_workflow;
mod consultation_editor;
mod data_submission;
mod follows;
mod hardening;
mod foundation;
mod generated;
mod hub_editor;
mod ideas;
mod mail_delivery;
mod open_data;
mod participation;
mod processes;
mod proposals;
mod rooms;
mod services;
mod trusted_accounts;
