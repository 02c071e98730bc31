// Caps that keep analysis bounded on hostile or broken input. Each says why it is safe.

/** Characters of the raw message analysed (8 MiB). A bounce's report and human text sit at the
 * top; what a cap cuts is the tail of a returned original, which the analysis never needs. */
export const MAX_INPUT_CHARS = 8 * 1024 * 1024;

/** MIME parts walked (500). Real bounces have fewer than 20; more means a generated bomb. */
export const MAX_PARTS = 500;

/** Multipart nesting depth (20). Real bounces nest 3-4 deep; recursion stays shallow. */
export const MAX_DEPTH = 20;

/** Characters kept per line of human text (4,000). Error lines are short; longer lines are
 * base64 or HTML runs that only slow the line scanners down. */
export const MAX_LINE_CHARS = 4000;

/** Characters of human-readable text handed to the decoders (128 KiB). A bounce's own words
 * fit in a few KiB; beyond that it is a quoted original, which every line scanner would pay for. */
export const MAX_TEXT_CHARS = 128 * 1024;

/** Header fields read per header block (1,000). */
export const MAX_HEADER_FIELDS = 1000;
