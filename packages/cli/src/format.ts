import pc from "picocolors";
import type { Locale, Severity } from "@sevscale/core";

/** Colour functions that are no-ops when colour is off. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Colours on or off. */
export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** Paints a severity word. */
export function paintSeverity(c: Colors, severity: Severity, locale: Locale): string {
  const word = locale.terms.severity[severity];
  return severity === "error" ? c.red(word) : severity === "warning" ? c.yellow(word) : c.cyan(word);
}

/**
 * Makes text from an untrusted document safe for a terminal: control characters (which could move
 * the cursor or recolour the screen) are shown as \u escapes.
 */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : abs;
}
