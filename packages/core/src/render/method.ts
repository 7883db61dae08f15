/**
 * A scale's method in words: rules as sentences, a score's weights and thresholds as tables, a
 * matrix as a coloured grid with the level code in each cell, per-dimension ratings as a table,
 * judgement criteria as a table, a composition component by component.
 */
import type { Method, MatrixMethod, MaxMethod, RulesMethod, ScoreMethod, SimpleMethod, JudgementMethod } from "../model/method.js";
import type { DeepReadonly } from "../translate/_internal.js";
import type { Block, Cell } from "./blocks.js";
import { levelColour } from "./colour.js";
import { conditionWords, dimensionLabel, fill, levelWords, num, optionLabel, text, unitOf, type WordContext } from "./words.js";

/** A cell showing a level: its swatch, its code in bold and its label. */
export function levelCell(ctx: WordContext, code: string): Cell {
  const levels = ctx.scale.levels;
  const rank = levels.findIndex((l) => l.code === code);
  if (rank < 0) return { strong: code, text: "" };
  const level = levels[rank]!;
  const label = text(ctx, level.label);
  const name = text(ctx, level.color?.name);
  const swatch = levelColour(level.color, rank, levels.length);
  return { strong: code, text: label === code ? "" : label, swatch, swatchName: name || swatch };
}

function rulesBlocks(ctx: WordContext, m: DeepReadonly<RulesMethod>): Block[] {
  const t = ctx.terms;
  const rules = m.rules.map((r) => {
    const sentence = fill(t.rule, { condition: conditionWords(ctx, r.when), level: levelWords(ctx, r.level) });
    const note = text(ctx, r.note);
    return note ? `${sentence} ${note}` : sentence;
  });
  const last = m.otherwise !== undefined ? fill(t.otherwise, { level: levelWords(ctx, m.otherwise) }) : t.noOtherwise;
  return [{ kind: "paragraph", text: m.strategy === "first-match" ? t.rulesFirstMatch : t.rulesMostSevere }, { kind: "list", items: [...rules.map((r, i) => `${i + 1}. ${r}`), last] }];
}

function scoreBlocks(ctx: WordContext, m: DeepReadonly<ScoreMethod>): Block[] {
  const t = ctx.terms;
  const rows = m.components.map((c): Cell[] => {
    const values = c.values
      ? Object.entries(c.values).map(([o, v]) => `${optionLabel(ctx, c.dimension, o)} = ${num(ctx, v)}`).join("\n")
      : `${unitOf(ctx, c.dimension)}${c.factor !== undefined ? ` × ${num(ctx, c.factor)}` : ""}`;
    return [{ text: dimensionLabel(ctx, c.dimension) }, { text: num(ctx, c.weight) }, { text: values }];
  });
  const n = m.normalisation;
  const sentences = [n.kind === "min-max" ? fill(t.normalisation["min-max"], { min: num(ctx, n.to.min), max: num(ctx, n.to.max) }) : t.normalisation[n.kind]];
  if (m.clamp) sentences.push(fill(t.clamp, { min: num(ctx, m.clamp.min), max: num(ctx, m.clamp.max) }));
  sentences.push(fill(t.rounding, { decimals: m.rounding.decimals, mode: m.rounding.mode }));
  const blocks: Block[] = [
    { kind: "table", caption: t.weightsCaption, columns: [t.dimension, t.weight, t.values], rows, rowHeaders: true },
    { kind: "paragraph", text: sentences.join(" ") },
  ];
  if (m.cutPoints === undefined) blocks.push({ kind: "paragraph", text: t.noCutPoints });
  else {
    const rank = (code: string) => ctx.scale.levels.findIndex((l) => l.code === code);
    const cuts = [...m.cutPoints].sort((a, b) => rank(b.level) - rank(a.level));
    blocks.push({ kind: "table", caption: t.cutPointsCaption, columns: [t.level, t.scoreAtLeast], rows: cuts.map((c) => [levelCell(ctx, c.level), { text: num(ctx, c.atLeast) }]), rowHeaders: true });
  }
  return blocks;
}

/** The values along one matrix axis: its groups, or the dimension's options one by one. */
function axisValues(ctx: WordContext, axis: DeepReadonly<MatrixMethod["axes"][number]>): { code: string; label: string }[] {
  if (axis.groups) {
    return axis.groups.map((g) => ({ code: g.code, label: text(ctx, g.label) || g.members.map((o) => optionLabel(ctx, axis.dimension, o)).join(", ") }));
  }
  const d = ctx.scale.dimensions.find((x) => x.code === axis.dimension);
  return d?.type === "ordinal" ? d.options.map((o) => ({ code: o.code, label: text(ctx, o.label) || o.code })) : [];
}

