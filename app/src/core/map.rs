//! Places on a map. Rendered as a list of places (links with their coordinates) that
//! works without JavaScript; `public/map.js` draws a Leaflet map over the canvas beside
//! it. The canvas is a labelled region, so the map's own controls have a name to sit in.

use leptos::prelude::*;
use serde::Serialize;

use super::i18n::{use_i18n, Msg};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MapPlace {
    pub title: String,
    pub link: String,
    pub lat: f64,
    pub lon: f64,
}

/// The place on openstreetmap.org: the list's link where the page itself is the place's.
pub fn openstreetmap_link(lat: f64, lon: f64) -> String {
    format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}")
}

#[derive(Serialize)]
struct MapConfig<'a> {
    places: &'a [MapPlace],
    #[serde(skip_serializing_if = "Option::is_none")]
    pick: Option<Pick>,
}

/// The ids of the inputs a click on the map fills.
#[derive(Clone, Serialize)]
pub struct Pick {
    pub lat: String,
    pub lon: String,
}

fn config(places: &[MapPlace], pick: Option<Pick>) -> String {
    serde_json::to_string(&MapConfig { places, pick }).unwrap_or_else(|_| "{}".to_owned())
}

/// A map of `places` with the same places listed beside it (`list`: false when the page
/// lists them itself).
#[component]
pub fn PlacesMap(places: Vec<MapPlace>, #[prop(default = true)] list: bool) -> impl IntoView {
    let i18n = use_i18n();
    let data = config(&places, None);
    view! {
        // The map script is loaded only by pages with a map (it draws each map once).
        <leptos_meta::Script src="/map.js" defer="defer"/>
        <div class="places-map" class:places-map--alone=!list>
            <div class="places-map__canvas" role="region" aria-label=i18n.t(Msg::MapLabel) data-map=data data-attribution=i18n.t(Msg::MapAttribution)></div>
            {list.then(|| view! {
                <ul class="places-map__list">
                    {places.into_iter().map(|place| view! {
                        <li><a href=place.link>{place.title}</a>" "<span class="places-map__coordinates">{format!("{:.5}, {:.5}", place.lat, place.lon)}</span></li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// A map to choose a place on: a click fills the latitude and longitude fields, which
/// people without JavaScript (or who prefer to) type instead.
#[component]
pub fn PlacePicker(pick: Pick) -> impl IntoView {
    let i18n = use_i18n();
    let data = config(&[], Some(pick));
    view! {
        <leptos_meta::Script src="/map.js" defer="defer"/>
        <div class="places-map__canvas places-map__canvas--picker" role="region" aria-label=i18n.t(Msg::MapPickLabel) data-map=data data-attribution=i18n.t(Msg::MapAttribution)></div>
    }
}
