/**
 * Hand-built scales for the classification tests: one per method kind (and variants), small
 * enough to compute results by hand. Not published.
 */
import type { Dimension, Method, Rule, Scale } from "../src/model/index.js";

const text = (s: string) => ({ en: s, es: s });

/** A structurally complete scale around the given levels, dimensions and method. */
export function scaleWith(id: string, levels: readonly string[], dimensions: Dimension[], method: Method): Scale {
  return {
    kind: "scale",
    id: `x-org.example/${id}`,
    version: "1.0.0",
    status: "draft",
    title: text(id),
    published: "2026-01-01",
    revisionHistory: [{ version: "1.0.0", date: "2026-01-01", summary: text("test") }],
    publisher: { name: text("tests"), type: "other", contact: { email: "tests@example.org" } },
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    direction: "ascending",
    levels: levels.map((code) => ({ code, label: text(code), definition: text(`level ${code}`) })),
    dimensions,
    method,
  };
}

/** An ordinal dimension with the given option codes (least → most severe). */
export function ordinal(code: string, options: readonly string[], multiple?: boolean): Dimension {
  return { code, type: "ordinal", label: text(code), options: options.map((o) => ({ code: o, label: text(o) })), ...(multiple ? { multiple } : {}) };
}

/** A quantity dimension. */
export function quantity(code: string, unit: string, extra: { min?: number | string; max?: number | string; integer?: boolean } = {}): Dimension {
  return { code, type: "quantity", label: text(code), unit, ...extra };
}

const L5 = ["L0", "L1", "L2", "L3", "L4"];
const impact = ordinal("impact", ["none", "low", "medium", "high", "critical"]);
const sectors = ordinal("sectors", ["other", "finance", "health", "energy"], true);
const loss = quantity("loss", "EUR", { min: 0 });
const turnover = quantity("turnover", "EUR", { min: 0 });
const users = quantity("users", "users", { min: 0, integer: true });
const population = quantity("population", "users", { min: 0, integer: true });

const RULES: Rule[] = [
  {
    id: "critical",
    level: "L4",
    when: { any: [{ dimension: "impact", atLeast: "critical" }, { all: [{ dimension: "sectors", in: ["energy", "health"] }, { dimension: "impact", atLeast: "high" }] }] },
  },
  {
    id: "money",
    level: "L3",
    // the smaller of EUR 500 000 and 5 % of annual turnover
    when: { dimension: "loss", compare: "gte", threshold: { smallerOf: [{ value: 500000 }, { percentOf: { dimension: "turnover", percent: 5 } }] } },
  },
  {
    id: "users",
    level: "L2",
    when: {
      all: [
        { dimension: "users", compare: "gt", threshold: { largerOf: [{ value: 1000 }, { percentOf: { dimension: "population", percent: "0.5" } }] } },
        { not: { dimension: "impact", atMost: "none" } },
      ],
    },
  },
  { id: "low", level: "L1", when: { dimension: "impact", in: ["low", "medium"] } },
];

const ruleDims = [impact, sectors, loss, turnover, users, population];

/** Rules, first match, with a default level. */
export const RULES_FIRST = scaleWith("rules-first", L5, ruleDims, { kind: "rules", strategy: "first-match", rules: structuredClone(RULES), otherwise: "L0" });

/** The same rules, most severe of those that hold, no default. */
export const RULES_MOST = scaleWith("rules-most", L5, ruleDims, {
  kind: "rules",
  strategy: "most-severe",
  rules: [...structuredClone(RULES), { level: "L0", when: { always: true } }],
});

const scoreDims = [
  ordinal("reach", ["one", "some", "many"]),
  ordinal("data", ["public", "internal", "personal", "secret"], true),
  ordinal("service", ["up", "degraded", "down"]),
];

/** Score: min–max to 0–100 derived from the values, clamped, two decimals half-even, with cut-points. */
export const SCORE_CUTS = scaleWith("score-cuts", L5, scoreDims, {
  kind: "score",
  components: [
    { dimension: "reach", weight: 3, values: { one: 0, some: "1.5", many: 4 } },
    { dimension: "data", weight: "2.5", values: { public: 0, internal: 1, personal: 2, secret: 3 }, aggregate: "sum", missing: 1 },
    { dimension: "service", weight: 1, values: { up: 0, degraded: "0.3", down: 1 } },
  ],
  normalisation: { kind: "min-max", to: { min: 0, max: 100 } },
  clamp: { min: 0, max: 90 },
  rounding: { decimals: 2, mode: "half-even" },
  cutPoints: [
    { level: "L0", atLeast: 0 },
    { level: "L1", atLeast: "12.5" },
    { level: "L2", atLeast: 30 },
    { level: "L3", atLeast: "55.55" },
    { level: "L4", atLeast: 80 },
  ],
});

