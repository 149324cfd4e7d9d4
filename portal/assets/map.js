// The records map (Leaflet, served locally from /vendor/leaflet/). Tiles come from <meta name="odh-tiles">; when
// they are off or fail to load (no internet), the map keeps a plain background with the markers and says so.
// Points come page by page (the records API's format=points): start(total), add(page) for each, finish().
import { el } from "./dom.js";
import { num } from "./format.js";
import { t } from "./i18n.js";

const TOKYO = [35.68, 139.45];
/** Up to this many points are pins (elements: each can be tabbed to and has its name as title); more are dots
 *  drawn on one canvas, which stays fluid with tens of thousands. */
const PIN_LIMIT = 1000;
const DOT_STYLE = { radius: 5, weight: 1.5, color: "#fff", fillColor: "#d62f2f", fillOpacity: 1 };

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute("content")?.trim() ?? "";

/** A format=points page's rows as objects named by its `fields`. */
const pointsOf = (page) => (page.points ?? []).map((row) => Object.fromEntries(page.fields.map((field, i) => [field, row[i]])));

export function createRecordMap(container, notice, { popup }) {
  const L = window.L;
  let tileState = "ok";   // ok | off | failed | no_library
  let shown = { markers: 0, total: 0, withoutPoint: 0, loading: false, dots: false };

  function renderNotice() {
    const lines = [];
    if (tileState === "failed") lines.push(t("map.tiles_failed"));
    if (tileState === "off") lines.push(t("map.tiles_off"));
    if (tileState === "no_library") lines.push(t("map.no_library"));
    lines.push(shown.loading ? t("map.loading", num(shown.markers + shown.withoutPoint), num(shown.total)) : t("map.count", num(shown.markers), num(shown.total)));
    if (shown.withoutPoint > 0) lines.push(t("map.without_point", num(shown.withoutPoint)));
    if (shown.dots) lines.push(t("map.dots"));
    notice.replaceChildren(...lines.map((line) => el("span", {}, line)));
  }

  /** Counts a page's points; calls draw(point, [lat, lon]) for each one that has coordinates. */
  function count(page, draw) {
    for (const point of pointsOf(page)) {
      if (typeof point.latitude !== "number" || typeof point.longitude !== "number") { shown.withoutPoint += 1; continue; }
      shown.markers += 1;
      draw(point, [point.latitude, point.longitude]);
    }
  }

  if (!L) {
    tileState = "no_library";
    container.classList.add("map-no-tiles");
    renderNotice();
    return {
      start(total) { shown = { markers: 0, total, withoutPoint: 0, loading: true, dots: false }; renderNotice(); },
      add(page) { count(page, () => {}); renderNotice(); },
      finish() { shown.loading = false; renderNotice(); },
      renderNotice,
    };
  }

  const map = L.map(container, { center: TOKYO, zoom: 10, scrollWheelZoom: false, keyboard: true });
  const tiles = meta("odh-tiles");
  if (!tiles) {
    tileState = "off";
    container.classList.add("map-no-tiles");
  } else {
    const layer = L.tileLayer(tiles, { maxZoom: 18, attribution: meta("odh-tiles-attribution") });
    layer.on("tileerror", () => {
      if (tileState === "failed") return;
      tileState = "failed";
      container.classList.add("map-no-tiles");
      map.removeLayer(layer);
      renderNotice();
    });
    layer.addTo(map);
  }
  // a marker's popup is bound when it is first chosen (click, or Enter on a pin), not for each of thousands up front
  const markers = L.featureGroup().addTo(map).on("click", (e) => {
    if (!e.layer.getPopup()) e.layer.bindPopup(() => popup(e.layer.point)).openPopup();
  });
  const icon = L.divIcon({ className: "odh-marker", iconSize: [14, 14] });
  const canvas = L.canvas({ padding: 0.5 });
  let bounds = L.latLngBounds([]);

  // not animated: Leaflet drops a zoom asked for while its zoom animation runs, so the view of the last page (or of a
  // new filter) arriving within the first page's animation was never taken
  function fit() {
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
    else map.setView(TOKYO, 10, { animate: false });
  }

  /** Clears the map for a new set of `total` records, to come page by page. */
  function start(total) {
    map.closePopup();
    markers.clearLayers();
    bounds = L.latLngBounds([]);
    shown = { markers: 0, total, withoutPoint: 0, loading: true, dots: total > PIN_LIMIT };
    renderNotice();
  }

  /** Draws one page of points; the first page sets the view, so the map shows something while the rest comes. */
  function add(page) {
    const first = shown.markers + shown.withoutPoint === 0;
    count(page, (point, latLng) => {
      const marker = shown.dots
        ? L.circleMarker(latLng, { ...DOT_STYLE, renderer: canvas })
        : L.marker(latLng, { icon, title: typeof point.name === "string" ? point.name : String(point.record_id ?? ""), keyboard: true });
      marker.point = point;
      markers.addLayer(marker);
      bounds.extend(latLng);
    });
    if (first) fit();
    renderNotice();
  }

  /** Every page is in: the view takes in every point. */
  function finish() {
    shown.loading = false;
    fit();
    renderNotice();
  }

  renderNotice();
  return { start, add, finish, renderNotice };
}
