/**
 * Messages of the mapping audit (docs/audit.md): issues about the documents audited, the steps
 * that explain how a combination of national criteria reads on the reference scale, and the
 * finding itself. Codes are stable; the wording is in the locales (`locales/<lang>/audit.ts`).
 */
import { defineMessages } from "../issues/define.js";

/** Issues and trace steps of {@link auditMapping}. */
export const AUDIT_MESSAGES = defineMessages({
  audit_no_crosswalk: { severity: "error", stage: "audit", params: ["mapping"] },
  audit_scale_mismatch: { severity: "error", stage: "audit", params: ["actual", "expected", "mapping", "role"] },
  audit_sampled: { severity: "info", stage: "audit", params: ["checked", "seed", "total"] },
  audit_disagreement: { severity: "error", stage: "audit", params: ["band", "count", "level", "reference"] },
  audit_undecided: { severity: "warning", stage: "audit", params: ["count"] },
  crosswalk_option_implies: { severity: "info", stage: "audit", params: ["dimension", "option", "values"] },
  crosswalk_band_implies: { severity: "info", stage: "audit", params: ["atLeast", "dimension", "value", "values"] },
  crosswalk_no_band: { severity: "info", stage: "audit", params: ["dimension", "value"] },
  crosswalk_assumed: { severity: "info", stage: "audit", params: ["dimension", "option"] },
  crosswalk_reference_facts: { severity: "info", stage: "audit", params: ["facts"] },
});

/** A code of the audit's catalogue. */
export type AuditCode = keyof typeof AUDIT_MESSAGES;
