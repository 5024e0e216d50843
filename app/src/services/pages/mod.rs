//! Citizen pages of Services: `/services` (search and browse, every filter a GET
//! parameter) and `/services/{slug}` (one service, with "Was this helpful?").

mod admin;
mod catalogue;
mod service;

pub use admin::{MyServicesPage, ServiceEditPage, ServiceMapListPage, ServiceMapPage};
pub use catalogue::ServicesPage;
pub use service::ServicePageView;
