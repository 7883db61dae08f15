/**
 * receiveAssessment: what a receiving CSIRT does with an assessment once it holds the sender's
 * scale and mapping (fetched by id, version and digest): check that the assessment is consistent
 * with them, re-derive the level from the facts when they are given, and read it in its own scale.
 */
import { classify } from "../classify/interpret.js";
import { hasErrors, type Issue } from "../issues/issue.js";
import type { Assessment, AssessmentResult } from "../model/assessment.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { translate, type TranslateResult } from "../translate/translate.js";
import { validateAssessment } from "../validate/validate-assessment.js";
import { pinDocument } from "./_pin.js";
import type { AssessmentCode } from "./messages.js";
import { resultBounds, resultFromClassification } from "./result.js";
import { placeOnReference } from "./create.js";
import { ASSESSMENT_SEVERITIES, severityIn } from "../generated/severities.js";

/** The documents a receiver holds: the sender's scale and mapping, and its own. */
export interface ReceiveContext {
  readonly senderScale: Scale;
  readonly senderMapping: Mapping;
  readonly receiverScale: Scale;
  readonly receiverMapping: Mapping;
}

/** What receiving found: whether the assessment is consistent, the result read, and its translation. */
export interface ReceiveResult {
  /** True when no finding is an error: the assessment agrees with the scale, mapping and its facts. */
  readonly consistent: boolean;
  /** `facts` when the result was re-derived from the facts, `stated` when taken as sent. */
  readonly basis: "facts" | "stated";
  /** The result read on the sender's scale (re-derived from the facts when they are given). */
  readonly result: AssessmentResult;
  /** The translation of the level, or of each bound of a range (lower, then upper). */
  readonly translations: readonly TranslateResult[];
  readonly issues: readonly Issue[];
}

function finding(code: AssessmentCode, pointer: string, params: Issue["params"]): Issue {
  return { code, severity: severityIn(ASSESSMENT_SEVERITIES, code), pointer, params };
}

/** `assessment_digest_mismatch` when the mapping is not the one the assessment pins. */
function mappingPinned(assessment: Assessment, mapping: Mapping): Issue[] {
  const pinned = assessment.reference?.mapping;
  if (pinned === undefined) return [];
  const actual = pinDocument(mapping);
  if (pinned.id === actual.id && pinned.version === actual.version && pinned.sha256 === actual.sha256) return [];
  return [finding("assessment_digest_mismatch", "/reference/mapping/sha256", { id: pinned.id, version: pinned.version, stated: pinned.sha256, actual: actual.sha256 })];
}

/** `assessment_reference_disagrees` when the stated reference interval is not the mapping's. */
function referenceAgrees(assessment: Assessment, scale: Scale, mapping: Mapping): Issue[] {
  const stated = assessment.reference;
  if (stated === undefined) return [];
  const derived = placeOnReference(scale, mapping, assessment.result);
  const band = (r: { min: string; max: string }) => (r.min === r.max ? r.min : `${r.min}–${r.max}`);
  if (derived !== undefined && derived.min === stated.min && derived.max === stated.max) return [];
  return [finding("assessment_reference_disagrees", "/reference", { stated: band(stated), derived: derived === undefined ? "—" : band(derived) })];
}

/**
 * Checks an assessment against the sender's scale and mapping (pinned digests, levels, reference
 * interval, and the facts, which must give the stated result), re-derives the result from the
 * facts when they are given, and translates it into the receiver's scale through the reference
 * scale with the translator's explanation. Never throws on a bad assessment: findings are issues.
 */
export function receiveAssessment(assessment: Assessment, ctx: ReceiveContext): ReceiveResult {
  const issues: Issue[] = [
    ...validateAssessment(assessment, { scale: ctx.senderScale }),
    ...mappingPinned(assessment, ctx.senderMapping),
    ...referenceAgrees(assessment, ctx.senderScale, ctx.senderMapping),
  ];
  let result = assessment.result;
  let basis: ReceiveResult["basis"] = "stated";
  if (assessment.facts !== undefined) {
    const derived = resultFromClassification(classify(ctx.senderScale, assessment.facts), ctx.senderScale);
    if (derived !== undefined) {
      result = derived;
      basis = "facts";
    }
  }
  const from = { scale: ctx.senderScale, mapping: ctx.senderMapping };
  const to = { scale: ctx.receiverScale, mapping: ctx.receiverMapping };
  const { atLeast, atMost } = resultBounds(result);
  const translations = atLeast === atMost ? [translate(atLeast, from, to)] : [translate(atLeast, from, to), translate(atMost, from, to)];
  return { consistent: !hasErrors(issues), basis, result, translations, issues };
}


