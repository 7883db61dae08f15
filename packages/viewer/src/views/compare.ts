/**
 * Compare: the chosen scales as ladders aligned on the reference scale, most severe at the top;
 * each level is a band spanning its reference interval in its colour, with its code and label
 * written on it (colour is never the only signal). Focus or hover shows what a level means.
 */
import { compare, intervalText } from "@sevscale/core";
import type { Alignment, Scale } from "@sevscale/core";
import { h, inkFor, replace, safeHex } from "../dom.js";
import { relatedText, relationWord, textIn } from "../i18n.js";
import type { MappedScale, ViewContext } from "../state.js";
import { mappedScales, ref } from "../state.js";

/** A level drawn as a band: its ranks on the reference scale and its lane in its column. */
export interface Band {
  readonly code: string;
  readonly rank: number;
  readonly minRank: number;
  readonly maxRank: number;
  readonly lane: number;
}

/** The bands of one compared scale, read from the alignment's rows, with overlapping bands in separate lanes. */
export function bandsOf(alignment: Alignment, column: number): Band[] {
  const span = new Map<string, { rank: number; min: number; max: number }>();
  for (const row of alignment.rows) {
    for (const l of row.cells[column]?.levels ?? []) {
      const s = span.get(l.code);
      if (s) {
        s.min = Math.min(s.min, row.rank);
        s.max = Math.max(s.max, row.rank);
      } else span.set(l.code, { rank: l.rank, min: row.rank, max: row.rank });
    }
  }
  const ordered = [...span.entries()].sort((a, b) => a[1].rank - b[1].rank);
  const laneEnds: number[] = [];
  return ordered.map(([code, s]) => {
    let lane = laneEnds.findIndex((end) => end < s.min);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.max;
    return { code, rank: s.rank, minRank: s.min, maxRank: s.max, lane };
  });
}

let selected: string[] | null = null;

function levelOf(scale: Scale, code: string) {
  return scale.levels.find((l) => l.code === code);
}

/**
 * What only a detail shows (the reference scale's definitions, a level's overlaps through
 * `translate`): fetched after the first draw (./compare-detail.ts is its own chunk), so the first
 * view does not wait for it. Until it arrives a detail says so, and is drawn again when it does.
 */
type DetailCode = typeof import("./compare-detail.js");
let detailCode: DetailCode | undefined;
let detailLoading: Promise<DetailCode> | undefined;
function loadDetailCode(): Promise<DetailCode> {
  detailLoading ??= import("./compare-detail.js").then((m) => (detailCode = m));
  return detailLoading;
}

/** Renders the compare view into `root`. */
export function renderCompare(root: HTMLElement, ctx: ViewContext): void {
  const { t, lang } = ctx;
  const all = mappedScales(ctx.registry);
  if (selected === null && all.length > 0) selected = all.slice(0, 2).map((m) => m.scale.id);
  const chosen = all.filter((m) => (selected ?? []).includes(m.scale.id));

  const picker = h(
    "fieldset",
    { class: "picker" },
    h("legend", {}, t.comparePick),
    all.map((m) =>
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          name: "compare-scale",
          value: m.scale.id,
          checked: (selected ?? []).includes(m.scale.id),
          onchange: (e: Event) => {
            const box = e.target as HTMLInputElement;
            const now = selected ?? [];
            const next = box.checked ? [...now, m.scale.id] : now.filter((id) => id !== m.scale.id);
            selected = all.map((x) => x.scale.id).filter((id) => next.includes(id));
            ctx.redraw();
          },
        }),
        ` ${m.scale.id} — ${textIn(m.scale.title, lang, m.scale.defaultLanguage)}`,
      ),
    ),
  );

  const detail = h("div", { class: "detail", id: "compare-detail", "aria-live": "polite" }, h("p", { class: "hint" }, t.compareDetailsHint));
  // Fetch what the details need once the view is drawn, so it is there by the first hover.
  setTimeout(() => void loadDetailCode(), 0);
  replace(
    root,
    h("h2", {}, t.compareHeading),
    h("p", {}, t.compareIntro),
    picker,
    chosen.length === 0 ? h("p", { class: "notice" }, t.compareNone) : ladders(chosen, ctx, detail),
    detail,
  );
}

