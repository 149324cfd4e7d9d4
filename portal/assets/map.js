// The records map (Leaflet, served locally from /vendor/leaflet/). Tiles come from <meta name="odh-tiles">; when
// they are off or fail to load (no internet), the map keeps a plain background with the markers and says so.
import { el } from "./dom.js";
import { t } from "./i18n.js";

const TOKYO = [35.68, 139.45];

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute("content")?.trim() ?? "";

export function createRecordMap(container, notice, { popup }) {
  const L = window.L;
  let tileState = "ok";   // ok | off | failed | no_library
  let shown = { markers: 0, total: 0, withoutPoint: 0 };

  function renderNotice() {
    const lines = [];
    if (tileState === "failed") lines.push(t("map.tiles_failed"));
    if (tileState === "off") lines.push(t("map.tiles_off"));
    if (tileState === "no_library") lines.push(t("map.no_library"));
    lines.push(t("map.count", shown.markers, shown.total));
    if (shown.withoutPoint > 0) lines.push(t("map.without_point", shown.withoutPoint));
    notice.replaceChildren(...lines.map((line) => el("span", {}, line)));
  }

  if (!L) {
    tileState = "no_library";
    container.classList.add("map-no-tiles");
    renderNotice();
    return { show() { renderNotice(); }, renderNotice };
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
  const markers = L.layerGroup().addTo(map);
  const icon = L.divIcon({ className: "odh-marker", iconSize: [14, 14] });

  /** Replaces the markers with the features of a GeoJSON FeatureCollection (Point geometries). */
  function show(collection) {
    markers.clearLayers();
    const points = [];
    let withoutPoint = 0;
    for (const feature of collection.features ?? []) {
      const c = feature.geometry?.type === "Point" ? feature.geometry.coordinates : null;
      if (!c || typeof c[0] !== "number" || typeof c[1] !== "number") { withoutPoint += 1; continue; }
      const latLng = [c[1], c[0]];
      points.push(latLng);
      const name = feature.properties?.name;
      L.marker(latLng, { icon, title: typeof name === "string" ? name : String(feature.id ?? ""), keyboard: true })
        .bindPopup(() => popup(feature))
        .addTo(markers);
    }
    shown = { markers: points.length, total: typeof collection.total === "number" ? collection.total : points.length + withoutPoint, withoutPoint };
    if (points.length > 0) map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
    else map.setView(TOKYO, 10);
    renderNotice();
  }

  renderNotice();
  return { show, renderNotice };
}
