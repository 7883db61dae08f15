/**
 * Classify: a form generated from a scale's dimensions. As the user answers it shows the level,
 * or the range of levels still possible, with the trace; it shows only the questions that can
 * still change the result (and those already answered); the facts can be copied as JSON.
 */
import { classify, lowerDimension } from "@sevscale/core";
import type { Dimension, Scale } from "@sevscale/core";
import type { Facts } from "../classify-open.js";
import { factsJson, openDimensions, possibleRange } from "../classify-open.js";
import { h, inkFor, replace, safeHex } from "../dom.js";
import { traceMessage, textIn } from "../i18n.js";
import type { ViewContext } from "../state.js";

let scaleId = "";
const answers = new Map<string, Record<string, string | string[] | number>>();

function levelName(scale: Scale, rank: number, lang: string): HTMLElement {
  const level = scale.levels[rank]!;
  const hex = safeHex(level.color?.hex);
  const label = textIn(level.label, lang, scale.defaultLanguage);
  return h(
    "span",
    { class: "level-chip", "data-code": level.code, style: hex ? `background:${hex}; color:${inkFor(hex)}` : "" },
    h("strong", {}, level.code),
    label === level.code ? "" : ` ${label}`,
  );
}

/** Renders the classify view into `root`. */
export function renderClassify(root: HTMLElement, ctx: ViewContext): void {
  const { t, lang } = ctx;
  const scales = (ctx.registry?.scales ?? []).map((s) => s.document);
  const scale = scales.find((s) => s.id === scaleId) ?? scales.find((s) => s.dimensions.length > 0) ?? scales[0];
  if (!scale) {
    replace(root, h("h2", {}, t.classifyHeading), h("p", { class: "notice" }, t.compareNone));
    return;
  }
  scaleId = scale.id;
  const facts = answers.get(scale.id) ?? {};
  answers.set(scale.id, facts);
  const focused = document.activeElement?.id;

  const result = classify(scale, facts);
  const open = openDimensions(scale, result);
  const range = possibleRange(scale, facts, result, open);
  const levelSettled = range.min === undefined || range.min === range.max;
  const scoreSettled = range.minScore === range.maxScore;
  const settled = open.length === 0 || (levelSettled && scoreSettled);
  const shown = scale.dimensions.filter((d) => facts[d.code] !== undefined || (!settled && open.includes(d.code)));
  const hidden = scale.dimensions.length - shown.length;

  const set = (code: string, value: string | string[] | number | undefined) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete facts[code];
    else facts[code] = value;
    ctx.redraw();
  };

  const outcomeParts: HTMLElement[] = [];
  const sentinel = result.sentinel === undefined ? undefined : scale.sentinels?.find((x) => x.code === result.sentinel!.code);
  if (sentinel !== undefined) {
    const label = textIn(sentinel.label, lang, scale.defaultLanguage);
    outcomeParts.push(h("p", { class: "sentinel", id: "classify-sentinel", "data-code": sentinel.code }, `${t.classifySentinel}: `, h("strong", {}, sentinel.code), label === sentinel.code ? "" : ` ${label}`));
  } else if (result.status === "analyst-decides" && scale.method.kind === "judgement") outcomeParts.push(h("p", {}, t.classifyAnalyst));
  else if (result.level && (open.length === 0 || (range.min === result.level.rank && range.max === result.level.rank)))
    outcomeParts.push(h("p", { class: "level", id: "classify-level", "data-code": result.level.code }, `${t.classifyLevel}: `, levelName(scale, result.level.rank, lang)));
  else if (range.min !== undefined && range.max !== undefined) {
    const [lo, hi] = [scale.levels[range.min]!, scale.levels[range.max]!];
    outcomeParts.push(
      h(
        "p",
        { class: "range", id: "classify-range", "data-min": lo.code, "data-max": hi.code },
        range.min === range.max ? [`${t.classifyLevel}: `, levelName(scale, range.min, lang)] : [t.classifyRange(lo.code, hi.code), " ", levelName(scale, range.min, lang), " … ", levelName(scale, range.max, lang)],
      ),
    );
  } else outcomeParts.push(h("p", { class: "range", id: "classify-range" }, t.classifyUndetermined));
  if (open.length > 0 && range.minScore !== undefined && range.maxScore !== undefined && range.minScore !== range.maxScore)
    outcomeParts.push(h("p", { id: "classify-score-range", "data-min": range.minScore, "data-max": range.maxScore }, t.classifyScoreRange(range.minScore, range.maxScore)));
  else if (result.score !== undefined) outcomeParts.push(h("p", { id: "classify-score" }, t.classifyScore(result.score)));

  const json = factsJson(scale, facts);
  const copied = h("span", { role: "status", class: "copied" });
  replace(
    root,
    h("h2", {}, t.classifyHeading),
    h(
      "div",
      { class: "field" },
      h("label", { for: "classify-scale" }, t.classifyScale),
      h(
        "select",
        {
          id: "classify-scale",
          onchange: (e: Event) => {
            scaleId = (e.target as HTMLSelectElement).value;
            ctx.redraw();
          },
        },
        scales.map((s) => h("option", { value: s.id, selected: s.id === scale.id }, `${s.id} — ${textIn(s.title, lang, s.defaultLanguage)}`)),
      ),
    ),
    h("p", {}, t.classifyMethod(t.methodKind[scale.method.kind])),
    h(
      "div",
      { class: "classify-layout" },
      h(
        "form",
        { class: "questions", "aria-label": t.classifyQuestions, onsubmit: (e: Event) => e.preventDefault() },
        h("h3", {}, t.classifyQuestions),
        shown.map((d) => question(d, scale, facts[d.code], set, ctx)),
        hidden > 0 && scale.dimensions.length > 0 ? h("p", { class: "hint", id: "classify-hidden" }, t.classifySettled(hidden)) : null,
        scale.method.kind === "judgement" ? criteria(scale, ctx) : null,
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              answers.set(scale.id, {});
              ctx.redraw();
            },
          },
          t.classifyClear,
        ),
      ),
      h(
        "div",
        { class: "outcome" },
        h("h3", {}, t.classifyResult),
        h("div", { "aria-live": "polite", id: "classify-outcome" }, outcomeParts),
        h("h3", {}, t.classifyTrace),
        h(
          "ol",
          { class: "trace", id: "classify-trace" },
          result.trace.map((step) => h("li", { style: `margin-left:${(step.depth ?? 0) * 1.2}em` }, traceMessage(step, lang))),
        ),
        h("h3", {}, t.classifyFacts),
        h("pre", { id: "classify-facts" }, json),
        h(
          "button",
          {
            type: "button",
            id: "classify-copy",
            onclick: () => {
              void navigator.clipboard?.writeText(json).then(
                () => (copied.textContent = t.classifyCopied),
                () => undefined,
              );
            },
          },
          t.classifyCopy,
        ),
        copied,
      ),
    ),
  );
  if (focused) document.getElementById(focused)?.focus();
}

