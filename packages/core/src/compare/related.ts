/**
 * Companion scales in a comparison: a scale and the scales it names as its companion, impact or
 * threat ladder (`related`, format 1.1) are kept adjacent — the scale, then its companions in
 * `related` order — and every relation a compared scale names is listed, with the position of the
 * related scale among the compared ones, or none when it was not given (it is never fetched).
 */
import { satisfies } from "../semver/satisfies.js";
import type { RelatedScale, ScaleRelation } from "../model/scale.js";
import { fillTemplate } from "../issues/render.js";
import { splitRef } from "../model/ref.js";
import type { DeepReadonly } from "../translate/_internal.js";

/** The relations that make two ladders one group in a comparison (an earlier edition is not shown with its successor). */
export const GROUPING_RELATIONS: readonly ScaleRelation[] = ["companion", "impact", "threat"];

/** A scale a compared scale names as related, and where it is among the compared scales. */
export interface AlignmentRelated {
  /** The reference as the document writes it (`<id>` or `<id>@<range>`). */
  readonly ref: string;
  /** The related scale's id. */
  readonly id: string;
  /** What the related scale is to the naming one (`threat`: it is the naming scale's threat ladder). */
  readonly relation: ScaleRelation;
  /** Position of the related scale in `scales` when it is among the compared ones; null when it was not given. */
  readonly index: number | null;
}

/** Why a scale stands where it does: it is the `relation` ladder of the scale at `index`. */
export interface AlignmentCompanionOf {
  readonly index: number;
  readonly relation: ScaleRelation;
}

/** What the grouping needs of a compared scale. */
export interface RelatedInput {
  readonly id: string;
  readonly version: string;
  readonly related?: readonly DeepReadonly<RelatedScale>[] | undefined;
}

/** The compared scales in display order, with their groups and what each names. */
export interface RelatedOrder {
  /** Positions in the input, in display order. */
  readonly order: readonly number[];
  /** Runs of display positions shown together (a scale alone is a group of one). */
  readonly groups: readonly (readonly number[])[];
  /** Per display position: the scale it is the companion of, when it was placed beside one. */
  readonly companionOf: readonly (AlignmentCompanionOf | undefined)[];
  /** Per display position: the relations it names (display positions, or null when not given). */
  readonly related: readonly (readonly AlignmentRelated[])[];
}

/** True when `version` is one `ref` names: any version when the reference has no range; else the versions within it. */
export function refNames(ref: string, id: string, version: string): boolean {
  const split = splitRef(ref);
  if (split.id !== id) return false;
  // satisfies reads the range itself: false when it does not read.
  return split.version === undefined || satisfies(version, split.version);
}

/** The first input position (in `candidates` order) a reference names, preferring one not yet placed. */
function findNamed(ref: string, inputs: readonly RelatedInput[], candidates: readonly number[], placed: ReadonlySet<number>): number | undefined {
  const named = candidates.filter((k) => refNames(ref, inputs[k]!.id, inputs[k]!.version));
  return named.find((k) => !placed.has(k)) ?? named[0];
}

/** True when scale `k` names scale `target` as its companion, impact or threat ladder. */
function namesAsCompanion(inputs: readonly RelatedInput[], k: number, target: number): boolean {
  const t = inputs[target]!;
  return (inputs[k]!.related ?? []).some((r) => GROUPING_RELATIONS.includes(r.relation) && refNames(r.ref, t.id, t.version));
}

/**
 * The scale a group containing `k` starts from: climbs from `k` to an unplaced scale that names it
 * as a companion (unless they name each other: then the one given first leads), and from there on up.
 */
function groupStart(inputs: readonly RelatedInput[], k: number, placed: ReadonlySet<number>): number {
  const seen = new Set([k]);
  let current = k;
  for (;;) {
    const namer = inputs.findIndex((_, p) => p !== current && !placed.has(p) && !seen.has(p) && namesAsCompanion(inputs, p, current) && !namesAsCompanion(inputs, current, p));
    if (namer < 0) return current;
    seen.add(namer);
    current = namer;
  }
}

