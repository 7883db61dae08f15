/**
 * French typography, for tests: a no-break space (U+00A0, or the narrow U+202F) before `: ; ? !`
 * and inside « ». What is not prose is left alone: code spans, URLs, the program prefix
 * `sevscale:`, an editor's `file:line:column:` position, times and ratios (24:00, 4.5:1), JSON keys
 * (`"key":`), `::`, `!=`, `TLP:AMBER`, query strings.
 */

const NO_BREAK = "\u00a0\u202f";

/** The places in `text` where French typography wants a no-break space and has none; each with its context. */
export function frenchTypographyFaults(text: string): string[] {
  const blank = (m: string) => " ".repeat(m.length);
  // Not prose: code spans, URLs, the program prefix, ANSI colour codes.
  const t = text
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\b(?:https?|file):\/\/[^\s»)"]+/g, (m) => "x".repeat(m.length))
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/(^|\n)sevscale:/g, (m) => m.replace(/:$/, " "))
    // an editor's file:line:column: position at the start of a line
    .replace(/(^|\n)(\s*)(\S+:\d+(?::\d+)?:)/g, (_m, nl: string, sp: string, pos: string) => nl + sp + blank(pos));
  const faults: string[] = [];
  const at = (i: number) => JSON.stringify(t.slice(Math.max(0, i - 20), i + 4));
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    const prev = t[i - 1] ?? "";
    const next = t[i + 1] ?? "";
    if (":;?!".includes(c)) {
      if (i === 0 || prev === "\n" || NO_BREAK.includes(prev)) continue;
      if (c === ":" && !/\s/.test(prev) && /[0-9]/.test(next)) continue; // 24:00, 4.5:1, {ratio}:1
      if (c === ":" && (prev === '"' || next === ":" || prev === ":")) continue; // "key": and ::
      if (c === ":" && /^[A-Z]+:[A-Z]/.test(t.slice(i - 3, i + 2)) ) continue; // TLP:AMBER
      if (c === "!" && next === "=") continue;
      if (c === "?" && /[\w=&]/.test(next)) continue; // a query string
      faults.push(at(i));
    } else if (c === "«" && !NO_BREAK.includes(next)) faults.push(at(i));
    else if (c === "»" && !NO_BREAK.includes(prev)) faults.push(at(i));
  }
  return faults;
}

/** Every string in a value: strings as they are, functions called with sample arguments (each branch of a plural). */
export function allTexts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const out: [string, string][] = [];
    for (const sample of [2, 1, 0, "X"]) {
      try {
        const r = fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? sample : "X")));
        if (typeof r === "string") out.push([`${path}(${String(sample)})`, r]);
      } catch {
        // a sample a text does not take: the others cover it
      }
    }
    return out;
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => allTexts(v, path ? `${path}.${k}` : k));
  return [];
}

