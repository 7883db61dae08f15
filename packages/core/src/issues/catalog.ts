import { PARSE_MESSAGES } from "../parse/messages.js";
import { INTEGRITY_MESSAGES } from "../integrity/messages.js";
import { REGISTRY_MESSAGES } from "../registry/messages.js";
import { TRANSLATE_MESSAGES } from "../translate/messages.js";
import { DIFF_MESSAGES } from "../diff/messages.js";
import { EXPORT_MESSAGES } from "../export/messages.js";
import { AUDIT_MESSAGES } from "../audit/messages.js";
import { CLASSIFY_CATALOG } from "../classify/messages.js";
import { VALIDATE_MESSAGES } from "../validate/messages.js";
import type { MessageDefinition } from "./define.js";

/** The whole catalogue's type: every code with its severity, stage and parameters. */
export type MessageCatalog = typeof PARSE_MESSAGES &
  typeof INTEGRITY_MESSAGES &
  typeof REGISTRY_MESSAGES &
  typeof TRANSLATE_MESSAGES &
  typeof DIFF_MESSAGES &
  typeof CLASSIFY_CATALOG &
  typeof VALIDATE_MESSAGES &
  typeof EXPORT_MESSAGES &
  typeof AUDIT_MESSAGES;

/** Every message code sevscale can report (issues, trace steps, diff changes). */
export type MessageCode = keyof MessageCatalog & string;

/**
 * Every message code the toolkit can report, gathered from each area's own catalogue: data only
 * (severity, stage, parameters); the wording is in the locales. An area adds its catalogue here
 * with one spread; a duplicate code is a bug caught by the catalogue test.
 */
export const MESSAGE_CATALOG_PARTS: readonly Readonly<Record<string, MessageDefinition>>[] = [
  PARSE_MESSAGES,
  INTEGRITY_MESSAGES,
  REGISTRY_MESSAGES,
  TRANSLATE_MESSAGES,
  DIFF_MESSAGES,
  CLASSIFY_CATALOG,
  VALIDATE_MESSAGES,
  EXPORT_MESSAGES,
  AUDIT_MESSAGES,
];

/** The catalogue by code. */
export const MESSAGE_CATALOG: Readonly<Record<string, MessageDefinition>> = Object.assign(
  {},
  ...MESSAGE_CATALOG_PARTS,
) as Record<string, MessageDefinition>;
