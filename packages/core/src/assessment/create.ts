/** createAssessment: classify one incident's facts on a scale and state the result as an assessment. */
import { compileClassifier } from "../classify/compile.js";
import type { ClassifyResult } from "../classify/result.js";
import { hasErrors, type Issue } from "../issues/issue.js";
import type { Assessment, AssessmentResult, ReferencePlacement, TlpMarking } from "../model/assessment.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { schemaUrl } from "../model/kinds.js";
import { toReference } from "../translate/to-reference.js";
import { pinDocument } from "./_pin.js";
import { resultBounds, resultFromClassification } from "./result.js";
import { ASSESSMENT_SEVERITIES, severityIn } from "../generated/severities.js";

/** What the caller says about the assessment; the rest comes from the scale and the facts. */
export interface AssessmentMeta {
  /** The issuer's reference of the incident, e.g. "INC-2026-0042". */
  readonly incident: string;
  readonly title?: Readonly<Record<string, string>>;
  /** When it was assessed (RFC 3339); the core keeps no clock, so the caller says. */
  readonly assessed: string;
  /** TLP 2.0 marking (default TLP:AMBER: shared with the receiver's organisation only). */
  readonly marking?: TlpMarking;
  /** The issuing CSIRT (default: the scale's issuing authority or publisher, and its contact). */
  readonly issuer?: Assessment["issuer"];
  /** The document id (default: `<scale namespace>/<incident>-<assessed>`, see {@link assessmentId}). */
  readonly id?: string;
  readonly notes?: Readonly<Record<string, string>>;
  readonly supersedes?: string;
  /** Carry the facts in the assessment (default true); false shares the level only. */
  readonly includeFacts?: boolean;
}

/** The outcome of {@link createAssessment}: the assessment (unless the facts do not fit) and the classification. */
export interface CreateAssessmentResult {
  readonly assessment?: Assessment;
  readonly classification: ClassifyResult;
  readonly issues: readonly Issue[];
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");

/**
 * The default id of an assessment: the scale's namespace, then the incident reference and the
 * instant, both reduced to lower-case letters, digits and `-`.
 * @example assessmentId("au/asd", "INC-1", "2026-03-01T12:00:00Z") // "au/inc-1-20260301t120000z"
 */
export function assessmentId(scaleId: string, incident: string, assessed: string): string {
  const namespace = scaleId.slice(0, scaleId.indexOf("/"));
  const when = assessed.toLowerCase().replace(/[^a-z0-9]/g, "");
  return `${namespace}/${[slug(incident) || "incident", when].filter((p) => p !== "").join("-")}`;
}

/** The issuer a scale implies: its issuing authority (else its publisher), with the publisher's contact. */
export function issuerOf(scale: Scale): Assessment["issuer"] {
  const p = scale.publisher;
  const org = p.issuingAuthority;
  return {
    name: org?.name ?? p.name,
    ...(org?.acronym !== undefined ? { acronym: org.acronym } : {}),
    ...(p.country !== undefined ? { country: p.country } : {}),
    ...((org?.url ?? p.url) !== undefined ? { url: (org?.url ?? p.url)! } : {}),
    contact: p.contact,
  };
}

/**
 * Where a result sits on the reference scale through `mapping`: the band of a level, or from the
 * lowest band of the range's first level to the highest of its last. Undefined when a bound has no band.
 */
export function placeOnReference(scale: Scale, mapping: Mapping, result: AssessmentResult): ReferencePlacement | undefined {
  const { atLeast, atMost } = resultBounds(result);
  const low = toReference(mapping, atLeast, { subject: scale });
  const high = toReference(mapping, atMost, { subject: scale });
  if (!low.ok || !high.ok) return undefined;
  const min = low.interval.minRank <= high.interval.minRank ? low.interval.min : high.interval.min;
  const max = low.interval.maxRank >= high.interval.maxRank ? low.interval.max : high.interval.max;
  return { mapping: pinDocument(mapping), min, max };
}

/**
 * Classifies `facts` on `scale` with the compiled classifier and states the result as an
 * assessment: the scale pinned by id, version and canonical SHA-256, the result (a level, or the
 * range still possible, and the score), the reference interval through `mapping` (pinned too), and
 * the facts unless `meta.includeFacts` is false. No assessment when the facts do not fit the scale.
 *
 * @example
 * const { assessment } = createAssessment(asd, asdMapping, { "impact-type": "isolated-compromise", stakeholder: "school" }, { incident: "INC-1", assessed: "2026-03-01T12:00:00Z" });
 */
export function createAssessment(scale: Scale, mapping: Mapping | undefined, facts: unknown, meta: AssessmentMeta): CreateAssessmentResult {
  const classification = compileClassifier(scale).classify(facts);
  const result = resultFromClassification(classification, scale);
  if (result === undefined || hasErrors(classification.issues)) {
    const code = "assessment_not_created";
    const refused: Issue = { code, severity: severityIn(ASSESSMENT_SEVERITIES, code), pointer: "", params: { status: classification.status } };
    return { classification, issues: [...classification.issues, refused] };
  }
  const reference = mapping === undefined ? undefined : placeOnReference(scale, mapping, result);
  const assessment: Assessment = {
    $schema: schemaUrl("assessment"),
    kind: "assessment",
    id: meta.id ?? assessmentId(scale.id, meta.incident, meta.assessed),
    incident: { reference: meta.incident, ...(meta.title !== undefined ? { title: { ...meta.title } } : {}) },
    issuer: meta.issuer ?? issuerOf(scale),
    assessed: meta.assessed,
    marking: meta.marking ?? "TLP:AMBER",
    scale: pinDocument(scale),
    result,
    ...(meta.includeFacts === false || typeof facts !== "object" || facts === null ? {} : { facts: { ...(facts as Record<string, unknown>) } }),
    ...(reference !== undefined ? { reference } : {}),
    ...(meta.notes !== undefined ? { notes: { ...meta.notes } } : {}),
    ...(meta.supersedes !== undefined ? { supersedes: meta.supersedes } : {}),
  };
  return { assessment, classification, issues: classification.issues };
}

