import { VALIDATE_MESSAGES } from "../validate/messages.js";
import type { MessageDefinition } from "./define.js";

/**
 * Every issue code the toolkit can report, gathered from each area's own catalogue. An area adds
 * its catalogue here with one spread; a duplicate code is a bug caught by the catalogue test.
 */
const parts: readonly Record<string, MessageDefinition>[] = [
  VALIDATE_MESSAGES,
];

export const MESSAGE_CATALOG: Readonly<Record<string, MessageDefinition>> = Object.freeze(
  Object.assign({}, ...parts) as Record<string, MessageDefinition>,
);

/** All catalogue parts, for the duplicate-code test. */
export const MESSAGE_CATALOG_PARTS = parts;
