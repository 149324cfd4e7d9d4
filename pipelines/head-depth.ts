// How far down a file its header is looked for: read by the table stage, and said in its messages.

/** How many records at the top of a file are searched for the header row. */
export const HEAD_RECORDS = 50;

/** How far down a header is looked for when the first HEAD_RECORDS hold none (60 lines of notes over the table). */
export const DEEP_HEAD_RECORDS = 500;
