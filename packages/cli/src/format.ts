import pc from "picocolors";
import { escapeText } from "@sevscale/core";
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
 * Makes text from an untrusted document safe for a terminal: the core's {@link escapeText} (control
 * characters, line breaks included, and bidirectional controls shown as `\uXXXX`), so a document
 * can neither move the cursor, recolour the screen, forge a line of output nor reorder text.
 */
export function safeText(text: string): string {
  return escapeText(text);
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : abs;
}
