/**
 * The generated severity tables (packages/core/src/generated/severities.ts) give every code of
 * each area the severity its catalogue declares.
 */
import { describe, expect, it } from "vitest";
import { ASSESSMENT_MESSAGES } from "../../packages/core/src/assessment/messages.js";
import { AUDIT_MESSAGES } from "../../packages/core/src/audit/messages.js";
import { EXPORT_MESSAGES } from "../../packages/core/src/export/messages.js";
import * as generated from "../../packages/core/src/generated/severities.js";
import { TRANSLATE_MESSAGES } from "../../packages/core/src/translate/messages.js";
import { VALIDATE_MESSAGES } from "../../packages/core/src/validate/messages.js";

describe.each([
  ["assessment", generated.ASSESSMENT_SEVERITIES, ASSESSMENT_MESSAGES],
  ["audit", generated.AUDIT_SEVERITIES, AUDIT_MESSAGES],
  ["export", generated.EXPORT_SEVERITIES, EXPORT_MESSAGES],
  ["translate", generated.TRANSLATE_SEVERITIES, TRANSLATE_MESSAGES],
  ["validate", generated.VALIDATE_SEVERITIES, VALIDATE_MESSAGES],
] as const)("the %s severity table", (_, table, catalogue) => {
  it("gives each code of the catalogue its declared severity", () => {
    const codes = Object.entries(catalogue);
    expect(codes.length).toBeGreaterThan(0);
    for (const [code, def] of codes) expect(generated.severityIn(table, code), code).toBe(def.severity);
  });

  it("lists only codes of its catalogue", () => {
    for (const code of Object.keys(table)) expect(Object.keys(catalogue)).toContain(code);
  });
});
