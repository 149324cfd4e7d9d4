// How a workbook's parts are written as XML: attributes (either quote, spaces around =), elements with or without a
// namespace prefix (`<x:row>`), and the error a damaged part raises.

export class XlsxError extends Error {}

/** Whether a part writes its elements with a namespace prefix (`<x:row>`): its root element, at its start, tells. */
export const isPrefixed = (xml: string) => /<\w+:(?:sst|worksheet|workbook|styleSheet)\b/.test(xml.slice(0, 4096));
export const withoutPrefixes = (xml: string) => xml.replace(/<(\/?)\w+:/g, "<$1");
export const stripPrefixes = (xml: string) => (isPrefixed(xml) ? withoutPrefixes(xml) : xml);

const ATTRIBUTES = new Map<string, RegExp>();
export function attr(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  // valid XML may quote with ' and put spaces around =
  if (pattern === undefined) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|[\\s:])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attrs);
  return m === null ? undefined : m[1] ?? m[2];
}
