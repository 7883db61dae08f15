/** Small JSON helpers of the diff: equality, shapes, stable rendering of values in messages. */

/** A plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; member order does not matter, array order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** A language map: a non-empty object of strings (the caller knows from the schema where they are). */
export function isLangMap(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === "string");
}

/** Union of two objects' keys: the old order first, then keys only the new one has. */
export function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out = Object.keys(a);
  for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) out.push(k);
  return out;
}

/** A short rendering of a value for a message parameter (long values are cut). */
export function brief(value: unknown, max = 80): string {
  let text: string;
  // "(none)": a field the document does not give; locales word it with `{param:absent}` (MessageTerms.values).
  if (value === undefined) text = "(none)";
  else if (typeof value === "string") text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
