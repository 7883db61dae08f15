/**
 * Internal helpers shared by translation and comparison: read-only document types and picking a
 * text from a language map. Not part of the public surface.
 */

/** A document as the engine reads it: never mutated, so frozen or `as const` documents fit. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A language map as read from a document. */
export type Text = Readonly<Record<string, string>>;

const own = (map: Text, key: string): string | undefined =>
  Object.hasOwn(map, key) ? map[key] : undefined;

/**
 * The text of `map` in `lang`: the exact tag, else the first tag with the same primary language
 * ("es-419" for "es"), else the document's default language, else the first text present.
 * Own keys only, so a key such as `__proto__` in untrusted input is never read through the prototype.
 */
export function pickText(map: Text | undefined, lang: string, defaultLanguage: string): string {
  if (map === undefined) return "";
  const exact = own(map, lang);
  if (exact !== undefined) return exact;
  const primary = lang.split("-")[0]!.toLowerCase();
  const keys = Object.keys(map);
  for (const k of keys) if (k.split("-")[0]!.toLowerCase() === primary) return map[k]!;
  const fallback = own(map, defaultLanguage);
  if (fallback !== undefined) return fallback;
  const first = keys[0];
  return first === undefined ? "" : map[first]!;
}

/** Confidence rounded to 4 decimals, so 0.9 × 0.9 reads 0.81 and results are stable to compare. */
export function roundConfidence(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(1, Math.max(0, Math.round(x * 10_000) / 10_000));
}