/** Score: weighted mean, one decimal half-up, no cut-points (the level cannot be derived). */
export const SCORE_NO_CUTS = scaleWith("score-no-cuts", L5, scoreDims, {
  kind: "score",
  components: [
    { dimension: "reach", weight: 3, values: { one: 1, some: 2, many: 5 } },
    { dimension: "data", weight: 1, values: { public: 0, internal: 1, personal: 3, secret: 5 }, missing: 2 },
    { dimension: "service", weight: 2, values: { up: 0, degraded: 2, down: 5 } },
  ],
  normalisation: { kind: "weighted-mean" },
  rounding: { decimals: 1, mode: "half-up" },
});

/** Score over a quantity (exact path): minutes of outage × 0.1, plus reach, raw sum, cut-points. */
export const SCORE_QUANTITY = scaleWith("score-quantity", ["L0", "L1", "L2"], [ordinal("reach", ["one", "some", "many"]), quantity("outage", "minutes", { min: 0, max: 10000 })], {
  kind: "score",
  components: [
    { dimension: "reach", weight: 2, values: { one: 0, some: 1, many: 3 } },
    { dimension: "outage", weight: 1, factor: "0.1" },
  ],
  normalisation: { kind: "none" },
  rounding: { decimals: 0, mode: "up" },
  cutPoints: [
    { level: "L1", atLeast: 5 },
    { level: "L2", atLeast: 60 },
  ],
});

/**
 * Score on a rounding boundary: two components of weight 1, weighted mean. severity "s5" is worth
 * 24.69 and impact "i0" 0, so the mean is exactly 12.345 (in binary floating point 24.69 / 2 is
 * 12.3449999999999997513…, which would round down in every mode).
 */
export function boundaryScale(mode: "half-up" | "half-even" | "down" | "up"): Scale {
  return scaleWith("score-boundary", ["L0", "L1"], [ordinal("severity", ["s0", "s5"]), ordinal("impact", ["i0", "i1"])], {
    kind: "score",
    components: [
      { dimension: "severity", weight: 1, values: { s0: 0, s5: 24.69 } },
      { dimension: "impact", weight: 1, values: { i0: 0, i1: 10 } },
    ],
    normalisation: { kind: "weighted-mean" },
    rounding: { decimals: 2, mode },
    cutPoints: [
      { level: "L0", atLeast: 0 },
      { level: "L1", atLeast: "12.35" },
    ],
  });
}

/** Matrix with a grouped, multiple-choice stakeholder axis (after ASD's grouped columns). */
export const MATRIX_GROUPED = scaleWith(
  "matrix-grouped",
  ["C6", "C5", "C4", "C3", "C2", "C1"],
  [ordinal("effect", ["attempt", "compromise", "disruption"]), ordinal("stakeholder", ["person", "small-business", "school", "state-gov", "academia", "federal", "nat-sec"], true)],
  {
    kind: "matrix",
    axes: [
      { dimension: "effect" },
      {
        dimension: "stakeholder",
        groups: [
          { code: "small", members: ["person", "small-business"] },
          { code: "medium", members: ["school", "state-gov", "academia"] },
          { code: "national", members: ["federal", "nat-sec"] },
        ],
      },
    ],
    cells: [
      { at: ["attempt", "small"], level: "C6" },
      { at: ["attempt", "medium"], level: "C6" },
      { at: ["attempt", "national"], level: "C5" },
      { at: ["compromise", "small"], level: "C5" },
      { at: ["compromise", "medium"], level: "C4" },
      { at: ["compromise", "national"], level: "C3" },
      { at: ["disruption", "small"], level: "C4" },
      { at: ["disruption", "medium"], level: "C2" },
      { at: ["disruption", "national"], level: "C1" },
    ],
  },
);

