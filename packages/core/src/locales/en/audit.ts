/** English wording of the mapping audit's messages and crosswalk steps. */
import type { AUDIT_MESSAGES } from "../../audit/messages.js";
import { templates } from "../../i18n/templates.js";

/** English templates of the mapping audit (`auditMapping`). */
export const auditMessages = templates<typeof AUDIT_MESSAGES>()({
  audit_no_crosswalk: "Mapping {mapping} has no crosswalk from its scale's criteria to the reference scale's, so it cannot be audited. Add a \"crosswalk\" (see docs/audit.md).",
  audit_scale_mismatch: "Mapping {mapping} has {expected} as its {role} scale, but the scale given is {actual}.",
  audit_sampled: "There are {total} combinations of criteria, more than the budget: a sample of {checked} (seed {seed}) was checked, not all of them.",
  audit_disagreement: "Level {level} maps to {band}, but by the criteria {count|this|these} {count} {count|combination rates|combinations rate} {reference} on the reference scale.",
  audit_undecided: "{count} {count|combination|combinations} could not be compared: one of the scales gives no level for them, or their level has no band in the mapping.",
  crosswalk_option_implies: "Crosswalk: {dimension} = {option} implies {values}.",
  crosswalk_band_implies: "Crosswalk: {dimension} = {value} (band from {atLeast}) implies {values}.",
  crosswalk_no_band: "Crosswalk: {dimension} = {value} is below every band, so it implies nothing.",
  crosswalk_assumed: "Crosswalk: no criterion gives {dimension}, so {option} is assumed.",
  crosswalk_reference_facts: "Facts on the reference scale: {facts}.",
});
