/** The question a user interface asks: which facts, still missing, could change the result? */
import type { Scale } from "../model/scale.js";
import type { ClassifyOptions } from "./facts.js";
import { classify } from "./interpret.js";
import type { MissingFact } from "./result.js";

/**
 * The missing facts that could still change the classification of `facts` on `scale`: every
 * dimension whose answer could move the result to another level (or to none), each with its
 * question (the dimension's label), in the order the method reads them. Empty when the result
 * is already decided, or the facts are invalid (then `classify` says why). A fact that cannot
 * change the result is never listed, so a form can ask only these, in this order, and call this
 * again after each answer.
 * @example factsThatCouldChange(REFERENCE_SCALE, { effect: "E2", scope: "S2" }).map((f) => f.dimension) // ["national-interest"]
 */
export function factsThatCouldChange(scale: Scale, facts: unknown, options?: ClassifyOptions): readonly MissingFact[] {
  return classify(scale, facts, options).missing ?? [];
}