/** Max with an option rating (one option unrated) and quantity bands. */
export const MAX_BANDS = scaleWith("max-bands", ["L0", "L1", "L2", "L3"], [ordinal("harm", ["none", "minor", "unknown", "major"]), quantity("hours", "hours", { min: 0 })], {
  kind: "max",
  ratings: [
    { dimension: "harm", levels: { none: "L0", minor: "L1", major: "L3" } },
    {
      dimension: "hours",
      bands: [
        { atLeast: 1, level: "L1" },
        { atLeast: "4.5", level: "L2" },
        { atLeast: 24, level: "L3" },
      ],
    },
  ],
});

/** Composite: a rules component, a score with cut-points and a judgement. */
export const COMPOSITE_MIXED = scaleWith("composite-mixed", L5, [...ruleDims, ...scoreDims], {
  kind: "composite",
  combine: "most-severe",
  components: [
    { id: "rules", method: { kind: "rules", strategy: "first-match", rules: structuredClone(RULES), otherwise: "L0" } },
    { id: "score", method: structuredClone(SCORE_CUTS.method) as Extract<Method, { kind: "score" }> },
  ],
});

/** Composite with a judgement component: open unless another reaches the top level. */
export const COMPOSITE_JUDGEMENT = scaleWith("composite-judgement", ["L0", "L1", "L2"], [ordinal("harm", ["none", "minor", "major"])], {
  kind: "composite",
  combine: "most-severe",
  components: [
    { id: "harm", method: { kind: "max", ratings: [{ dimension: "harm", levels: { none: "L0", minor: "L1", major: "L2" } }] } },
    { id: "analyst", method: { kind: "judgement", criteria: [{ level: "L2", criteria: text("national effect") }] } },
  ],
});

/** Judgement only. */
export const JUDGEMENT = scaleWith("judgement", ["L0", "L1"], [], { kind: "judgement", guidance: text("read the definitions") });

/**
 * A legal "significant incident" test: any one criterion holds, unless the incident is planned
 * maintenance (assumed "no" when not answered). "Exceeds" is `gt`.
 */
export const SIGNIFICANT = scaleWith(
  "significant",
  ["not-significant", "significant"],
  [
    { ...ordinal("planned-maintenance", ["no", "yes"]), assume: "no" } as Dimension,
    quantity("loss", "EUR", { min: 0 }),
    quantity("users", "users", { min: 0, integer: true }),
    quantity("total-users", "users", { min: 0, integer: true }),
    ordinal("data-breach", ["no", "yes"]),
  ],
  {
    kind: "rules",
    strategy: "first-match",
    rules: [
      { id: "excluded", level: "not-significant", when: { dimension: "planned-maintenance", in: ["yes"] } },
      {
        id: "criteria",
        level: "significant",
        when: {
          any: [
            { dimension: "loss", compare: "gt", threshold: { value: 500000 } },
            { dimension: "users", compare: "gt", threshold: { smallerOf: [{ value: 1000000 }, { percentOf: { dimension: "total-users", percent: 5 } }] } },
            { dimension: "data-breach", in: ["yes"] },
          ],
        },
      },
    ],
    otherwise: "not-significant",
  },
);

/** A boolean (yes/no) dimension. */
export function boolean(code: string, assume?: boolean): Dimension {
  return { code, type: "boolean", label: text(code), ...(assume === undefined ? {} : { assume }) };
}

/** A nominal dimension: options with no order. */
export function nominal(code: string, options: readonly string[], multiple?: boolean): Dimension {
  return { code, type: "nominal", label: text(code), options: options.map((o) => ({ code: o, label: text(o) })), ...(multiple ? { multiple } : {}) };
}

/**
 * The significant-incident test with yes/no criteria as boolean dimensions and the sector as a
 * nominal one: excluded when planned maintenance (assumed "no"), else significant when the loss
 * exceeds EUR 500 000, personal data was breached, or an essential sector was hit.
 */
export const SIGNIFICANT_BOOLEAN = scaleWith(
  "significant-boolean",
  ["not-significant", "significant"],
  [boolean("planned-maintenance", false), quantity("loss", "EUR", { min: 0 }), boolean("data-breach"), nominal("sector", ["health", "retail", "energy", "media"], true)],
  {
    kind: "rules",
    strategy: "first-match",
    rules: [
      { id: "excluded", level: "not-significant", when: { dimension: "planned-maintenance", is: true } },
      {
        id: "criteria",
        level: "significant",
        when: {
          any: [
            { dimension: "loss", compare: "gt", threshold: { value: 500000 } },
            { dimension: "data-breach", is: true },
            { dimension: "sector", in: ["health", "energy"] },
          ],
        },
      },
    ],
    otherwise: "not-significant",
  },
);

