/**
 * fast-check arbitraries for conditions, thresholds and the six method kinds (model/condition.ts,
 * model/method.ts). Methods are drawn against a context of declared levels and dimensions, so
 * their codes refer to things that exist; cross-field meaning rules (matrix completeness,
 * ordered cut points, ...) are respected where it is cheap, not guaranteed.
 */
import fc from "fast-check";
import type { Condition, Threshold } from "../../src/model/condition.js";
import { arbAscendingDecimals, arbCode, arbDecimal, arbLangMap, arbVerification } from "./common.js";

/** What a method may refer to: the scale's languages, level codes and dimensions. */
export interface MethodContext {
  readonly languages: readonly string[];
  readonly levels: readonly string[];
  readonly ordinal: readonly { readonly code: string; readonly options: readonly string[] }[];
  readonly quantity: readonly string[];
}

/** A threshold over the quantity dimensions of the context (nesting up to `depth`). */
export function arbThreshold(ctx: MethodContext, depth = 2): fc.Arbitrary<Threshold> {
  const leaves: fc.Arbitrary<Threshold>[] = [fc.record({ value: arbDecimal() })];
  if (ctx.quantity.length > 0) {
    leaves.push(fc.record({ percentOf: fc.record({ dimension: fc.constantFrom(...ctx.quantity), percent: arbDecimal() }) }));
  }
  const leaf = fc.oneof(...leaves);
  if (depth <= 0) return leaf;
  const inner = arbThreshold(ctx, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ smallerOf: fc.array(inner, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ largerOf: fc.array(inner, { minLength: 1, maxLength: 3 }) }) },
  );
}

/** A condition over the dimensions of the context (nesting up to `depth`). */
export function arbCondition(ctx: MethodContext, depth = 3): fc.Arbitrary<Condition> {
  const leaves: fc.Arbitrary<Condition>[] = [fc.constant({ always: true as const })];
  if (ctx.ordinal.length > 0) {
    const dim = fc.constantFrom(...ctx.ordinal);
    leaves.push(
      dim.chain((d) => fc.record({ dimension: fc.constant(d.code), in: fc.subarray([...d.options], { minLength: 1 }) })),
      dim.chain((d) => fc.record({ dimension: fc.constant(d.code), atLeast: fc.constantFrom(...d.options) })),
      dim.chain((d) => fc.record({ dimension: fc.constant(d.code), atMost: fc.constantFrom(...d.options) })),
    );
  }
  if (ctx.quantity.length > 0) {
    leaves.push(
      fc.record({
        dimension: fc.constantFrom(...ctx.quantity),
        compare: fc.constantFrom("gt" as const, "gte" as const, "lt" as const, "lte" as const, "eq" as const),
        threshold: arbThreshold(ctx),
      }),
    );
  }
  const leaf = fc.oneof(...leaves);
  if (depth <= 0) return leaf;
  const inner = arbCondition(ctx, depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ all: fc.array(inner, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ any: fc.array(inner, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ not: inner }) },
  );
}

const level = (ctx: MethodContext) => fc.constantFrom(...ctx.levels);
const common = (ctx: MethodContext) => ({ verification: arbVerification(ctx.languages), note: arbLangMap(ctx.languages) });

/** Ordered rules. */
export function arbRulesMethod(ctx: MethodContext) {
  const rule = fc.record({ id: arbCode(), level: level(ctx), when: arbCondition(ctx), note: arbLangMap(ctx.languages) }, { requiredKeys: ["level", "when"] });
  return fc.record(
    {
      kind: fc.constant("rules" as const),
      strategy: fc.constantFrom("first-match" as const, "most-severe" as const),
      rules: fc.array(rule, { minLength: 1, maxLength: 5 }),
      otherwise: level(ctx),
      ...common(ctx),
    },
    { requiredKeys: ["kind", "strategy", "rules"] },
  );
}

/** A weighted score over (some of) the dimensions; needs at least one dimension. */
export function arbScoreMethod(ctx: MethodContext) {
  const ordinal = ctx.ordinal.map((d) =>
    fc.record(
      {
        dimension: fc.constant(d.code),
        weight: arbDecimal(),
        values: fc.tuple(...d.options.map(() => arbDecimal())).map((vs) => Object.fromEntries(d.options.map((o, i) => [o, vs[i]!]))),
        aggregate: fc.constantFrom("max" as const, "sum" as const),
        missing: arbDecimal(),
      },
      { requiredKeys: ["dimension", "weight", "values"] },
    ),
  );
  const quantity = ctx.quantity.map((code) =>
    fc.record({ dimension: fc.constant(code), weight: arbDecimal(), factor: arbDecimal(), missing: arbDecimal() }, { requiredKeys: ["dimension", "weight"] }),
  );
  const components = fc.subarray([...ordinal, ...quantity], { minLength: 1 }).chain((arbs) => fc.tuple(...arbs));
  const pair = fc.record({ min: arbDecimal(), max: arbDecimal() });
  const normalisation = fc.oneof(
    fc.constant({ kind: "none" as const }),
    fc.constant({ kind: "weighted-mean" as const }),
    fc.record({ kind: fc.constant("min-max" as const), from: pair, to: pair }, { requiredKeys: ["kind", "to"] }),
  );
  const cutPoints = arbAscendingDecimals(ctx.levels.length).map((xs) => ctx.levels.map((l, i) => ({ level: l, atLeast: xs[i]! })));
  return fc.record(
    {
      kind: fc.constant("score" as const),
      components,
      normalisation,
      clamp: pair,
      rounding: fc.record({ decimals: fc.integer({ min: 0, max: 12 }), mode: fc.constantFrom("half-up" as const, "half-even" as const, "down" as const, "up" as const) }),
      cutPoints,
      ...common(ctx),
    },
    { requiredKeys: ["kind", "components", "normalisation", "rounding"] },
  );
}