function ladders(chosen: readonly MappedScale[], ctx: ViewContext, detail: HTMLElement): HTMLElement {
  const { lang, t } = ctx;
  const alignment = compare(chosen.map((m) => ({ scale: m.scale, mapping: m.mapping })));
  const refLevels = alignment.reference.levels;
  const n = refLevels.length;
  const rowOf = (rank: number) => n - rank; // 1-based grid line: most severe on top
  const show = (content: HTMLElement[]) => replace(detail, ...content);
  // The detail shown last is drawn again once the code it needs has arrived.
  let shown: (() => HTMLElement[]) | undefined;
  const showDetail = (content: () => HTMLElement[]): void => {
    shown = content;
    show(content());
    if (detailCode === undefined) void loadDetailCode().then(() => shown === content && show(content()));
  };
  const showReference = (code: string): void => showDetail(() => referenceDetail(code, alignment, chosen, ctx));

  const refColumn = h(
    "div",
    { class: "ladder reference", role: "group", "aria-label": `${t.compareReference}${t.colon} ${alignment.reference.id}@${alignment.reference.version}`, style: `grid-template-rows: repeat(${n}, var(--row))` },
    refLevels.map((l) => {
      const hex = safeHex(l.color?.hex);
      const label = textIn(l.label, lang, alignment.reference.defaultLanguage);
      return h(
        "button",
        {
          type: "button",
          class: "band ref-band",
          "data-code": l.code,
          "data-rank": l.rank,
          style: `grid-row: ${rowOf(l.rank)}; ${hex ? `background:${hex}; color:${inkFor(hex)}` : ""}`,
          onfocus: () => showReference(l.code),
          onmouseenter: () => showReference(l.code),
          onkeydown: arrowKeys,
        },
        h("strong", {}, l.code),
        ` ${label}`,
      );
    }),
  );

  // Companion ladders stand side by side (the core orders them so): each says what it is to the other.
  const related = alignment.scales.map((_, column) => relatedText(alignment, column, lang));
  const columns = alignment.scales.map((s, column) => {
    const entry = chosen.find((m) => m.scale.id === s.id)!;
    const bands = bandsOf(alignment, column);
    const lanes = Math.max(1, ...bands.map((b) => b.lane + 1));
    const unmapped = entry.scale.levels.filter((l) => !bands.some((b) => b.code === l.code));
    return h(
      "section",
      { class: "column", "aria-label": ref(s), "data-scale": s.id },
      h(
        "h3",
        {},
        h("span", { class: "scale-id" }, s.id),
        h("span", { class: "scale-title" }, textIn(s.title, lang, s.defaultLanguage)),
        related[column]!.companionOf === undefined ? null : h("span", { class: "companion-of" }, `↳ ${related[column]!.companionOf}`),
      ),
      h(
        "div",
        { class: "ladder", role: "group", "aria-label": ref(s), style: `grid-template-rows: repeat(${n}, var(--row)); grid-template-columns: repeat(${lanes}, minmax(0, 1fr))` },
        [...bands]
          .sort((a, b) => b.rank - a.rank)
          .map((b) => {
            const level = levelOf(entry.scale, b.code);
            const hex = safeHex(level?.color?.hex);
            const label = textIn(level?.label, lang, entry.scale.defaultLanguage);
            const minCode = refLevels[b.minRank]!.code;
            const maxCode = refLevels[b.maxRank]!.code;
            const onShow = () => showDetail(() => levelDetail(entry, b.code, minCode, maxCode, chosen, ctx));
            return h(
              "button",
              {
                type: "button",
                class: `band${hex ? "" : " no-colour"}`,
                "data-scale": s.id,
                "data-code": b.code,
                "data-rank": b.rank,
                "data-min": minCode,
                "data-max": maxCode,
                "aria-label": `${b.code} ${label === b.code ? "" : label} (${minCode === maxCode ? minCode : `${minCode}–${maxCode}`})`,
                style: `grid-row: ${rowOf(b.maxRank)} / ${rowOf(b.minRank) + 1}; grid-column: ${b.lane + 1}; ${hex ? `background:${hex}; color:${inkFor(hex)}` : ""}`,
                onfocus: onShow,
                onmouseenter: onShow,
                onclick: onShow,
                onkeydown: arrowKeys,
              },
              h("strong", {}, b.code),
              label && label !== b.code ? h("span", { class: "band-label" }, ` ${label}`) : null,
            );
          }),
      ),
      h(
        "div",
        {},
        unmapped.length > 0 ? h("p", { class: "unmapped" }, `${unmapped.map((l) => l.code).join(", ")}${t.colon} ${t.compareNotMapped}`) : null,
        h("p", { class: "mapped-by" }, t.compareMappedBy(ref(s.mapping))),
      ),
    );
  });

  const grid = h("div", { class: "ladders", id: "compare-ladders" }, h("section", { class: "column" }, h("h3", {}, t.compareReference), refColumn, h("div", {})), columns);
  const names = related.flatMap((r) => r.names);
  const relatedList = names.length === 0 ? null : h("section", { class: "related", id: "compare-related" }, h("h3", {}, related[0]!.heading), h("ul", {}, names.map((name) => h("li", {}, name))));
  queueMicrotask(() => performance.mark("sevscale:compare-interactive"));
  return h("div", {}, grid, relatedList);
}

