export type { Issue, IssueParams, Severity } from "./issue.js";
export { escapePointerToken, fromPointer, hasErrors, toPointer } from "./issue.js";
export type { MessageDefinition } from "./define.js";
export { defineMessages } from "./define.js";
export type { MessageCatalog, MessageCode } from "./catalog.js";
export { MESSAGE_CATALOG } from "./catalog.js";
export { fillTemplate, renderMessage, renderSeverity } from "./render.js";
export { SevscaleError } from "./error.js";