/** Splits a list into contiguous non-empty chunks. */
function arbChunks<T>(items: readonly T[]): fc.Arbitrary<T[][]> {
  return fc.array(fc.boolean(), { minLength: items.length - 1, maxLength: items.length - 1 }).map((cuts) => {
    const chunks: T[][] = [[items[0]!]];
    items.slice(1).forEach((item, i) => (cuts[i] ? chunks.push([item]) : chunks[chunks.length - 1]!.push(item)));
    return chunks;
  });
}

/** A matrix over two or three ordinal dimensions, with one cell per combination of axis values. */
export function arbMatrixMethod(ctx: MethodContext) {
  const axis = (d: MethodContext["ordinal"][number], i: number) =>
    fc.oneof(
      fc.constant({ axis: { dimension: d.code }, values: [...d.options] }),
      arbChunks(d.options).map((chunks) => {
        const groups = chunks.map((members, g) => ({ code: `g${i}-${g}`, members }));
        return { axis: { dimension: d.code, groups }, values: groups.map((g) => g.code) };
      }),
    );
  return fc
    .shuffledSubarray([...ctx.ordinal], { minLength: 2, maxLength: Math.min(3, ctx.ordinal.length) })
    .chain((dims) => fc.tuple(...dims.map(axis)))
    .chain((axes) => {
      const combos = axes.reduce<string[][]>((acc, a) => acc.flatMap((prefix) => a.values.map((v) => [...prefix, v])), [[]]);
      return fc.record(
        {
          kind: fc.constant("matrix" as const),
          axes: fc.constant(axes.map((a) => a.axis)),
          cells: fc.tuple(...combos.map(() => level(ctx))).map((levels) => combos.map((at, i) => ({ at, level: levels[i]! }))),
          ...common(ctx),
        },
        { requiredKeys: ["kind", "axes", "cells"] },
      );
    });
}

/** Each dimension rated separately; needs at least one dimension. */
export function arbMaxMethod(ctx: MethodContext) {
  const ordinal = ctx.ordinal.map((d) =>
    fc.record({
      dimension: fc.constant(d.code),
      levels: fc.tuple(...d.options.map(() => level(ctx))).map((ls) => Object.fromEntries(d.options.map((o, i) => [o, ls[i]!]))),
    }),
  );
  const quantity = ctx.quantity.map((code) =>
    fc.integer({ min: 1, max: ctx.levels.length }).chain((n) =>
      fc.record({
        dimension: fc.constant(code),
        bands: arbAscendingDecimals(n).map((xs) => xs.map((atLeast, i) => ({ atLeast, level: ctx.levels[i]! }))),
      }),
    ),
  );
  return fc.record(
    {
      kind: fc.constant("max" as const),
      ratings: fc.subarray([...ordinal, ...quantity], { minLength: 1 }).chain((arbs) => fc.tuple(...arbs)),
      ...common(ctx),
    },
    { requiredKeys: ["kind", "ratings"] },
  );
}

/** Analyst judgement guided by descriptive criteria. */
export function arbJudgementMethod(ctx: MethodContext) {
  return fc.record(
    {
      kind: fc.constant("judgement" as const),
      guidance: arbLangMap(ctx.languages),
      criteria: fc.subarray([...ctx.levels], { minLength: 1 }).chain((ls) => fc.tuple(...ls.map((l) => fc.record({ level: fc.constant(l), criteria: arbLangMap(ctx.languages) })))),
      ...common(ctx),
    },
    { requiredKeys: ["kind"] },
  );
}

/** Any method that is not a composition, among those the context allows. */
export function arbSimpleMethod(ctx: MethodContext) {
  const hasDims = ctx.ordinal.length + ctx.quantity.length > 0;
  return fc.oneof(
    arbRulesMethod(ctx),
    arbJudgementMethod(ctx),
    ...(hasDims ? [arbScoreMethod(ctx), arbMaxMethod(ctx)] : []),
    ...(ctx.ordinal.length >= 2 ? [arbMatrixMethod(ctx)] : []),
  );
}

/** Most severe of two or three simple methods. */
export function arbCompositeMethod(ctx: MethodContext) {
  return fc.uniqueArray(arbCode(), { minLength: 2, maxLength: 3 }).chain((ids) =>
    fc.record(
      {
        kind: fc.constant("composite" as const),
        combine: fc.constant("most-severe" as const),
        components: fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), label: arbLangMap(ctx.languages), method: arbSimpleMethod(ctx) }, { requiredKeys: ["id", "method"] }))),
        ...common(ctx),
      },
      { requiredKeys: ["kind", "combine", "components"] },
    ),
  );
}

/** Any method, all six kinds represented (as far as the context allows). */
export function arbMethod(ctx: MethodContext) {
  return fc.oneof({ weight: 4, arbitrary: arbSimpleMethod(ctx) }, { weight: 1, arbitrary: arbCompositeMethod(ctx) });
}
