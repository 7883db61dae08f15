/**
 * `sevscale classify <scale> --interactive`: the facts asked question by question (with
 * @clack/prompts), only those that can still change the level — the three-valued classification
 * lists them (`ClassifyResult.missing`, what `factsThatCouldChange` returns) — and the result shown
 * as soon as no answer can change it. The facts used are printed at the end (and saved with
 * `--save-facts`), so the same answer can be shared and replayed with `--facts`.
 */
import type { Readable, Writable } from "node:stream";
import { cancel, intro, isCancel, log, multiselect, outro, select, text } from "@clack/prompts";
import { renderMessage, toPointer } from "@sevscale/core";
import type { Classifier, Dimension, Scale } from "@sevscale/core";
import type { CommandContext } from "../context.js";
import { UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import type { CliTexts } from "../i18n.js";
import { useColor } from "../io.js";
import { oneLine, textIn } from "../report.js";
import { levelText } from "./present.js";

/** The answer "I don't know": the fact stays unknown (written as `null`, which no assumption replaces). */
const UNKNOWN = Symbol("unknown");

/** One answer: a fact value, {@link UNKNOWN}, or clack's cancel symbol (Ctrl-C, Escape). */
type Answer = unknown;

/** The longest definition shown beside an option (the full text is in the scale and in `render`). */
const HINT_CHARS = 160;

/** Whether the run can ask questions: standard input and output both terminals. */
export function canAsk(ctx: CommandContext): boolean {
  return Boolean((ctx.io.stdin as { isTTY?: boolean }).isTTY) && Boolean(ctx.io.stdout.isTTY);
}

/** A document text for one line of a prompt, in the run's language. */
function shown(scale: Scale, map: Readonly<Record<string, string>> | undefined, lang: string): string {
  return oneLine(textIn(map, lang, scale.defaultLanguage));
}

function hint(scale: Scale, map: Readonly<Record<string, string>> | undefined, lang: string): string | undefined {
  const t = shown(scale, map, lang);
  if (t === "") return undefined;
  return t.length > HINT_CHARS ? `${t.slice(0, HINT_CHARS - 1)}…` : t;
}

/**
 * A number typed for a quantity: as a JSON number when that is exact, else as the decimal string
 * (the classifier reads both exactly); undefined when it is not a decimal number.
 */
export function quantityValue(typed: string): number | string | undefined {
  const s = typed.trim().replace(",", ".");
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && String(n) === s ? n : s;
}

/** Asks one question, typed by the dimension: options to choose from, yes / no, or a number with its unit. */
async function ask(scale: Scale, dim: Dimension, classifier: Classifier, t: CliTexts, ctx: CommandContext, streams: { input: Readable; output: Writable }): Promise<Answer> {
  const { lang } = ctx;
  const definition = hint(scale, dim.definition, lang);
  const message = `${shown(scale, dim.label, lang)}${definition === undefined ? "" : `\n${colors(useColor(ctx.io.stdout, ctx.io.env)).dim(definition)}`}`;
  const dontKnow = { value: UNKNOWN as Answer, label: t.interactiveDontKnow };
  if (dim.type === "boolean") {
    return select<Answer>({ ...streams, message, options: [{ value: true, label: t.interactiveYes }, { value: false, label: t.interactiveNo }, dontKnow] });
  }
  if (dim.type === "quantity") {
    const typed = await text({
      ...streams,
      message: `${message}\n${safeText(t.interactiveQuantity(oneLine(dim.unit), dim.min === undefined ? null : String(dim.min), dim.max === undefined ? null : String(dim.max)))}`,
      placeholder: oneLine(dim.unit),
      validate: (value) => {
        if (value === undefined || value.trim() === "") return undefined;
        const v = quantityValue(value);
        if (v === undefined) return t.interactiveNotANumber;
        // The classifier checks the value as it would in a facts file (range, whole number, …).
        const problem = classifier.classify({ [dim.code]: v }).issues.find((i) => i.severity === "error" && i.pointer === toPointer([dim.code]));
        return problem === undefined ? undefined : renderMessage(problem, coreLocale(lang));
      },
    });
    if (isCancel(typed)) return typed;
    return typed === undefined || typed.trim() === "" ? UNKNOWN : quantityValue(typed);
  }
  const options = dim.options.map((o) => {
    const h = hint(scale, o.definition, lang);
    const label = shown(scale, o.label, lang);
    return { value: o.code as Answer, label: label === "" || label === o.code ? oneLine(o.code) : `${label} (${oneLine(o.code)})`, ...(h === undefined ? {} : { hint: h }) };
  });
  if (dim.multiple === true) {
    const chosen = await multiselect<Answer>({ ...streams, message: `${message}\n${t.interactiveSeveral}`, options, required: false });
    if (isCancel(chosen)) return chosen;
    return chosen.length === 0 ? UNKNOWN : chosen;
  }
  return select<Answer>({ ...streams, message, options: [...options, dontKnow], maxItems: 10 });
}

/** The outcome of the questions: the facts as answered (unknowns as null), or nothing when cancelled. */
export type Questioned = { readonly facts: Record<string, unknown> } | { readonly cancelled: true };

/**
 * Asks the questions that can still change the level, one at a time, starting from `start`,
 * and returns the facts. Throws a usage error when standard input or output is not a terminal.
 */
export async function askQuestions(ctx: CommandContext, scale: Scale, classifier: Classifier, start: Record<string, unknown>): Promise<Questioned> {
  const t = cliTexts(ctx.lang);
  if (!canAsk(ctx)) throw new UsageError(t.interactiveNeedsTerminal);
  const streams = { input: ctx.io.stdin as Readable, output: ctx.io.stdout as unknown as Writable };
  const c = colors(useColor(ctx.io.stdout, ctx.io.env));
  const facts: Record<string, unknown> = { ...start };
  const unknown = new Set<string>();
  intro(safeText(t.interactiveIntro(shown(scale, scale.title, ctx.lang))), streams);
  for (;;) {
    const result = classifier.classify(facts);
    const next = (result.missing ?? []).find((m) => !unknown.has(m.dimension));
    const dim = next && scale.dimensions.find((d) => d.code === next.dimension);
    if (dim === undefined) {
      const answer = result.level !== null ? levelText(scale, result, t, ctx.lang, c, useColor(ctx.io.stdout, ctx.io.env)) : result.range !== undefined ? safeText(t.rangeText(result.range.atLeast?.code ?? null, result.range.atMost.code)) : t.noLevel[result.status];
      outro(`${t.levelHeading}${t.colon} ${answer}`, streams);
      return { facts };
    }
    if (result.range !== undefined) log.info(`${t.rangeHeading}${t.colon} ${safeText(t.rangeText(result.range.atLeast?.code ?? null, result.range.atMost.code))}`, streams);
    const answer = await ask(scale, dim, classifier, t, ctx, streams);
    if (answer === UNKNOWN) {
      unknown.add(dim.code);
      facts[dim.code] = null;
    } else if (isCancel(answer)) {
      cancel(t.interactiveCancelled, streams);
      return { cancelled: true };
    } else facts[dim.code] = answer;
  }
}