/**
 * Orders compared scales so that each is followed by the companion, impact and threat ladders it
 * names (in `related` order, and theirs after each of them), each scale shown once. A group stands
 * where its first-given member was, led by the scale that names the others; scales that name
 * nothing and are named by none keep their input order.
 */
export function orderWithCompanions(inputs: readonly RelatedInput[]): RelatedOrder {
  const all = inputs.map((_, k) => k);
  const placed = new Set<number>();
  const order: number[] = [];
  const companionOfInput = new Map<number, { readonly input: number; readonly relation: ScaleRelation }>();
  const groups: number[][] = [];
  for (const given of all) {
    if (placed.has(given)) continue;
    const group: number[] = [];
    const visit = (k: number) => {
      placed.add(k);
      order.push(k);
      group.push(k);
      for (const r of inputs[k]!.related ?? []) {
        if (!GROUPING_RELATIONS.includes(r.relation)) continue;
        const found = findNamed(r.ref, inputs, all, placed);
        if (found === undefined || placed.has(found)) continue;
        companionOfInput.set(found, { input: k, relation: r.relation });
        visit(found);
      }
    };
    visit(groupStart(inputs, given, placed));
    groups.push(group);
  }
  const position = new Map(order.map((k, p) => [k, p]));
  const companionOf = order.map((k) => {
    const c = companionOfInput.get(k);
    return c === undefined ? undefined : { index: position.get(c.input)!, relation: c.relation };
  });
  const related = order.map((k) =>
    (inputs[k]!.related ?? []).map((r): AlignmentRelated => {
      const found = findNamed(r.ref, inputs, all.filter((x) => x !== k), new Set());
      return { ref: r.ref, id: splitRef(r.ref).id, relation: r.relation, index: found === undefined ? null : position.get(found)! };
    }),
  );
  return { order, groups: groups.map((g) => g.map((k) => position.get(k)!)), companionOf, related };
}

/** The words {@link relatedWords} needs: a locale's `terms.alignment`. */
export interface RelatedTerms {
  readonly relation: Readonly<Record<ScaleRelation, string>>;
  readonly relatedOf: string;
  readonly notGiven: string;
}

/** What the related lines need of an alignment's scale. */
export interface RelatedScaleView {
  readonly id: string;
  readonly related?: readonly AlignmentRelated[];
  readonly companionOf?: AlignmentCompanionOf;
}

/** A relation in words: "threat scale of x-org.example/incident-impact". */
function relationOf(relation: ScaleRelation, scaleId: string, terms: RelatedTerms): string {
  return fillTemplate(terms.relatedOf, { relation: terms.relation[relation], scale: scaleId });
}

/**
 * One scale named in another's `related`, in words: "<ref>: threat scale of <scale>" (`colon` is
 * the locale's), as compare's outputs and render's "Related scales" list it.
 */
export function relatedLine(ref: string, relation: ScaleRelation, scaleId: string, terms: RelatedTerms, colon: string): string {
  return `${ref}${colon} ${relationOf(relation, scaleId, terms)}`;
}

/**
 * A compared scale's relations in words: `companionOf` ("threat scale of x-org.example/incident-impact")
 * when it stands beside the scale that names it, and one line per relation it names
 * ("x-org.example/incident-threat@^1.0.0: threat scale of x-org.example/incident-impact", with
 * "(not given)" when that scale was not among the compared ones). `colon` is the locale's.
 */
export function relatedWords(scales: readonly RelatedScaleView[], index: number, terms: RelatedTerms, colon: string): { companionOf?: string; names: string[] } {
  const scale = scales[index]!;
  const of = (relation: ScaleRelation, id: string) => relationOf(relation, id, terms);
  const names = (scale.related ?? []).map((r) => `${relatedLine(r.ref, r.relation, scale.id, terms, colon)}${r.index === null ? ` (${terms.notGiven})` : ""}`);
  const c = scale.companionOf;
  return c === undefined ? { names } : { companionOf: of(c.relation, scales[c.index]?.id ?? ""), names };
}
