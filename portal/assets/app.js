// Home page: the 62 municipalities grouped by area. Text from the API goes through textContent only.
const AREAS = [["区部", "Special wards"], ["多摩", "Tama"], ["島しょ", "Islands"]];

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function showMunicipalities() {
  const box = document.getElementById("municipalities");
  const res = await fetch("/api/v1/municipalities");
  if (!res.ok) {
    box.textContent = "区市町村を読み込めませんでした / Could not load municipalities";
    return;
  }
  const { items } = await res.json();
  document.getElementById("municipality-count").textContent = `(${items.length})`;
  box.replaceChildren(...AREAS.map(([ja, en]) => {
    const list = items.filter((m) => m.area === ja);
    return el("section", { className: "area" },
      el("h3", {}, `${ja} `, el("span", { className: "en" }, `${en} (${list.length})`)),
      el("ul", { className: "municipality-list" }, ...list.map((m) =>
        el("li", { className: "municipality" }, el("span", { className: "ja" }, m.name_ja), " ",
          el("span", { className: "en" }, m.name_en), " ", el("code", {}, m.code)))));
  }));
}

showMunicipalities();
