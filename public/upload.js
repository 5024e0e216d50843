// Raekoda's file uploads. A CSV upload is a plain multipart form that works without
// JavaScript; this script only sends it with XMLHttpRequest to show how much has been
// uploaded, then says the rows are being checked. A clean file's preview opens as the
// server redirects there; a refused file's report replaces the report on this page.
(function () {
  "use strict";
  // Every upload form asks for this script; it listens once.
  if (window.raekodaUploads) return;
  window.raekodaUploads = true;

  function start(form, event) {
    var input = form.querySelector('input[type="file"]');
    if (!input || !input.files || !input.files.length || !window.FormData) return;
    event.preventDefault();
    var box = form.querySelector(".upload-progress");
    var bar = box && box.querySelector("progress");
    var status = box && box.querySelector(".upload-progress__status");
    var button = form.querySelector('button[type="submit"]');
    var say = function (text) { if (status) status.textContent = text; };
    if (box) box.hidden = false;
    if (button) button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.floor((e.loaded / e.total) * 100);
      if (bar) bar.value = percent;
      say((form.getAttribute("data-progress") || "{percent}%").replace("{percent}", percent));
    };
    xhr.upload.onload = function () {
      if (bar) bar.removeAttribute("value");
      say(form.getAttribute("data-checking") || "");
    };
    xhr.onload = function () {
      var landed = xhr.responseURL ? new URL(xhr.responseURL).pathname : "";
      if (xhr.status < 400 && landed && landed !== new URL(form.action).pathname) {
        window.location.assign(xhr.responseURL);
        return;
      }
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var fresh = page.getElementById("upload-report");
      var here = document.getElementById("upload-report");
      if (fresh && here) {
        here.innerHTML = fresh.innerHTML;
        var summary = here.querySelector("[tabindex]");
        if (summary) summary.focus();
      } else {
        // Anything else (a lost session, an error page): let the browser show it.
        form.submit();
        return;
      }
      if (box) box.hidden = true;
      if (button) button.disabled = false;
      form.reset();
    };
    xhr.onerror = function () { form.submit(); };
    xhr.send(new FormData(form));
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.hasAttribute && form.hasAttribute("data-upload")) start(form, event);
  }, true);
})();
