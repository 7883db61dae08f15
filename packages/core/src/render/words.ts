/** Words for documents' data: labels in a language, durations, conditions and thresholds as sentences. */
import type { Locale, MessageTerms, RenderTerms } from "../i18n/locale.js";
import { formatNumber, formatNumeral } from "../i18n/number.js";
import { fillTemplate } from "../issues/render.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { Scale } from "../model/scale.js";
import { pickText, type DeepReadonly, type Text } from "../translate/_internal.js";

/** What the sentence builders need: the scale, the language and the words. */
export interface WordContext {
  readonly scale: DeepReadonly<Scale>;
  readonly lang: string;
  readonly terms: RenderTerms;
  readonly quotes: readonly [string, string];
  /** What joins a label and its value, before the space (`:`; French `\u00a0:`). */
  readonly colon: string;
  /** The words of the document statuses (`active` → "en vigueur"). */
  readonly status: Locale["terms"]["values"]["status"];
  /** The decimal separator of the language (`,` in French, Spanish and Portuguese). */
  readonly decimal: MessageTerms["decimal"];
}

/** A word context for a scale in a locale. */
export function wordContext(scale: DeepReadonly<Scale>, locale: Locale): WordContext {
  return { scale, lang: locale.language, terms: locale.terms.render, quotes: locale.terms.quotes, colon: locale.terms.colon, status: locale.terms.values.status, decimal: locale.terms.decimal };
}

/** Fills a `{name}` template with plain strings. */
export const fill = (template: string, params: Readonly<Record<string, string | number>>): string => fillTemplate(template, params);

/**
 * A number of the document (a JSON number, or an exact decimal written as text, `"0.15"`) as the
 * context's language writes it (`0,15` in French; see {@link formatNumber}).
 */
export const num = (ctx: Pick<WordContext, "decimal">, n: number | string): string =>
  typeof n === "number" ? formatNumber(n, { terms: ctx }) : formatNumeral(n, { terms: ctx });

/** A language map in the context's language, falling back to the scale's default language. */
export const text = (ctx: WordContext, map: Text | undefined): string => pickText(map, ctx.lang, ctx.scale.defaultLanguage);

/** "A, B or C" with the locale's word. */
export function joinAlternatives(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** An ISO 8601 duration in words: `PT72H` → "72 hours". Anything unparsable is shown as written. */
export function durationWords(duration: string, terms: RenderTerms): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (m === null) return duration;
  const units = ["Y", "M", "W", "D", "H", "min", "S"] as const;
  const parts = units.flatMap((u, i) => {
    const v = m[i + 1];
    if (v === undefined) return [];
    const [one, many] = terms.duration[u];
    return [`${Number(v)} ${Number(v) === 1 ? one : many}`];
  });
  return parts.length > 0 ? parts.join(" ") : duration;
}

const dimension = (ctx: WordContext, code: string) => ctx.scale.dimensions.find((d) => d.code === code);

/** A dimension's label (its code when it has none in any language). */
export function dimensionLabel(ctx: WordContext, code: string): string {
  return text(ctx, dimension(ctx, code)?.label) || code;
}

/** An option's label in quotes (its code when the dimension does not list it). */
export function optionLabel(ctx: WordContext, dimensionCode: string, code: string): string {
  const d = dimension(ctx, dimensionCode);
  const label = d?.type === "ordinal" ? text(ctx, d.options.find((o) => o.code === code)?.label) : "";
  return `${ctx.quotes[0]}${label || code}${ctx.quotes[1]}`;
}

/** A level as "C1 “Category 1”". */
export function levelWords(ctx: WordContext, code: string): string {
  const label = text(ctx, ctx.scale.levels.find((l) => l.code === code)?.label);
  return label && label !== code ? `${code} ${ctx.quotes[0]}${label}${ctx.quotes[1]}` : code;
}

/** The unit of a quantity dimension ("" for an ordinal one). */
export function unitOf(ctx: WordContext, code: string): string {
  const d = dimension(ctx, code);
  return d?.type === "quantity" ? d.unit : "";
}

/** A threshold in words, in the unit of the compared dimension. */
export function thresholdWords(ctx: WordContext, threshold: Threshold, unit: string): string {
  const t = ctx.terms;
  if ("value" in threshold) return `${num(ctx, threshold.value)}${unit ? ` ${unit}` : ""}`;
  if ("smallerOf" in threshold) return fill(t.smallerOf, { list: joinAlternatives(threshold.smallerOf.map((x) => thresholdWords(ctx, x, unit)), t.and) });
  if ("largerOf" in threshold) return fill(t.largerOf, { list: joinAlternatives(threshold.largerOf.map((x) => thresholdWords(ctx, x, unit)), t.and) });
  return fill(t.percentOf, { percent: num(ctx, threshold.percentOf.percent), dimension: dimensionLabel(ctx, threshold.percentOf.dimension) });
}

/** A condition in words; nested all/any are bracketed so the reading is unambiguous. */
export function conditionWords(ctx: WordContext, condition: DeepReadonly<Condition>, nested = false): string {
  const t = ctx.terms;
  const group = (parts: readonly DeepReadonly<Condition>[], word: string) => {
    const s = parts.map((p) => conditionWords(ctx, p, true)).join(` ${word} `);
    return nested && parts.length > 1 ? `(${s})` : s;
  };
  if ("all" in condition) return group(condition.all, t.and);
  if ("any" in condition) return group(condition.any, t.or);
  if ("not" in condition) return fill(t.not, { condition: conditionWords(ctx, condition.not) });
  if ("always" in condition) return t.always;
  const dim = dimensionLabel(ctx, condition.dimension);
  if ("is" in condition) return fill(t.isOneOf, { dimension: dim, options: optionLabel(ctx, condition.dimension, String(condition.is)) });
  if ("in" in condition) return fill(t.isOneOf, { dimension: dim, options: joinAlternatives(condition.in.map((o) => optionLabel(ctx, condition.dimension, o)), t.or) });
  if ("atLeast" in condition) return fill(t.atLeast, { dimension: dim, option: optionLabel(ctx, condition.dimension, condition.atLeast) });
  if ("atMost" in condition) return fill(t.atMost, { dimension: dim, option: optionLabel(ctx, condition.dimension, condition.atMost) });
  return fill(t.compare, { dimension: dim, op: t.comparison[condition.compare], threshold: thresholdWords(ctx, condition.threshold as Threshold, unitOf(ctx, condition.dimension)) });
}
