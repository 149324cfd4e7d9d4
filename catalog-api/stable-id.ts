// Stable UUIDs (RFC 4122 version 5 layout from SHA-1) for CKAN ids and DCAT nodes: the same name gives the same id
// on every rebuild, so harvesters that key on `id` see one dataset, not a new one each night.
import { createHash } from "node:crypto";

const NAMESPACE = "tokyo-opendata-hub:";

export function stableUuid(name: string): string {
  const h = createHash("sha1").update(NAMESPACE + name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
