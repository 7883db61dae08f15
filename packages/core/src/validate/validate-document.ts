/**
 * Two-stage validation of any sevscale document: structure (the zod schema of its kind), then
 * meaning (the named rules), never throwing. When the structure stage finds anything, the meaning
 * stage does not run: its findings would mostly be echoes of the broken shape.
 */
import type { Issue } from "../issues/issue.js";
import { boundIssues } from "../issues/bound.js";
import { hasErrors } from "../issues/issue.js";
import type { DocumentKind } from "../model/kinds.js";
import { DOCUMENT_KINDS, detectKind } from "../model/kinds.js";
import type { Assessment } from "../model/assessment.js";
import type { Mapping } from "../model/mapping.js";
import type { RegistryIndex } from "../model/registry.js";
import type { Scale } from "../model/scale.js";
import { CRS_OUTLINE, REFERENCE_SCALE_ID } from "../reference/crs-outline.js";
import { validRange } from "../semver/range.js";
import { issue, preview, sortIssues } from "./_issue.js";
import { ownValue } from "../parse/json-value.js";
import { checkStructure, conformsTo } from "./structure.js";
import { validateAssessment } from "./validate-assessment.js";
import { validateMapping } from "./validate-mapping.js";
import { validateRegistryIndex } from "./validate-registry.js";
import { validateScale } from "./validate-scale.js";

/** Finds a scale by id and semver range (e.g. from a registry or a folder); undefined when unknown. */
export type ScaleResolver = (id: string, versionRange: string) => Scale | undefined;

/** Options of {@link validateDocument}. */
export interface ValidateOptions {
  /**
   * Finds the scales a mapping relates (the built-in reference scale always resolves), and the
   * scale an assessment names (asked for with its exact version).
   */
  readonly resolveScale?: ScaleResolver;
  /** Validate as this kind instead of detecting it from `kind` / `$schema`. */
  readonly kind?: DocumentKind;
}

/** The outcome of validating one document. */
export interface ValidationResult {
  /** The kind validated against (null when it could not be told). */
  readonly kind: DocumentKind | null;
  /** True when no issue is an error (warnings and infos do not invalidate). */
  readonly valid: boolean;
  /** Every finding, sorted by pointer then code; beyond 20 of one code, one `findings_omitted` counts the rest. */
  readonly issues: Issue[];
  /** The typed document, present when the structure stage passed. */
  readonly document?: Scale | Mapping | RegistryIndex | Assessment;
}

/**
 * The resolver used for mappings: the caller's first, then the built-in reference scale, which
 * always resolves under its id.
 */
function withReference(resolve: ScaleResolver | undefined): ScaleResolver {
  return (id, range) => resolve?.(id, range) ?? (id === REFERENCE_SCALE_ID ? (CRS_OUTLINE as unknown as Scale) : undefined);
}

/**
 * Resolves one side of a mapping. An invalid range is reported by the rules (resolving with it
 * would only guess), and a resolved scale that is not structurally a Scale is treated as not
 * available: the mapping rules then skip what needs it instead of tripping over it.
 */
function resolveSide(resolve: ScaleResolver, ref: Mapping["subject"]): Scale | undefined {
  if (validRange(ref.versions) === null) return undefined;
  const scale = resolve(ref.id, ref.versions);
  return scale !== undefined && conformsTo("scale", scale) ? scale : undefined;
}

/**
 * Validates a parsed JSON value as a sevscale document: structure first, then meaning.
 *
 * @example
 * const result = validateDocument(JSON.parse(text));
 * if (!result.valid) for (const i of result.issues) show(i.pointer, renderMessage(i, "es"));
 */
export function validateDocument(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const kind = options.kind ?? detectKind(value);
  if (kind === null) {
    const found = ownValue(value, "kind");
    const issues = [issue("document_kind_unknown", found === undefined ? [] : ["kind"], { found: found === undefined ? "—" : preview(found), allowed: [...DOCUMENT_KINDS] })];
    return { kind: null, valid: false, issues };
  }
  const structure = checkStructure(kind, value);
  if (structure.issues.length > 0 || structure.data === undefined) return { kind, valid: false, issues: boundIssues(structure.issues) };
  // The schema of `kind` accepted the value, so it has that kind's type.
  const document = structure.data as Scale | Mapping | RegistryIndex | Assessment;
  let issues: Issue[];
  if (kind === "scale") {
    issues = validateScale(document as Scale);
  } else if (kind === "mapping") {
    const mapping = document as Mapping;
    const resolve = withReference(options.resolveScale);
    issues = validateMapping(mapping, { subject: resolveSide(resolve, mapping.subject), object: resolveSide(resolve, mapping.object) });
  } else if (kind === "assessment") {
    const assessment = document as Assessment;
    // The exact version the assessment names (a plain version is a semver range of itself).
    const scale = options.resolveScale?.(assessment.scale.id, assessment.scale.version);
    const usable = scale !== undefined && conformsTo("scale", scale) && scale.id === assessment.scale.id && scale.version === assessment.scale.version;
    issues = validateAssessment(assessment, { scale: usable ? scale : undefined });
  } else {
    issues = validateRegistryIndex(document as RegistryIndex);
  }
  // Bounded by the document's size: a class of findings beyond a few is counted, not listed.
  const sorted = boundIssues(sortIssues(issues));
  return { kind, valid: !hasErrors(sorted), issues: sorted, document };
}
