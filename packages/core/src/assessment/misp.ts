/**
 * An assessment as MISP tags (machinetags `namespace:predicate="value"`), for an event or
 * attribute in the MISP instance a CSIRT already runs. Rules in docs/assessments.md ("MISP").
 */
import type { Assessment, TlpMarking } from "../model/assessment.js";
import { MISP_PREDICATE, mispNamespace } from "../export/misp.js";
import { REFERENCE_SCALE_ID } from "../reference/crs.js";

/** The tag of each TLP 2.0 marking in MISP's `tlp` taxonomy. */
export const TLP_MISP_TAGS: Readonly<Record<TlpMarking, string>> = {
  "TLP:CLEAR": "tlp:clear",
  "TLP:GREEN": "tlp:green",
  "TLP:AMBER": "tlp:amber",
  "TLP:AMBER+STRICT": "tlp:amber+strict",
  "TLP:RED": "tlp:red",
};

/**
 * The predicate of a scale's taxonomy: tags read `<namespace>:level="<code>"`, the namespace and
 * predicate of the scale taxonomies `scaleToMispTaxonomy` exports.
 */
export const MISP_LEVEL_PREDICATE = MISP_PREDICATE;

/** Options of {@link assessmentToMispTags}. */
export interface MispTagOptions {
  /** Add the reference-scale tag when the reference interval is one level (default true). */
  readonly reference?: boolean;
}

/** A machinetag; a double quote in the value is dropped (MISP has no escape for it). */
function machinetag(namespace: string, predicate: string, value: string): string {
  return `${namespace}:${predicate}="${value.replace(/"/g, "")}"`;
}

/**
 * The MISP tags of an assessment: the level in its scale's taxonomy
 * (`sevscale-au-asd:level="C3"`), the reference level in the reference scale's
 * (`sevscale-sevscale-crs:level="R3"`), and the TLP marking (`tlp:amber`). A range, or a reference
 * interval wider than one level, has no level tag: the taxonomies' predicate is exclusive.
 */
export function assessmentToMispTags(assessment: Assessment, options: MispTagOptions = {}): string[] {
  const tags: string[] = [];
  if ("level" in assessment.result) tags.push(machinetag(mispNamespace(assessment.scale.id), MISP_LEVEL_PREDICATE, assessment.result.level));
  const ref = assessment.reference;
  if (options.reference !== false && ref !== undefined && ref.min === ref.max) tags.push(machinetag(mispNamespace(REFERENCE_SCALE_ID), MISP_LEVEL_PREDICATE, ref.min));
  tags.push(TLP_MISP_TAGS[assessment.marking]);
  return tags;
}
