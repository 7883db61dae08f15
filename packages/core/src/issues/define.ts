import type { Severity } from "./issue.js";

/**
 * One entry of the message catalogue: data only. The wording lives in the locales
 * (`src/locales/<lang>/`), one template per code, which may name only the `params` declared here.
 */
export interface MessageDefinition {
  /** The severity an issue with this code normally has. */
  readonly severity: Severity;
  /** Which stage reports it: parse, structure, meaning, facts, translate, integrity, ... */
  readonly stage: string;
  /** The parameters a template may name as `{param}`. */
  readonly params: readonly string[];
}

/** Declares a group of message definitions; keeps the literal code names and params as types. */
export function defineMessages<const T extends Readonly<Record<string, MessageDefinition>>>(defs: T): T {
  return defs;
}