function criteria(scale: Scale, ctx: ViewContext): HTMLElement | null {
  if (scale.method.kind !== "judgement") return null;
  return h(
    "div",
    {},
    h("h4", {}, ctx.t.classifyCriteria),
    h(
      "dl",
      {},
      (scale.method.criteria ?? []).map((c) => [h("dt", {}, c.level), h("dd", {}, textIn(c.criteria, ctx.lang, scale.defaultLanguage))]),
    ),
  );
}

const safeId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

function question(
  d: Dimension,
  scale: Scale,
  value: string | string[] | number | undefined,
  set: (code: string, value: string | string[] | number | undefined) => void,
  ctx: ViewContext,
): HTMLElement {
  const { t, lang } = ctx;
  const id = `q-${safeId(d.code)}`;
  const definition = textIn(d.definition, lang, scale.defaultLanguage);
  const legend = h("legend", {}, textIn(d.label, lang, scale.defaultLanguage) || d.code);
  if (d.type === "quantity") {
    const bounds = d.min !== undefined || d.max !== undefined ? t.classifyBounds(String(d.min ?? "—"), String(d.max ?? "—")) : "";
    return h(
      "fieldset",
      { class: "question", "data-dimension": d.code },
      legend,
      definition ? h("p", { class: "hint" }, definition) : null,
      h("label", { for: id }, `${t.classifyUnit(d.unit)} ${bounds}`),
      h("input", {
        id,
        type: "number",
        inputmode: "decimal",
        min: d.min !== undefined ? String(d.min) : undefined,
        max: d.max !== undefined ? String(d.max) : undefined,
        step: d.integer ? "1" : "any",
        value: typeof value === "number" ? String(value) : "",
        onchange: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          set(d.code, raw === "" || !Number.isFinite(Number(raw)) ? undefined : Number(raw));
        },
      }),
    );
  }
  const od = lowerDimension(d);
  if (od.type !== "ordinal") return legend; // a quantity was answered above
  const multiple = od.multiple === true;
  const current = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return h(
    "fieldset",
    { class: "question", "data-dimension": d.code },
    legend,
    definition ? h("p", { class: "hint" }, definition) : null,
    multiple
      ? null
      : h(
          "label",
          { class: "option" },
          h("input", { type: "radio", id: `${id}--none`, name: id, checked: current.length === 0, onchange: () => set(d.code, undefined) }),
          ` ${t.classifyNoAnswer}`,
        ),
    od.options.map((o) => {
      const optionId = `${id}-${safeId(o.code)}`;
      const optionDefinition = textIn(o.definition, lang, scale.defaultLanguage);
      return h(
        "div",
        { class: "option" },
        h("input", {
          type: multiple ? "checkbox" : "radio",
          id: optionId,
          name: id,
          value: o.code,
          checked: current.includes(o.code),
          "aria-describedby": optionDefinition ? `${optionId}-def` : undefined,
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            if (!multiple) set(d.code, o.code);
            else set(d.code, on ? [...current, o.code] : current.filter((c) => c !== o.code));
          },
        }),
        h("label", { for: optionId }, ` ${textIn(o.label, lang, scale.defaultLanguage) || o.code}`),
        optionDefinition ? h("p", { class: "hint option-def", id: `${optionId}-def` }, optionDefinition) : null,
      );
    }),
  );
}
