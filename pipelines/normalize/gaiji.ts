// 外字: characters of the private use areas. CP932's user-defined area (F040–F9FC) decodes to U+E000–U+E757, and
// Excel keeps such characters as they are. Only the font of the computer that wrote the file draws them; every other
// computer shows a box or another character.
export const PRIVATE_USE = /[\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/;
const EVERY_PRIVATE_USE = new RegExp(PRIVATE_USE.source, "g");

/** The text with each 外字 shown as 〓, the mark printers use for a character they cannot print. */
export const markGaiji = (s: string): string => s.replace(EVERY_PRIVATE_USE, "〓");