/** A matrix with a nominal axis (entity type) and an ordinal one whose option codes are numbers. */
export const MATRIX_NOMINAL = scaleWith("matrix-nominal", ["low", "medium", "high"], [nominal("entity", ["hospital", "bank", "school"]), ordinal("rating", ["0", "1", "2"])], {
  kind: "matrix",
  axes: [{ dimension: "entity" }, { dimension: "rating" }],
  cells: [
    { at: ["hospital", "0"], level: "medium" },
    { at: ["hospital", "1"], level: "high" },
    { at: ["hospital", "2"], level: "high" },
    { at: ["bank", "0"], level: "low" },
    { at: ["bank", "1"], level: "medium" },
    { at: ["bank", "2"], level: "high" },
    { at: ["school", "0"], level: "low" },
    { at: ["school", "1"], level: "low" },
    { at: ["school", "2"], level: "medium" },
  ],
});

/** Max over a boolean rating and a nominal one. */
export const MAX_BOOLEAN = scaleWith("max-boolean", ["L0", "L1", "L2"], [boolean("ransomware"), nominal("vector", ["phishing", "supply-chain", "insider"])], {
  kind: "max",
  ratings: [
    { dimension: "ransomware", levels: { false: "L0", true: "L2" } },
    { dimension: "vector", levels: { phishing: "L0", "supply-chain": "L1", insider: "L1" } },
  ],
});

/** The sentinels of the gate fixtures: outcomes outside the levels, declared by the scale. */
const SENTINELS: NonNullable<Scale["sentinels"]> = [
  { code: "out-of-scope", meaning: "out-of-scope", label: text("not in scope of this scale") },
  { code: "not-categorised", meaning: "other", label: text("not categorised") },
];

/**
 * First-match with a gate: planned maintenance is out of scope (a sentinel, not a level); an
 * incident without a service is not categorised (the default, also a sentinel).
 */
export const RULES_SENTINEL_FIRST: Scale = {
  ...scaleWith("rules-sentinel-first", ["minor", "significant", "major"], [boolean("planned-maintenance"), quantity("loss", "EUR", { min: 0, max: 10000000 }), ordinal("service", ["none", "local", "national"])], {
    kind: "rules",
    strategy: "first-match",
    rules: [
      { id: "gate", level: "out-of-scope", when: { dimension: "planned-maintenance", is: true } },
      { id: "major", level: "major", when: { all: [{ dimension: "loss", compare: "gt", threshold: { value: 1000000 } }, { dimension: "service", in: ["national"] }] } },
      { id: "significant", level: "significant", when: { any: [{ dimension: "loss", compare: "gt", threshold: { value: 500000 } }, { dimension: "service", atLeast: "local" }] } },
      { id: "minor", level: "minor", when: { dimension: "service", in: ["none"] } },
    ],
    otherwise: "not-categorised",
  }),
  sentinels: structuredClone(SENTINELS),
};

/** Most-severe rules and a composite in which a sentinel rule overrides every level that holds. */
export const RULES_SENTINEL_MOST: Scale = {
  ...scaleWith("rules-sentinel-most", ["L0", "L1", "L2"], [ordinal("harm", ["none", "minor", "major"]), boolean("exercise"), boolean("test-system")], {
    kind: "composite",
    combine: "most-severe",
    components: [
      {
        id: "rules",
        method: {
          kind: "rules",
          strategy: "most-severe",
          rules: [
            { level: "L1", when: { dimension: "harm", atLeast: "minor" } },
            { level: "not-categorised", when: { dimension: "test-system", is: true } },
            { level: "L2", when: { dimension: "harm", in: ["major"] } },
            { level: "out-of-scope", when: { dimension: "exercise", is: true } },
          ],
          otherwise: "L0",
        },
      },
      { id: "harm", method: { kind: "max", ratings: [{ dimension: "harm", levels: { none: "L0", minor: "L1", major: "L2" } }] } },
    ],
  }),
  sentinels: structuredClone(SENTINELS),
};
