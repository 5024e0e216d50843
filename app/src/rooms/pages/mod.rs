//! Citizen pages of rooms: the catalogue, one room, institutions, featured rooms.

mod admin;
mod book;
pub mod calendar;
mod catalogue;
mod institutions;
mod my_bookings;
mod room;

pub use admin::{AdminBookingPage, AdminBookingsPage, AdminNewEntryPage, AdminRoomEditPage, AdminRoomReportPage, AdminRoomsPage};
pub use book::BookRoomPage;
#[cfg(feature = "ssr")]
pub use book::quote_body_html;
pub use calendar::CityCalendarPage;
pub use catalogue::{RoomCardView, RoomsPage};
pub use institutions::{InstitutionPage, InstitutionsPage};
pub use my_bookings::{MyBookingPage, MyBookingsPage};
pub use room::RoomPage;

use leptos::prelude::*;

use crate::core::i18n::{use_i18n, Msg};
use crate::rooms::api::featured_rooms;

/// Whether a rooms page holds an island: only the booking form (its live quote).
pub fn holds_island(path: &str) -> bool {
    path.strip_prefix("/rooms/").and_then(|rest| rest.strip_suffix("/book")).is_some_and(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// The front page's featured rooms (staff choose them); nothing when there are none.
#[component]
pub fn FeaturedRooms() -> impl IntoView {
    let i18n = use_i18n();
    let rooms = Resource::new(|| (), |_| featured_rooms());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let rooms = rooms.await.unwrap_or_default();
                (!rooms.is_empty()).then(|| view! {
                    <section class="featured" aria-labelledby="featured-title">
                        <h2 id="featured-title">{i18n.t(Msg::FeaturedRoomsTitle)}</h2>
                        <ul class="room-list room-list--grid">
                            {rooms.into_iter().map(|room| view! { <RoomCardView room=room/> }).collect_view()}
                        </ul>
                        <p><a href="/rooms">{i18n.t(Msg::AllRooms)}</a></p>
                    </section>
                })
            })}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_booking_form_holds_an_island() {
        assert!(super::holds_island("/rooms/htg-auditoorium/book"));
        for path in ["/rooms", "/rooms/htg-auditoorium", "/rooms//book", "/rooms/a/b/book", "/my/bookings/3"] {
            assert!(!super::holds_island(path), "{path}");
        }
    }
}
