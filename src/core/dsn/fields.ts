// Helpers for RFC 3464 field values: "type; value" pairs and the addresses inside them.

const TYPE_NAME = /^[A-Za-z0-9-]+$/;
/** An address in angle brackets; a quoted local part may hold spaces ("john doe"@example.org). */
const ANGLE = /<((?:"[^"<>]{1,64}"|[^<>\s"]){1,320})>/;
const QUOTE_AT_END = /^["']|["']$/;
/** A quoted local part: its quotes belong to the address. */
const QUOTED_LOCAL = /^"[^"]{1,64}"@[^\s"']{1,255}$/;

/** Splits "rfc822; user@example.com" into its type and value; no ";" means no type. */
export function typedValue(raw: string): { type?: string; value: string } {
  const semi = raw.indexOf(";");
  if (semi > 0 && semi < 20) {
    const type = raw.slice(0, semi).trim();
    if (TYPE_NAME.test(type))
      return { type: type.toLowerCase(), value: raw.slice(semi + 1).trim() };
  }
  return { value: raw.trim() };
}

/** An address value without the "rfc822;" type, angle brackets, quotes or a trailing comment. */
export function addressValue(raw: string): string {
  // (each pattern tried only when its char is there: most values are a bare address, and the
  // value from typedValue is trimmed already)
  let v = typedValue(raw).value;
  if (v.includes("<")) {
    const angle = ANGLE.exec(v);
    if (angle?.[1]) v = angle[1];
  }
  if (v.includes(")")) v = v.replace(/\s*\([^()]{0,200}\)\s*$/, "").trim();
  return QUOTE_AT_END.test(v) && !QUOTED_LOCAL.test(v) ? v.replace(/^["']|["']$/g, "").trim() : v;
}
