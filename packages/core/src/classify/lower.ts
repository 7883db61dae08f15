/**
 * Boolean and nominal dimensions, read by the classifiers as option dimensions. A boolean
 * dimension becomes the options `"false"`, `"true"` (in that order) and its `is` tests become `in`
 * tests; a nominal dimension keeps its options (validation has refused every ordering test on
 * it, so their order never matters). The classifiers then need nothing else: three-valued
 * evaluation, assumptions, the compiled and batch paths all work on options.
 */
import type { Condition } from "../model/condition.js";
import type { Dimension, OrdinalDimension, Scale } from "../model/scale.js";

/** The option codes a boolean dimension is read as, least severe first. */
export const BOOLEAN_OPTIONS = ["false", "true"] as const;

const BOOLEAN_LABELS = {
  false: { en: "no", es: "no", fr: "non", pt: "não" },
  true: { en: "yes", es: "sí", fr: "oui", pt: "sim" },
} as const;

const fromBoolean = new WeakSet<Dimension>();

/** True for a boolean dimension, as written or as the classifiers read it. */
export function isBooleanDimension(dim: Dimension): boolean {
  return dim.type === "boolean" || fromBoolean.has(dim);
}

/**
 * A dimension as the classifiers read it: ordinal or quantity. A boolean dimension becomes the
 * options `"false"` and `"true"` (labelled no / yes), a nominal one an option dimension whose
 * order means nothing; ordinal and quantity dimensions come back as they are. For callers that
 * list a dimension's answers (a form, a rendered page).
 * @example lowerDimension({ code: "planned", type: "boolean", label: { en: "Planned?" } }).options.map((o) => o.code) // ["false", "true"]
 */
export function lowerDimension(dim: Dimension): Exclude<Dimension, { type: "boolean" | "nominal" }> {
  if (dim.type === "nominal") return { ...dim, type: "ordinal" } as OrdinalDimension;
  if (dim.type !== "boolean") return dim;
  const { type: _type, assume, ...rest } = dim;
  const lowered: OrdinalDimension = {
    ...rest,
    type: "ordinal",
    options: BOOLEAN_OPTIONS.map((code) => ({ code, label: { ...BOOLEAN_LABELS[code] } })),
    ...(assume === undefined ? {} : { assume: String(assume) }),
  };
  fromBoolean.add(lowered);
  return lowered;
}

/** A boolean test as the option test it stands for. */
export function isAsIn(c: { dimension: string; is: boolean }): Condition {
  return { dimension: c.dimension, in: [String(c.is)] };
}

/** Rewrites `{dimension, is}` tests as `{dimension, in: ["true"|"false"]}` anywhere in a value; the same object when nothing changes. */
function lowerValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const l = lowerValue(v);
      if (l !== v) changed = true;
      return l;
    });
    return changed ? out : value;
  }
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record["dimension"] === "string" && typeof record["is"] === "boolean" && Object.keys(record).length === 2) {
    return isAsIn({ dimension: record["dimension"], is: record["is"] });
  }
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const l = lowerValue(record[key]);
    if (l !== record[key]) changed = true;
    out[key] = l;
  }
  return changed ? out : value;
}

const lowered = new WeakMap<Scale, Scale>();

/** The scale as the classifiers read it (memoised; the scale itself when it has nothing to lower). */
export function lowerScale(scale: Scale): Scale {
  const hit = lowered.get(scale);
  if (hit) return hit;
  const special = scale.dimensions.some((d) => d.type === "boolean" || d.type === "nominal");
  const method = lowerValue(scale.method) as Scale["method"];
  const out = special || method !== scale.method ? { ...scale, dimensions: scale.dimensions.map(lowerDimension), method } : scale;
  lowered.set(scale, out);
  return out;
}
