export { AUDIT_MESSAGES } from "./messages.js";
export type { AuditCellValue, AuditExample, AuditFinding, AuditOptions, AuditResult } from "./audit.js";
export { DEFAULT_AUDIT_BUDGET, DEFAULT_AUDIT_SEED, auditMapping, crosswalkIntervals } from "./audit.js";
export type { CrosswalkReading } from "./crosswalk.js";
export { readThroughCrosswalk } from "./crosswalk.js";
