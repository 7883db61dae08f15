/**
 * Reading untrusted JSON values safely (a parsed document may hold "__proto__" keys, arrays where
 * objects belong): what validation, classification and the importers read values with.
 */

/** True for a plain (non-array, non-null) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own enumerable property, never the prototype chain (documents may contain "__proto__"). */
export function ownValue(value: unknown, key: string | number): unknown {
  if (Array.isArray(value)) return typeof key === "number" ? value[key] : undefined;
  if (isRecord(value) && Object.hasOwn(value, key)) return value[key];
  return undefined;
}
