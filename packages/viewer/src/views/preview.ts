/**
 * The rendered view of a document beside its source: a scale's levels (colour, code, label,
 * definition), its dimensions and its method in words; a mapping's records. It reads the parsed
 * value defensively, since it follows the text while it is being edited and may be invalid.
 */
import { h, inkFor, safeHex } from "../dom.js";
import type { Child } from "../dom.js";
import { textIn } from "../i18n.js";
import type { ViewerTexts } from "../locales/types.js";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const langMap = (v: unknown): Record<string, string> | undefined =>
  isRec(v) ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === "string")) as Record<string, string>) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The rendered view of `value`, or null when it is neither a scale nor a mapping. */
export function renderPreview(value: unknown, lang: string, t: ViewerTexts): HTMLElement | null {
  if (!isRec(value)) return null;
  const dl = str(value["defaultLanguage"]) || "en";
  const text = (v: unknown) => textIn(langMap(v), lang, dl);
  if (value["kind"] === "mapping") {
    const subject = isRec(value["subject"]) ? str(value["subject"]["id"]) : "";
    const object = isRec(value["object"]) ? str(value["object"]["id"]) : "";
    return h(
      "div",
      { class: "preview" },
      h("h3", {}, `${str(value["id"])}@${str(value["version"])}`),
      h("p", {}, t.mappingOf(subject, object)),
      h(
        "ul",
        {},
        list(value["records"]).map((r) => {
          if (!isRec(r)) return null;
          const o = isRec(r["object"]) ? r["object"] : {};
          const band = str(o["min"]) === str(o["max"]) ? str(o["min"]) : `${str(o["min"])}–${str(o["max"])}`;
          return h("li", {}, h("strong", {}, str(r["subject"])), ` → ${band} (${str(r["relation"])}, ${str(r["confidence"])})`);
        }),
      ),
    );
  }
  if (value["kind"] !== "scale") return null;
  const levels = list(value["levels"]).filter(isRec);
  const method = isRec(value["method"]) ? value["method"] : {};
  const kind = str(method["kind"]) as keyof ViewerTexts["methodKind"];
  const methodWords: Child[] = [t.methodKind[kind] ?? kind];
  if (kind === "rules") methodWords.push(". ", t.methodRules(list(method["rules"]).length));
  if (kind === "score") methodWords.push(". ", t.methodCutPoints(list(method["cutPoints"]).length));
  if (kind === "matrix") methodWords.push(". ", t.methodCells(list(method["cells"]).length));
  return h(
    "div",
    { class: "preview", id: "edit-preview-scale" },
    h("h3", {}, text(value["title"]) || str(value["id"])),
    h("p", {}, `${str(value["id"])}@${str(value["version"])} · `, value["direction"] === "descending" ? t.directionDescending : t.directionAscending),
    h("h4", {}, `${t.levels} (${t.mostSevereFirst})`),
    h(
      "ol",
      { class: "preview-levels", reversed: true },
      [...levels].reverse().map((l) => {
        const color = isRec(l["color"]) ? l["color"] : {};
        const hex = safeHex(color["hex"]);
        return h(
          "li",
          { "data-code": str(l["code"]) },
          h("span", { class: "swatch", style: hex ? `background:${hex}; color:${inkFor(hex)}` : "", title: hex ?? t.noColour }, hex ? "" : "∅"),
          h("strong", {}, str(l["code"])),
          ` ${text(l["label"])}`,
          h("p", { class: "hint" }, text(l["definition"]) || t.notDefinedByIssuer),
        );
      }),
    ),
    list(value["dimensions"]).length > 0
      ? [h("h4", {}, t.dimensions), h("ul", {}, list(value["dimensions"]).filter(isRec).map((d) => h("li", {}, h("strong", {}, text(d["label"]) || str(d["code"])), ` (${str(d["type"])})`)))]
      : null,
    h("h4", {}, t.method),
    h("p", {}, methodWords),
  );
}
