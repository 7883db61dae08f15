import { PARSE_MESSAGES } from "../parse/messages.js";
import { INTEGRITY_MESSAGES } from "../integrity/messages.js";
import { REGISTRY_MESSAGES } from "../registry/messages.js";
import { TRANSLATE_MESSAGES } from "../translate/messages.js";
import { DIFF_MESSAGES } from "../diff/messages.js";
import { CLASSIFY_CATALOG } from "../classify/messages.js";
import { VALIDATE_MESSAGES } from "../validate/messages.js";
import { ISSUES_MESSAGES } from "./messages.js";
import type { MessageDefinition } from "./define.js";

/**
 * Every issue code the toolkit can report, gathered from each area's own catalogue. An area adds
 * its catalogue here with one spread; a duplicate code is a bug caught by the catalogue test.
 */
const parts: readonly Record<string, MessageDefinition>[] = [
  PARSE_MESSAGES,
  INTEGRITY_MESSAGES,
  REGISTRY_MESSAGES,
  TRANSLATE_MESSAGES,
  DIFF_MESSAGES,
  CLASSIFY_CATALOG,
  VALIDATE_MESSAGES,
  ISSUES_MESSAGES,
];

export const MESSAGE_CATALOG: Readonly<Record<string, MessageDefinition>> = Object.freeze(
  Object.assign({}, ...parts) as Record<string, MessageDefinition>,
);

/** All catalogue parts, for the duplicate-code test. */
export const MESSAGE_CATALOG_PARTS = parts;
