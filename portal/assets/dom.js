// DOM building without HTML strings: every text from the API or a municipal file goes in through text nodes.
// el("a", { href, class: "x", attrs: { "aria-label": "…" }, on: { click } }, "text", child, [more], null)

/** Creates an element; props are DOM properties, except `class`, `attrs` (attributes) and `on` (listeners). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "attrs") for (const [name, v] of Object.entries(value)) { if (v !== undefined && v !== null && v !== false) node.setAttribute(name, String(v)); }
    else if (key === "on") for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else node[key] = value;
  }
  append(node, children);
  return node;
}

/** Appends strings (as text), nodes and nested arrays; skips null, undefined and false. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces a node's children like replaceChildren, but skips null/undefined/false (replaceChildren prints "null"). */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const $ = (id) => document.getElementById(id);

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, text = url) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) return el("a", { href: url, rel: "noopener noreferrer" }, text);
  return el("span", {}, text ?? "");
}

/** Query string parameters of the current page. */
export const params = () => new URLSearchParams(location.search);

/** A portal page URL with query parameters (empty values dropped). */
export function pageUrl(page, query = {}) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") s.set(k, String(v));
  const text = s.toString();
  return text ? `${page}?${text}` : page;
}
