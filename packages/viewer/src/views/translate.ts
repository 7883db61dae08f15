/** Translate: a level of one scale, read in another, through both scales' mappings onto the reference scale. */
import { intervalText, translate } from "@sevscale/core";
import { h, replace, uid } from "../dom.js";
import { explanationText, issueMessage, numberText, relationWord, textIn } from "../i18n.js";
import type { MappedScale, ViewContext } from "../state.js";
import { mappedScales } from "../state.js";

const choice = { from: "", level: "", to: "" };

function select(label: string, id: string, value: string, options: readonly [string, string][], onChange: (v: string) => void): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
    ),
  );
}

/** Renders the translate view into `root`. */
export function renderTranslate(root: HTMLElement, ctx: ViewContext): void {
  const { t, lang } = ctx;
  const all = mappedScales(ctx.registry);
  const find = (id: string) => all.find((m) => m.scale.id === id);
  const from: MappedScale | undefined = find(choice.from) ?? all[0];
  const to: MappedScale | undefined = find(choice.to) ?? all.find((m) => m !== from) ?? all[0];
  if (!from || !to) {
    replace(root, h("h2", {}, t.translateHeading), h("p", { class: "notice" }, t.compareNone));
    return;
  }
  const level = from.scale.levels.find((l) => l.code === choice.level) ?? from.scale.levels[0]!;
  Object.assign(choice, { from: from.scale.id, to: to.scale.id, level: level.code });
  const scaleOptions = all.map((m): [string, string] => [m.scale.id, `${m.scale.id} — ${textIn(m.scale.title, lang, m.scale.defaultLanguage)}`]);
  const levelOptions = [...from.scale.levels].reverse().map((l): [string, string] => {
    const label = textIn(l.label, lang, from.scale.defaultLanguage);
    return [l.code, label === l.code ? l.code : `${l.code} — ${label}`];
  });

  const result = translate(level.code, from, to);
  const sourceBand = result.reference
    ? h("p", {}, t.translateSourceBand(intervalText(result.reference)))
    : null;
  const candidates =
    result.candidates.length === 0
      ? h("p", { class: "notice" }, t.translateNone)
      : h(
          "ol",
          { class: "candidates", id: "translate-candidates" },
          [...result.candidates].reverse().map((c) =>
            h(
              "li",
              { class: "candidate", "data-code": c.code, "data-relation": c.relation },
              h("p", { class: "candidate-head" }, h("strong", {}, c.code), ` ${textIn(c.label, lang, to.scale.defaultLanguage)}`),
              h(
                "dl",
                {},
                h("dt", {}, t.relation),
                h("dd", { class: "relation" }, relationWord(c.relation, lang)),
                h("dt", {}, t.confidence),
                h("dd", {}, numberText(c.confidence, lang)),
                h("dt", {}, t.explanation),
                h("dd", { class: "explanation" }, explanationText(c.explanation, lang)),
              ),
            ),
          ),
        );
  const notes = result.issues.filter((i) => i.severity !== "info");
  const redraw = (key: keyof typeof choice) => (v: string) => {
    choice[key] = v;
    if (key === "from") choice.level = "";
    ctx.redraw();
  };
  replace(
    root,
    h("h2", {}, t.translateHeading),
    h(
      "div",
      { class: "form-row" },
      select(t.translateFrom, "translate-from", from.scale.id, scaleOptions, redraw("from")),
      select(t.translateLevel, "translate-level", level.code, levelOptions, redraw("level")),
      select(t.translateTo, "translate-to", to.scale.id, scaleOptions, redraw("to")),
    ),
    sourceBand,
    h("h3", { id: uid("cands") }, t.translateCandidates),
    candidates,
    notes.length > 0 ? h("ul", { class: "issues" }, notes.map((i) => h("li", {}, h("code", {}, i.code), ` ${issueMessage(i, lang)}`))) : null,
  );
}
