/**
 * Editions: a scale published again under a new id that supersedes the old one. For a random scale
 * and random edits (relabel a level, move definitions between levels, insert or remove a level),
 * diff's alignment pairs every unchanged level with itself and no level twice, the diff reports no
 * unchanged level as renamed, removed or moved on the reference scale, and translate between the
 * editions gives `equivalent` exactly for the unchanged levels.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_MAPPING, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { translate } from "../translate/translate.js";
import { alignOrdered, asCoded } from "./align.js";
import { diffDocuments } from "./diff-documents.js";
import { editionOf } from "./edition.js";

/** A level of a generated scale: its band is reference ranks [min, max]; `origin` is its index in the old edition, if it was there. */
interface GenLevel {
  readonly code: string;
  readonly label: string;
  readonly definition: string;
  readonly band: readonly [number, number];
  readonly origin: number | null;
}

type Edit =
  | { readonly kind: "relabel"; readonly at: number }
  | { readonly kind: "reorder-definitions"; readonly at: readonly number[] }
  | { readonly kind: "insert"; readonly at: number }
  | { readonly kind: "remove"; readonly at: number };

const TOP = REFERENCE_SCALE.levels.length - 1;
const rankCode = (rank: number) => REFERENCE_SCALE.levels[rank]!.code;

/** An old edition: 2–6 levels with distinct random codes and definitions, each on its own reference level (so no two levels share a band). */
const oldLevels = fc.integer({ min: 2, max: TOP + 1 }).chain((n) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: TOP }), { minLength: n, maxLength: n }),
      fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: n, maxLength: n }),
      fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), { minLength: n, maxLength: n }),
    )
    .map(([ranks, codes, words]): GenLevel[] =>
      [...ranks].sort((a, b) => a - b).map((rank, i) => ({ code: codes[i]!, label: `Level ${words[i]}`, definition: `${words[i]} effect on services.`, band: [rank, rank], origin: i })),
    ),
);

const edits = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("relabel" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("reorder-definitions" as const), at: fc.uniqueArray(fc.nat({ max: TOP + 2 }), { minLength: 2, maxLength: 4 }) }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  ),
  { maxLength: 5 },
);

/** Applies the edits; an inserted level spans the reference levels between its neighbours (a band no single-level band equals). */
function applyEdits(levels: readonly GenLevel[], list: readonly Edit[]): GenLevel[] {
  const out = [...levels];
  list.forEach((edit, k) => {
    if (edit.kind === "relabel") {
      const i = edit.at % out.length;
      out[i] = { ...out[i]!, label: `Relabelled ${k}` };
    } else if (edit.kind === "reorder-definitions") {
      const at = [...new Set(edit.at.map((x) => x % out.length))];
      if (at.length < 2) return;
      const defs = at.map((i) => out[i]!.definition);
      at.forEach((i, q) => (out[i] = { ...out[i]!, definition: defs[(q + 1) % defs.length]! }));
    } else if (edit.kind === "insert") {
      const i = edit.at % (out.length + 1);
      let min = i > 0 ? out[i - 1]!.band[1] : 0;
      let max = i < out.length ? out[i]!.band[0] : TOP;
      if (min === max) (max < TOP ? (max += 1) : (min -= 1));
      out.splice(i, 0, { code: `new-${k}`, label: `Inserted ${k}`, definition: `Inserted level ${k}.`, band: [min, max], origin: null });
    } else if (out.length > 2) out.splice(edit.at % out.length, 1);
  });
  return out;
}

function scaleOf(id: string, levels: readonly GenLevel[], supersedes?: string): Scale {
  const base = structuredClone(BASE_SCALE) as unknown as Record<string, unknown>;
  for (const k of ["sentinels", "significance", "axes", "supersedes"]) delete base[k];
  return {
    ...base,
    id,
    version: "1.0.0",
    ...(supersedes === undefined ? {} : { supersedes }),
    revisionHistory: [{ version: "1.0.0", date: "2026-01-15", summary: { en: "First release." } }],
    languages: [{ tag: "en", authoritative: true }],
    levels: levels.map((l) => ({ code: l.code, label: { en: l.label }, definition: { en: l.definition } })),
    dimensions: [],
    method: { kind: "judgement", guidance: { en: "An analyst decides." } },
  } as unknown as Scale;
}

function mappingOf(scale: Scale, levels: readonly GenLevel[]): Mapping {
  return {
    ...structuredClone(BASE_MAPPING),
    id: `${scale.id}-to-crs`,
    subject: { id: scale.id, versions: "^1.0.0" },
    records: levels.map((l) => ({
      subject: l.code,
      relation: l.band[0] === l.band[1] ? "closeMatch" : "broadMatch",
      object: { min: rankCode(l.band[0]), max: rankCode(l.band[1]) },
      justification: "manual-curation",
      confidence: 0.8,
    })),
  } as unknown as Mapping;
}

describe("editions (property)", () => {
  it("align every unchanged level with itself and none twice; translate says equivalent exactly for the unchanged levels", () => {
    fc.assert(
      fc.property(oldLevels, edits, (before, list) => {
        const after = applyEdits(before, list);
        const old = scaleOf("x-org.example/edition-a", before);
        const next = scaleOf("x-org.example/edition-b", after, "x-org.example/edition-a@1.0.0");
        const oldMapping = mappingOf(old, before);
        const newMapping = mappingOf(next, after);
        expect(editionOf(old as never, next as never)).toEqual({ from: old.id, to: next.id });

        // Unchanged: carried over (same code, same band by construction) with the same definition.
        const unchanged = new Map<number, number>();
        after.forEach((l, j) => {
          if (l.origin !== null && l.definition === before[l.origin]!.definition) unchanged.set(l.origin, j);
        });

        const { pairs } = alignOrdered(asCoded(old.levels).coded, asCoded(next.levels).coded, { splitsAndMerges: false, byMeaning: true });
        for (const [i, j] of unchanged) expect(pairs).toContainEqual(expect.objectContaining({ old: i, new: j, renamed: false, moved: false }));
        expect(new Set(pairs.map((p) => p.old)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.new)).size).toBe(pairs.length);

        const diff = diffDocuments(old, next, { mappings: { old: oldMapping, new: newMapping } });
        expect(diff.edition).toEqual({ from: old.id, to: next.id });
        const codesOf = (kinds: readonly string[]) => diff.changes.filter((c) => kinds.includes(c.kind)).map((c) => String(c.params["code"] ?? c.params["from"]));
        const unchangedCodes = [...unchanged.keys()].map((i) => before[i]!.code);
        for (const code of codesOf(["level-renamed", "level-removed", "level-band-changed", "level-reordered"])) expect(unchangedCodes).not.toContain(code);

        for (const [i, level] of before.entries()) {
          const r = translate(level.code, { scale: old, mapping: oldMapping }, { scale: next, mapping: newMapping });
          const equivalent = r.candidates.filter((c) => c.relation === "equivalent").map((c) => c.code);
          expect(equivalent).toEqual(unchanged.has(i) ? [level.code] : []);
        }
      }),
      { seed: 20261205, numRuns: 100 },
    );
  });
});
