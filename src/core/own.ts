// Lookups in tables written as object literals, by a key that comes from outside (an email, the
// command line). A plain `table[key]` also finds what every object inherits: "constructor",
// "toString" or "valueOf" from an email had turned into a function's source in the output.

/** The table's own value for `key`, or undefined. */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
