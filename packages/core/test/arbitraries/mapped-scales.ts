/**
 * fast-check arbitraries for random scales mapped onto a random reference scale: 2–8 levels,
 * monotone bands (min and max never decrease with severity), relations consistent with the band
 * (exactMatch only on a single level), sometimes a noMatch. Used by properties and benchmarks.
 */
import fc from "fast-check";
import type { Relation } from "../../src/model/mapping.js";
import type { Scale } from "../../src/model/scale.js";
import { makeMapping, makeScale, type RecordSpec } from "../fixtures/scales.js";

/** Level codes: short strings, plus a few that are hostile as object keys. */
const codeArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "Category 1", "0M") },
);

/** A reference scale with 3–8 levels and random codes. */
export const referenceArb = (): fc.Arbitrary<Scale> =>
  fc
    .uniqueArray(codeArb, { minLength: 3, maxLength: 8 })
    .map((codes) => makeScale({ id: "x-org.example/ref", title: "Random reference", levels: codes.map((c) => [c, `ref ${c}`] as const) }));

/** Non-decreasing band bounds for `k` levels on a reference of `n` levels. */
const bandsArb = (k: number, n: number) =>
  fc
    .tuple(fc.array(fc.nat(n - 1), { minLength: k, maxLength: k }), fc.array(fc.nat(n - 1), { minLength: k, maxLength: k }))
    .map(([a, b]) => {
      const mins = [...a].sort((x, y) => x - y);
      const maxs = [...b].sort((x, y) => x - y);
      return mins.map((min, i) => [min, Math.max(min, maxs[i]!)] as const);
    });

const SINGLE: readonly Exclude<Relation, "noMatch">[] = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"];
const BAND: readonly Exclude<Relation, "noMatch">[] = ["closeMatch", "broadMatch", "narrowMatch", "relatedMatch"];

/** One scale with its mapping onto `reference`. */
export interface MappedPair {
  readonly scale: Scale;
  readonly mapping: ReturnType<typeof makeMapping>;
}

/** A scale of 2–8 levels with a monotone mapping onto `reference`; `noMatch` allows noMatch records. */
export function mappedScaleArb(reference: { readonly id: string; readonly levels: readonly { readonly code: string }[] }, id: string, opts: { noMatch?: boolean } = {}): fc.Arbitrary<MappedPair> {
  const n = reference.levels.length;
  return fc
    .uniqueArray(codeArb, { minLength: 2, maxLength: 8 })
    .chain((codes) =>
      fc.tuple(
        fc.constant(codes),
        bandsArb(codes.length, n),
        fc.array(fc.nat(99), { minLength: codes.length, maxLength: codes.length }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: codes.length, maxLength: codes.length }),
        fc.array(opts.noMatch ? fc.nat(9) : fc.constant(1), { minLength: codes.length, maxLength: codes.length }),
        fc.constantFrom<"ascending" | "descending">("ascending", "descending"),
      ),
    )
    .map(([codes, bands, picks, confidences, noMatchDice, direction]) => {
      const scale = makeScale({
        id,
        direction,
        levels: codes.map((c) => [c, `level ${c}`] as const),
        sentinels: codes.includes("unknown") ? [] : [{ code: "unknown", meaning: "unknown" }],
      });
      const records: RecordSpec[] = codes.map((code, i): RecordSpec => {
        if (noMatchDice[i] === 0) return [code, "noMatch", 1];
        const [min, max] = bands[i]!;
        const choices = min === max ? SINGLE : BAND;
        const relation = choices[picks[i]! % choices.length]!;
        return [code, relation, reference.levels[min]!.code, reference.levels[max]!.code, confidences[i]! / 100];
      });
      return { scale, mapping: makeMapping(scale, records, { object: { id: reference.id, versions: "^1.0.0" } }) };
    });
}

/** A reference scale with `count` scales mapped onto it (ids x-org.example/s0, s1, ...). */
export const universeArb = (count: { min: number; max: number }, opts: { noMatch?: boolean } = {}) =>
  referenceArb().chain((reference) =>
    fc.integer(count).chain((k) =>
      fc.tuple(fc.constant(reference), fc.tuple(...Array.from({ length: k }, (_, i) => mappedScaleArb(reference, `x-org.example/s${i}`, opts)))),
    ),
  );

/** A reference scale with two scales mapped onto it. */
export const pairArb = (opts: { noMatch?: boolean } = {}): fc.Arbitrary<readonly [Scale, MappedPair, MappedPair]> =>
  referenceArb().chain((reference) =>
    fc.tuple(fc.constant(reference), mappedScaleArb(reference, "x-org.example/a", opts), mappedScaleArb(reference, "x-org.example/b", opts)),
  );
