import type { Severity } from "./issue.js";

/**
 * One entry of the message catalogue. Templates are plain strings with `{param}` placeholders,
 * so translations are data and docs/error-codes.md can list them.
 */
export interface MessageDefinition {
  /** The severity an issue with this code normally has. */
  readonly severity: Severity;
  /** Which stage reports it: parse, structure, meaning, facts, translate, integrity, ... */
  readonly stage: string;
  readonly en: string;
  readonly es: string;
  readonly fr?: string;
  readonly pt?: string;
}

/** Declares a group of message definitions; keeps the literal code names as keys. */
export function defineMessages<const T extends Record<string, MessageDefinition>>(defs: T): T {
  for (const code of Object.keys(defs)) {
    if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(code)) throw new Error(`issue code is not snake_case: ${code}`);
  }
  return defs;
}
