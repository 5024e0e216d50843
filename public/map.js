// Raekoda's maps. Every map is first an ordinary list of places (links with
// coordinates) that works without JavaScript; this script draws a Leaflet map over the
// element marked `data-map`, with the places as markers. Leaflet is served from
// /vendor/leaflet (copied from npm by make), never from a CDN. The tile server is
// configuration (<meta name="raekoda-map-tiles">); when no tiles load, the markers
// still show on a plain background, and the list beside the map still works.
//
// data-map: {"places": [{"lat": 58.38, "lon": 26.72, "title": "…", "link": "/ideas/1"}],
//            "pick": {"lat": "latitude", "lon": "longitude"}}   (pick: the inputs a click fills)
(function () {
  "use strict";
  // Every page with a map asks for this script; it runs once.
  if (window.raekodaMaps) return;
  window.raekodaMaps = true;
  var TARTU = [58.378, 26.729];
  var loading = null;

  function loadLeaflet() {
    if (window.L) return Promise.resolve(window.L);
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/vendor/leaflet/leaflet.css";
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = "/vendor/leaflet/leaflet.js";
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return loading;
  }

  function tileUrl() {
    var meta = document.querySelector('meta[name="raekoda-map-tiles"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // A marker's popup: the title as text (people's ideas are not markup), linked.
  function popup(place) {
    var link = document.createElement("a");
    link.href = place.link;
    link.textContent = place.title;
    return link;
  }

  function draw(L, element) {
    var config;
    try {
      config = JSON.parse(element.getAttribute("data-map"));
    } catch (e) {
      return;
    }
    var map = L.map(element, { scrollWheelZoom: false }).setView(TARTU, 13);
    var tiles = tileUrl();
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
    }
    var points = [];
    (config.places || []).forEach(function (place) {
      var marker = L.circleMarker([place.lat, place.lon], { radius: 9, color: "#0b3b60", weight: 3, fillColor: "#ffffff", fillOpacity: 1 });
      if (place.link) marker.bindPopup(popup(place));
      marker.addTo(map);
      points.push([place.lat, place.lon]);
    });
    if (points.length > 1) map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
    else if (points.length === 1) map.setView(points[0], 15);
    if (config.pick) pickOn(L, map, config.pick);
  }

  // A click on the map fills the latitude and longitude fields (which people can also type).
  function pickOn(L, map, pick) {
    var lat = document.getElementById(pick.lat);
    var lon = document.getElementById(pick.lon);
    if (!lat || !lon) return;
    var marker = null;
    function show(point) {
      if (marker) marker.setLatLng(point);
      else marker = L.circleMarker(point, { radius: 10, color: "#b3261e", weight: 3, fillColor: "#ffffff", fillOpacity: 1 }).addTo(map);
    }
    var typed = [parseFloat(String(lat.value).replace(",", ".")), parseFloat(String(lon.value).replace(",", "."))];
    // Only a place in Tartu (what the server accepts) moves the map; a mistyped one does not.
    if (typed[0] >= 58.30 && typed[0] <= 58.45 && typed[1] >= 26.55 && typed[1] <= 26.90) {
      show(typed);
      map.setView(typed, 15);
    }
    map.on("click", function (event) {
      lat.value = event.latlng.lat.toFixed(5);
      lon.value = event.latlng.lng.toFixed(5);
      lat.dispatchEvent(new Event("input", { bubbles: true }));
      lon.dispatchEvent(new Event("input", { bubbles: true }));
      show(event.latlng);
    });
  }

  function drawAll() {
    var pending = document.querySelectorAll("[data-map]:not([data-map-drawn])");
    if (!pending.length) return;
    loadLeaflet().then(function (L) {
      pending.forEach(function (element) {
        if (element.hasAttribute("data-map-drawn") || !element.isConnected) return;
        element.setAttribute("data-map-drawn", "");
        draw(L, element);
      });
    }, function () { /* no Leaflet: the list beside the map is the map */ });
  }

  function start() {
    drawAll();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
