/* Maps of the places a briefing names: one vector point per place, over OpenStreetMap tiles.
   The points are drawn by Leaflet as SVG, so they show even when the tiles cannot load. */
(function () {
  "use strict";

  function label(point) {
    var link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.name;
    var box = document.createElement("span");
    box.appendChild(link);
    if (point.mentions) {
      box.appendChild(document.createTextNode(" · " + point.mentions + (point.mentions === 1 ? " mention" : " mentions")));
    }
    return box;
  }

  function draw(container) {
    var island = container.nextElementSibling;
    if (container.dataset.bfDrawn || !island || island.type !== "application/json" || typeof L === "undefined") {
      return;
    }
    container.dataset.bfDrawn = "yes";
    var points = JSON.parse(island.textContent);
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    }).addTo(map);
    var largest = Math.max.apply(null, points.map(function (p) { return p.mentions || 1; }));
    points.forEach(function (point) {
      var marker = L.circleMarker([point.lat, point.lon], {
        radius: 5 + 9 * Math.sqrt((point.mentions || 1) / largest),
        color: "#b71c1c", weight: 2, fillColor: "#e53935", fillOpacity: 0.7
      }).addTo(map);
      // Leaflet reads a string as HTML: a name goes in as a text node, so it stays text.
      marker.bindTooltip(document.createTextNode(point.name), { direction: "top", permanent: points.length === 1 });
      marker.bindPopup(label(point));
    });
    var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; }));
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: points.length === 1 ? 7 : 8 });
  }

  function drawAll() {
    document.querySelectorAll(".bf-map").forEach(draw);
  }

  // With Material's instant navigation, document$ emits after every page change.
  if (typeof document$ !== "undefined") {
    document$.subscribe(drawAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
