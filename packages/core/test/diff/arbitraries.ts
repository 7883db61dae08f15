/**
 * fast-check arbitraries for the diff properties: small scales (matrix or rules methods, ordinal
 * and quantity dimensions), mappings, and one-step edits of them. Written for these tests; they
 * aim at documents the diff must handle, not at every valid document.
 */
import fc from "fast-check";
import type { Condition } from "../../src/model/condition.js";
import type { Mapping, MappingRecord } from "../../src/model/mapping.js";
import type { Method } from "../../src/model/method.js";
import type { Dimension, Level, Scale } from "../../src/model/scale.js";

const word = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz áéñ-") }).filter((s) => s.trim().length > 0);
const text = fc.record({ en: word, es: word });
const code = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,3}$/);

/** A semantic version, sometimes a pre-release. */
export const arbVersion = fc
  .tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.option(fc.constantFrom("rc.1", "beta", "0"), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ""}`);

const arbLevels = fc.uniqueArray(code, { minLength: 2, maxLength: 6, selector: (c) => c.toLowerCase() }).chain((codes) =>
  fc.tuple(
    ...codes.map((c) =>
      fc.record(
        {
          code: fc.constant(c),
          label: text,
          definition: text,
          color: fc.record({ hex: fc.constantFrom("#112233", "#AABBCC", "#FF0000") }),
        },
        { requiredKeys: ["code", "label", "definition"] },
      ),
    ),
  ),
);

const arbOrdinal = (index: number) =>
  fc.tuple(fc.integer({ min: 2, max: 4 }), text, fc.boolean()).chain(([n, label, multiple]) =>
    fc.tuple(...Array.from({ length: n }, () => text)).map(
      (labels): Dimension => ({
        code: `d${index}`,
        type: "ordinal",
        label,
        options: labels.map((l, k) => ({ code: `o${k}`, label: l })),
        ...(multiple ? { multiple: true } : {}),
      }),
    ),
  );

const arbQuantity: fc.Arbitrary<Dimension> = fc.record({ integer: fc.boolean(), label: text }).map(({ integer, label }) => ({
  code: "q",
  type: "quantity",
  unit: "users",
  label,
  min: 0,
  ...(integer ? { integer: true } : {}),
}));

function arbCondition(dims: readonly Dimension[]): fc.Arbitrary<Condition> {
  return fc.constantFrom(...dims).chain((d): fc.Arbitrary<Condition> => {
    if (d.type === "quantity") {
      return fc
        .tuple(fc.constantFrom("gt", "gte", "lt", "lte") as fc.Arbitrary<"gt" | "gte" | "lt" | "lte">, fc.integer({ min: 0, max: 1000 }))
        .map(([compare, value]) => ({ dimension: d.code, compare, threshold: { value } }));
    }
    if (d.type === "boolean") return fc.boolean().map((is) => ({ dimension: d.code, is }));
    const codes = d.options.map((o) => o.code);
    return fc.oneof(
      fc.subarray(codes, { minLength: 1 }).map((set) => ({ dimension: d.code, in: set })),
      fc.constantFrom(...codes).map((c) => ({ dimension: d.code, atLeast: c })),
    );
  });
}

function arbMethod(levels: readonly Level[], dims: readonly Dimension[]): fc.Arbitrary<Method> {
  const levelCode = fc.constantFrom(...levels.map((l) => l.code));
  const ordinals = dims.filter((d) => d.type === "ordinal");
  const rules = fc
    .record({
      strategy: fc.constantFrom("first-match", "most-severe") as fc.Arbitrary<"first-match" | "most-severe">,
      rules: fc.array(fc.record({ level: levelCode, when: arbCondition(dims) }), { minLength: 1, maxLength: 4 }),
      otherwise: fc.option(levelCode, { nil: undefined }),
    })
    .map(({ otherwise, ...r }): Method => ({ kind: "rules", ...r, ...(otherwise !== undefined ? { otherwise } : {}) }));
  if (ordinals.length < 2) return rules;
  const [x, y] = [ordinals[0]!, ordinals[1]!];
  if (x.type !== "ordinal" || y.type !== "ordinal") return rules;
  const combos = x.options.flatMap((o) => y.options.map((p) => [o.code, p.code]));
  const matrix = fc.tuple(...combos.map(() => levelCode)).map(
    (cells): Method => ({
      kind: "matrix",
      axes: [{ dimension: x.code }, { dimension: y.code }],
      cells: combos.map((at, k) => ({ at, level: cells[k]! })),
    }),
  );
  return fc.oneof(rules, matrix);
}

/** A small scale with a rules or matrix method. */
export const arbScale: fc.Arbitrary<Scale> = fc
  .record({
    levels: arbLevels,
    ordinals: fc.integer({ min: 1, max: 3 }),
    quantity: fc.boolean(),
    version: arbVersion,
    title: text,
    direction: fc.constantFrom("ascending", "descending") as fc.Arbitrary<"ascending" | "descending">,
    sentinel: fc.boolean(),
    significance: fc.boolean(),
  })
  .chain((r) =>
    fc.tuple(...Array.from({ length: r.ordinals }, (_, i) => arbOrdinal(i)), r.quantity ? arbQuantity : fc.constant(null)).chain((parts) => {
      const dims = parts.filter((d): d is Dimension => d !== null);
      return fc.record({ method: arbMethod(r.levels, dims), sig: fc.constantFrom(...r.levels.map((l) => l.code)) }).map(
        ({ method, sig }): Scale => ({
          kind: "scale",
          id: "x-org.example/random",
          version: r.version,
          status: "active",
          title: r.title,
          published: "2026-01-01",
          revisionHistory: [{ version: r.version, date: "2026-01-01", summary: { en: "Release.", es: "Versión." } }],
          publisher: { name: { en: "P", es: "P" }, type: "organisation", contact: { email: "p@example.org" } },
          license: { id: "CC0-1.0" },
          defaultLanguage: "en",
          languages: [
            { tag: "en", authoritative: true },
            { tag: "es", authoritative: false },
          ],
          direction: r.direction,
          levels: r.levels,
          ...(r.sentinel ? { sentinels: [{ code: "unknown", meaning: "unknown" as const, label: { en: "Unknown", es: "Desconocido" } }] } : {}),
          ...(r.significance ? { significance: { level: sig, meaning: { en: "Significant.", es: "Significativo." } } } : {}),
          dimensions: dims,
          method,
        }),
      );
    }),
  );

const crs = ["R0", "R1", "R2", "R3", "R4", "R5"];
const arbRecord = (subject: string): fc.Arbitrary<MappingRecord> =>
  fc
    .record({
      relation: fc.constantFrom("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch", "noMatch") as fc.Arbitrary<MappingRecord["relation"]>,
      lo: fc.nat({ max: 5 }),
      width: fc.nat({ max: 2 }),
      confidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      justification: fc.constantFrom("manual-curation", "review", "unspecified") as fc.Arbitrary<MappingRecord["justification"]>,
      comment: fc.option(text, { nil: undefined }),
    })
    .map(({ relation, lo, width, confidence, justification, comment }) => ({
      subject,
      relation,
      ...(relation === "noMatch" ? {} : { object: { min: crs[lo]!, max: crs[Math.min(5, lo + width)]! } }),
      justification,
      confidence,
      ...(comment ? { comment } : {}),
    }));

/** A mapping from a random scale's levels onto CRS codes. */
export const arbMapping: fc.Arbitrary<Mapping> = fc
  .record({ subjects: fc.uniqueArray(code, { minLength: 1, maxLength: 6 }), version: arbVersion })
  .chain(({ subjects, version }) =>
    fc.tuple(...subjects.map(arbRecord)).map(
      (records): Mapping => ({
        kind: "mapping",
        id: "x-org.example/random-to-crs",
        version,
        status: "active",
        subject: { id: "x-org.example/random", versions: "^1.0.0" },
        object: { id: "sevscale/crs", versions: "^1.0.0" },
        authors: [{ name: "A" }],
        date: "2026-01-01",
        revisionHistory: [{ version, date: "2026-01-01", summary: { en: "Release.", es: "Versión." } }],
        license: { id: "CC0-1.0" },
        defaultLanguage: "en",
        languages: [{ tag: "en", authoritative: true }],
        records,
      }),
    ),
  );

type Edit<T> = (doc: T, pick: number, value: string) => T;

const at = <T>(list: readonly T[], pick: number): number => pick % list.length;

/** One-step edits of a scale (the content only; the version fields are left alone). */
export const scaleEdits: Record<string, Edit<Scale>> = {
  labelText: (s, k, v) => {
    const levels = structuredClone(s.levels);
    levels[at(levels, k)]!.label.en += ` ${v}`;
    return { ...s, levels };
  },
  removeLevel: (s, k) => ({ ...s, levels: s.levels.filter((_, i) => i !== at(s.levels, k)) }),
  addTopLevel: (s, _k, v) => ({ ...s, levels: [...s.levels, { code: "Znew", label: { en: v, es: v }, definition: { en: v, es: v } }] }),
  insertLevel: (s, k, v) => {
    const levels = [...s.levels];
    levels.splice(1 + (k % (levels.length - 1)), 0, { code: "Znew", label: { en: v, es: v }, definition: { en: v, es: v } });
    return { ...s, levels };
  },
  swapLevels: (s, k) => {
    const levels = [...s.levels];
    const i = at(levels.slice(1), k);
    [levels[i], levels[i + 1]] = [levels[i + 1]!, levels[i]!];
    return { ...s, levels };
  },
  colour: (s, k) => {
    const levels = structuredClone(s.levels);
    levels[at(levels, k)]!.color = { hex: "#123456" };
    return { ...s, levels };
  },
  direction: (s) => ({ ...s, direction: s.direction === "ascending" ? "descending" : "ascending" }),
  methodLevel: (s, k) => {
    const m = structuredClone(s.method);
    const last = s.levels[s.levels.length - 1]!.code;
    if (m.kind === "matrix") m.cells[at(m.cells, k)]!.level = last;
    else if (m.kind === "rules") m.rules[at(m.rules, k)]!.level = last;
    return { ...s, method: m };
  },
  addDimension: (s, _k, v) => ({
    ...s,
    dimensions: [...s.dimensions, { code: "extra", type: "ordinal", label: { en: v, es: v }, options: [{ code: "x", label: { en: v, es: v } }] }],
  }),
  addSentinel: (s, _k, v) => ({ ...s, sentinels: [...(s.sentinels ?? []), { code: "n-a", meaning: "not-assessed", label: { en: v, es: v } }] }),
  publisher: (s, _k, v) => ({ ...s, publisher: { ...s.publisher, contact: { ...s.publisher.contact, url: `https://example.org/${encodeURIComponent(v)}` } } }),
  glossary: (s, _k, v) => ({ ...s, glossary: [{ term: { en: v, es: v }, definition: { en: v, es: v } }] }),
};

