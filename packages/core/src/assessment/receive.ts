/**
 * receiveAssessment: what a receiving CSIRT does with an assessment once it holds the sender's
 * scale and mapping (fetched by id, version and digest): check that the assessment is consistent
 * with them, re-derive the level from the facts when they are given, and read it in its own scale.
 */
import { readThroughCrosswalk, type CrosswalkReading } from "../audit/crosswalk.js";
import { classify } from "../classify/interpret.js";
import type { ClassifyStatus } from "../classify/result.js";
import { hasErrors, type Issue } from "../issues/issue.js";
import type { Assessment, AssessmentResult } from "../model/assessment.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { identityMapping } from "../reference/identity-mapping.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { translate, type TranslateResult } from "../translate/translate.js";
import { validateAssessment } from "../validate/validate-assessment.js";
import { pinDocument } from "./_pin.js";
import type { AssessmentCode } from "./messages.js";
import { resultBounds, resultFromClassification } from "./result.js";
import { placeOnReference } from "./create.js";
import { ASSESSMENT_SEVERITIES, severityIn } from "../generated/severities.js";
import { intervalText } from "../reference/interval-text.js";

/** The documents a receiver holds: the sender's scale and mapping, and its own. */
export interface ReceiveContext {
  readonly senderScale: Scale;
  readonly senderMapping: Mapping;
  readonly receiverScale: Scale;
  readonly receiverMapping: Mapping;
}

/**
 * The facts read on the reference scale through the sender mapping's crosswalk: the reference
 * facts with the steps that produced them, and the reference levels they give (one level, or the
 * range still possible). Sharper than the band the sender's level maps to.
 */
export interface CrosswalkPath {
  readonly reading: CrosswalkReading;
  readonly status: ClassifyStatus;
  readonly reference: { readonly min: string; readonly max: string };
}

/** What receiving found: whether the assessment is consistent, the result read, and its translation. */
export interface ReceiveResult {
  /** True when no finding is an error: the assessment agrees with the scale, mapping and its facts. */
  readonly consistent: boolean;
  /** `facts` when the result was re-derived from the facts, `stated` when taken as sent. */
  readonly basis: "facts" | "stated";
  /** The result read on the sender's scale (re-derived from the facts when they are given). */
  readonly result: AssessmentResult;
  /**
   * `crosswalk` when the translations start from the reference level the facts give through the
   * sender mapping's crosswalk; `level` when they start from the sender's level and its band.
   */
  readonly via: "crosswalk" | "level";
  /** The crosswalk reading, when the facts and a crosswalk were there and decided a reference level. */
  readonly crosswalk?: CrosswalkPath;
  /** The translation of the level (or reference level), or of each bound of a range (lower, then upper). */
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
  if (derived !== undefined && derived.min === stated.min && derived.max === stated.max) return [];
  return [finding("assessment_reference_disagrees", "/reference", { stated: intervalText(stated), derived: derived === undefined ? "—" : intervalText(derived) })];
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
  const to = { scale: ctx.receiverScale, mapping: ctx.receiverMapping };
  const path = basis === "facts" ? throughCrosswalk(assessment.facts!, ctx.senderMapping) : undefined;
  if (path !== undefined && "undecided" in path) issues.push(finding("assessment_crosswalk_undecided", "/facts", { status: path.undecided }));
  if (path !== undefined && !("undecided" in path)) {
    issues.push(...crosswalkAgrees(path, ctx.senderScale, ctx.senderMapping, result));
    const identity = { scale: REFERENCE_SCALE, mapping: identityMapping(REFERENCE_SCALE) };
    const { min, max } = path.reference;
    const translations = min === max ? [translate(min, identity, to)] : [translate(min, identity, to), translate(max, identity, to)];
    return { consistent: !hasErrors(issues), basis, result, via: "crosswalk", crosswalk: path, translations, issues };
  }
  const from = { scale: ctx.senderScale, mapping: ctx.senderMapping };
  const { atLeast, atMost } = resultBounds(result);
  const translations = atLeast === atMost ? [translate(atLeast, from, to)] : [translate(atLeast, from, to), translate(atMost, from, to)];
  return { consistent: !hasErrors(issues), basis, result, via: "level", translations, issues };
}

/**
 * The reference levels an incident's facts give through the mapping's crosswalk (none without a
 * crosswalk or a mapping onto another reference; `undecided` when the reference facts decide no
 * level, e.g. a crosswalk that leaves a reference criterion open).
 */
function throughCrosswalk(facts: Readonly<Record<string, unknown>>, mapping: Mapping): CrosswalkPath | { undecided: ClassifyStatus } | undefined {
  if (mapping.crosswalk === undefined || mapping.object.id !== REFERENCE_SCALE.id) return undefined;
  const reading = readThroughCrosswalk(mapping.crosswalk, facts, REFERENCE_SCALE);
  const c = classify(REFERENCE_SCALE, reading.facts);
  if (c.level !== null) return { reading, status: c.status, reference: { min: c.level.code, max: c.level.code } };
  if (c.range?.atLeast != null) return { reading, status: c.status, reference: { min: c.range.atLeast.code, max: c.range.atMost.code } };
  return { undecided: c.status };
}

/** `assessment_crosswalk_outside` when the crosswalk's reference levels leave the band the mapping gives the level. */
function crosswalkAgrees(path: CrosswalkPath, scale: Scale, mapping: Mapping, result: AssessmentResult): Issue[] {
  const band = placeOnReference(scale, mapping, result);
  if (band === undefined) return [];
  const rank = new Map(REFERENCE_SCALE.levels.map((l, i) => [l.code, i] as const));
  const r = (code: string) => rank.get(code) ?? -1;
  if (r(path.reference.min) >= r(band.min) && r(path.reference.max) <= r(band.max)) return [];
  const { atLeast, atMost } = resultBounds(result);
  return [finding("assessment_crosswalk_outside", "/facts", { reference: intervalText(path.reference), band: intervalText(band), level: intervalText({ min: atLeast, max: atMost }) })];
}
