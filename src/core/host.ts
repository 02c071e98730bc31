// The host a Remote-MTA field or a server's words name, as written: "dns; mx.example.com
// [192.0.2.1]" -> "mx.example.com", "[192.0.2.1]" -> "192.0.2.1". A host with U-labels
// ("mx.bücher.example") is kept whole, not cut at its first non-ASCII letter.

/** An address type before the host ("dns;", "x-local-hostname;"). */
const ADDRESS_TYPE = /^[a-z-]{1,30};/i;
/** The host: up to a space, a bracket, a comment or a separator, at most a DNS name's length. */
const HOST = /^[^\s()<>[\],;]{1,255}/;

/** Undefined when `value` names no host. */
export function hostOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const type = ADDRESS_TYPE.exec(value);
  let text = (type === null ? value : value.slice(type[0].length)).trim();
  if (text.startsWith("[")) text = text.slice(1);
  const host = HOST.exec(text)?.[0];
  return host?.endsWith(".") ? host.slice(0, -1) || undefined : host;
}
