export type { Issue, IssueParams, MessageLanguage, Severity } from "./issue.js";
export { MESSAGE_LANGUAGES, escapePointerToken, fromPointer, hasErrors, toPointer } from "./issue.js";
export type { MessageDefinition } from "./define.js";
export { defineMessages } from "./define.js";
export { MESSAGE_CATALOG } from "./catalog.js";
export { fillTemplate, renderMessage } from "./render.js";
export { SevscaleError } from "./error.js";
