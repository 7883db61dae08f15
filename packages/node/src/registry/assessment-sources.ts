/**
 * The sender's documents of an assessment, taken from a loaded registry by id, version and digest:
 * the scale the assessment pins, and the mapping of that scale onto the reference scale.
 */
import type { Assessment, Issue, Mapping, Scale } from "@sevscale/core";
import { ASSESSMENT_MESSAGES, REFERENCE_SCALE_ID, compareVersionsDescending, satisfies } from "@sevscale/core";
import type { LoadedRegistry } from "./load.js";

/** What {@link assessmentSources} found: the scale and mapping (when found and pinned), and why not. */
export interface AssessmentSources {
  readonly scale?: Scale;
  readonly mapping?: Mapping;
  readonly issues: readonly Issue[];
}

function finding(code: keyof typeof ASSESSMENT_MESSAGES, pointer: string, params: Issue["params"]): Issue {
  return { code, severity: ASSESSMENT_MESSAGES[code].severity, pointer, params };
}

/**
 * Finds in a loaded registry (only documents that passed its checks) the scale an assessment pins
 * (same id and version, and the registry's SHA-256 equal to the pinned one: a mismatch is refused
 * with `assessment_digest_mismatch`), and the mapping: the one the assessment pins in `reference`,
 * else the newest mapping of that scale version onto the reference scale.
 */
export function assessmentSources(registry: LoadedRegistry, assessment: Assessment): AssessmentSources {
  const issues: Issue[] = [];
  const pinned = assessment.scale;
  const scaleEntry = registry.documents.find((d) => d.entry.kind === "scale" && d.entry.id === pinned.id && d.entry.version === pinned.version);
  if (scaleEntry === undefined) return { issues: [finding("assessment_scale_missing", "/scale", { id: pinned.id, version: pinned.version })] };
  if (scaleEntry.entry.digests.sha256 !== pinned.sha256) {
    const params = { id: pinned.id, version: pinned.version, stated: pinned.sha256, actual: scaleEntry.entry.digests.sha256 };
    return { issues: [finding("assessment_digest_mismatch", "/scale/sha256", params)] };
  }
  const scale = scaleEntry.document as Scale;
  const mappings = registry.documents.filter((d) => d.entry.kind === "mapping").map((d) => ({ entry: d.entry, mapping: d.document as Mapping }));
  const wanted = assessment.reference?.mapping;
  let chosen: Mapping | undefined;
  if (wanted !== undefined) {
    const hit = mappings.find((m) => m.entry.id === wanted.id && m.entry.version === wanted.version);
    if (hit !== undefined && hit.entry.digests.sha256 !== wanted.sha256) {
      issues.push(finding("assessment_digest_mismatch", "/reference/mapping/sha256", { id: wanted.id, version: wanted.version, stated: wanted.sha256, actual: hit.entry.digests.sha256 }));
      return { scale, issues };
    }
    chosen = hit?.mapping;
  } else {
    const candidates = mappings
      .filter((m) => m.mapping.subject.id === scale.id && m.mapping.object.id === REFERENCE_SCALE_ID && satisfies(scale.version, m.mapping.subject.versions))
      .sort((a, b) => compareVersionsDescending(a.mapping.version, b.mapping.version));
    chosen = candidates[0]?.mapping;
  }
  if (chosen === undefined) issues.push(finding("assessment_mapping_missing", "/reference", { scale: `${scale.id}@${scale.version}` }));
  return { scale, ...(chosen !== undefined ? { mapping: chosen } : {}), issues };
}