/** Up and down arrows move between the bands of one ladder, left and right between ladders. */
function arrowKeys(event: Event): void {
  const e = event as KeyboardEvent;
  const band = e.currentTarget as HTMLElement;
  const ladder = band.parentElement!;
  const inLadder = Array.from(ladder.querySelectorAll<HTMLElement>(".band"));
  const i = inLadder.indexOf(band);
  let next: HTMLElement | undefined;
  if (e.key === "ArrowDown") next = inLadder[i + 1];
  else if (e.key === "ArrowUp") next = inLadder[i - 1];
  else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
    const ladders = Array.from(document.querySelectorAll<HTMLElement>("#compare-ladders .ladder"));
    const j = ladders.indexOf(ladder) + (e.key === "ArrowRight" ? 1 : -1);
    next = ladders[j]?.querySelector<HTMLElement>(".band") ?? undefined;
  }
  if (next) {
    e.preventDefault();
    next.focus();
  }
}


function overlapsFrom(entry: MappedScale, code: string, chosen: readonly MappedScale[], ctx: ViewContext): HTMLElement {
  const { t, lang } = ctx;
  if (detailCode === undefined) return h("p", {}, t.compareDetailLoading);
  const { translate } = detailCode;
  const items = chosen
    .filter((m) => m !== entry)
    .flatMap((m) =>
      translate(code, entry, m).candidates.map((c) =>
        h("li", {}, `${m.scale.id} `, h("strong", {}, c.code), ` ${textIn(c.label, lang, m.scale.defaultLanguage)} — ${relationWord(c.relation, lang)} (${intervalText(c.reference)})`),
      ),
    );
  return items.length > 0 ? h("ul", {}, items) : h("p", {}, t.compareNoOverlap);
}

function levelDetail(entry: MappedScale, code: string, min: string, max: string, chosen: readonly MappedScale[], ctx: ViewContext): HTMLElement[] {
  const { t, lang } = ctx;
  const level = levelOf(entry.scale, code);
  return [
    h("h3", {}, `${entry.scale.id} ${code}`, level && textIn(level.label, lang, entry.scale.defaultLanguage) !== code ? ` — ${textIn(level.label, lang, entry.scale.defaultLanguage)}` : ""),
    h("dl", {}, h("dt", {}, t.compareDefinition), h("dd", {}, textIn(level?.definition, lang, entry.scale.defaultLanguage) || t.notDefinedByIssuer), h("dt", {}, t.compareInterval), h("dd", {}, intervalText({ min, max }))),
    h("h4", {}, t.compareOverlaps),
    overlapsFrom(entry, code, chosen, ctx),
  ];
}

function referenceDetail(code: string, alignment: Alignment, chosen: readonly MappedScale[], ctx: ViewContext): HTMLElement[] {
  const { t, lang } = ctx;
  const reference = alignment.reference;
  const level = reference.levels.find((l) => l.code === code);
  const definition =
    detailCode === undefined ? t.compareDetailLoading : textIn(levelOf(detailCode.REFERENCE_SCALE as Scale, code)?.definition, lang, reference.defaultLanguage) || t.notDefinedByIssuer;
  const row = alignment.rows.find((r) => r.reference === code);
  const items = (row?.cells ?? []).flatMap((cell) => {
    const scale = chosen.find((m) => m.scale.id === cell.scaleId)?.scale;
    return cell.levels.map((l) => h("li", {}, `${cell.scaleId} `, h("strong", {}, l.code), ` ${scale ? textIn(l.label, lang, scale.defaultLanguage) : ""} — ${l.relation}`));
  });
  return [
    h("h3", {}, `${reference.id} ${code} — ${textIn(level?.label, lang, reference.defaultLanguage)}`),
    h("dl", {}, h("dt", {}, t.compareDefinition), h("dd", {}, definition)),
    h("h4", {}, t.compareOverlaps),
    items.length > 0 ? h("ul", {}, items) : h("p", {}, t.compareNoOverlap),
  ];
}