/** One-step edits of a mapping. */
export const mappingEdits: Record<string, Edit<Mapping>> = {
  interval: (m, k) => {
    const records = structuredClone(m.records);
    records[at(records, k)]!.object = { min: "R0", max: "R5" };
    return { ...m, records };
  },
  relation: (m, k) => {
    const records = structuredClone(m.records);
    const r = records[at(records, k)]!;
    r.relation = r.relation === "relatedMatch" ? "closeMatch" : "relatedMatch";
    r.object ??= { min: "R1", max: "R1" };
    return { ...m, records };
  },
  confidence: (m, k) => {
    const records = structuredClone(m.records);
    const r = records[at(records, k)]!;
    r.confidence = r.confidence === 0.5 ? 0.25 : 0.5;
    return { ...m, records };
  },
  removeRecord: (m, k) => (m.records.length > 1 ? { ...m, records: m.records.filter((_, i) => i !== at(m.records, k)) } : m),
  addRecord: (m) => ({
    ...m,
    records: [...m.records, { subject: "Znew", relation: "noMatch", justification: "unspecified", confidence: 1 }],
  }),
  comment: (m, _k, v) => ({ ...m, comment: { en: v } }),
  narrow: (m) => ({ ...m, subject: { ...m.subject, versions: "^1.2.0" } }),
};