function matrixBlocks(ctx: WordContext, m: DeepReadonly<MatrixMethod>): Block[] {
  const t = ctx.terms;
  const at = new Map(m.cells.map((c) => [c.at.join("\u0000"), c.level]));
  const axes = m.axes.map((a) => ({ dimension: a.dimension, values: axisValues(ctx, a) }));
  const cellFor = (codes: readonly string[]): Cell => {
    const level = at.get(codes.join("\u0000"));
    return level === undefined ? { text: "—" } : levelCell(ctx, level);
  };
  if (axes.length === 2) {
    const [rowsAxis, columnsAxis] = axes as [(typeof axes)[0], (typeof axes)[0]];
    // Most severe row first, so the grid reads like a risk matrix.
    const rows = [...rowsAxis.values].reverse().map((r): Cell[] => [{ text: r.label }, ...columnsAxis.values.map((c) => cellFor([r.code, c.code]))]);
    const caption = fill(t.matrixCaption, { rows: dimensionLabel(ctx, rowsAxis.dimension), columns: dimensionLabel(ctx, columnsAxis.dimension) });
    return [{ kind: "table", caption, columns: [`${dimensionLabel(ctx, rowsAxis.dimension)} \\ ${dimensionLabel(ctx, columnsAxis.dimension)}`, ...columnsAxis.values.map((c) => c.label)], rows, rowHeaders: true, grid: true }];
  }
  const rows = m.cells.map((c): Cell[] => [...c.at.map((code, i) => ({ text: axes[i]?.values.find((v) => v.code === code)?.label ?? code })), levelCell(ctx, c.level)]);
  return [{ kind: "table", caption: t.levels, columns: [...axes.map((a) => dimensionLabel(ctx, a.dimension)), t.level], rows, grid: true }];
}

function maxBlocks(ctx: WordContext, m: DeepReadonly<MaxMethod>): Block[] {
  const t = ctx.terms;
  const rows = m.ratings.flatMap((r): Cell[][] => {
    const dim = { text: dimensionLabel(ctx, r.dimension) };
    if ("levels" in r) return Object.entries(r.levels).map(([o, level]) => [dim, { text: optionLabel(ctx, r.dimension, o) }, levelCell(ctx, level)]);
    return r.bands.map((b) => [dim, { text: fill(t.fromValue, { value: num(ctx, b.atLeast), unit: unitOf(ctx, r.dimension) }) }, levelCell(ctx, b.level)]);
  });
  return [{ kind: "table", caption: t.ratingsCaption, columns: [t.dimension, t.valueOrBand, t.level], rows }];
}

function judgementBlocks(ctx: WordContext, m: DeepReadonly<JudgementMethod>): Block[] {
  const t = ctx.terms;
  const blocks: Block[] = [];
  const guidance = text(ctx, m.guidance);
  if (guidance) blocks.push({ kind: "paragraph", text: `${t.guidance}${ctx.colon} ${guidance}` });
  if (m.criteria) blocks.push({ kind: "table", caption: t.criteria, columns: [t.level, t.criteria], rows: m.criteria.map((c) => [levelCell(ctx, c.level), { text: text(ctx, c.criteria) }]), rowHeaders: true });
  return blocks;
}

function simpleBlocks(ctx: WordContext, m: DeepReadonly<SimpleMethod>): Block[] {
  switch (m.kind) {
    case "rules":
      return rulesBlocks(ctx, m);
    case "score":
      return scoreBlocks(ctx, m);
    case "matrix":
      return matrixBlocks(ctx, m);
    case "max":
      return maxBlocks(ctx, m);
    case "judgement":
      return judgementBlocks(ctx, m);
  }
}

/** The method of a scale as blocks: an opening sentence, then its parts. */
export function methodBlocks(ctx: WordContext, method: DeepReadonly<Method>): Block[] {
  const intro: Block = { kind: "paragraph", text: ctx.terms.methodKind[method.kind] };
  const note = text(ctx, method.note);
  const tail: Block[] = note ? [{ kind: "paragraph", text: note }] : [];
  if (method.kind !== "composite") return [intro, ...simpleBlocks(ctx, method), ...tail];
  const parts = method.components.flatMap((c): Block[] => {
    const label = text(ctx, c.label);
    return [{ kind: "heading", level: 3, text: `${fill(ctx.terms.component, { id: c.id })}${label ? `${ctx.colon} ${label}` : ""}` }, { kind: "paragraph", text: ctx.terms.methodKind[c.method.kind] }, ...simpleBlocks(ctx, c.method)];
  });
  return [intro, ...parts, ...tail];
}
