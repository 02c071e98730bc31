// Which published range an IP address falls in (IPv4 and IPv6 CIDR), with ipaddr.js: pure
// JavaScript, so it runs in the pane and the command line alike.
import { IPv6, isValid, parse, parseCIDR } from "ipaddr.js";

interface ParsedRange {
  readonly text: string;
  readonly cidr: ReturnType<typeof parseCIDR>;
}

/** A table's rows with their ranges, parsed once. */
export type RangeTable<T> = readonly { readonly row: T; readonly ranges: readonly ParsedRange[] }[];

export function rangeTable<T>(rows: readonly T[], rangesOf: (row: T) => readonly string[]) {
  return rows.map((row) => ({
    row,
    ranges: rangesOf(row).map((text) => ({ text, cidr: parseCIDR(text) })),
  })) satisfies RangeTable<T>;
}

/** The row and range `ip` falls in, or undefined (also for text that is no IP address). */
export function findRange<T>(
  table: RangeTable<T>,
  ip: string,
): { row: T; range: string } | undefined {
  if (!isValid(ip)) return undefined;
  let address = parse(ip);
  // An IPv4 address written as IPv6 (::ffff:192.0.2.1) is the IPv4 address.
  if (address instanceof IPv6 && address.isIPv4MappedAddress()) address = address.toIPv4Address();
  const kind = address.kind();
  for (const { row, ranges } of table) {
    for (const { text, cidr } of ranges) {
      if (cidr[0].kind() === kind && address.match(cidr)) return { row, range: text };
    }
  }
  return undefined;
}
