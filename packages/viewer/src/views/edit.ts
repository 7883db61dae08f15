/**
 * Validate and edit: open, drop or paste a document; live validation by the core with issues at
 * their line and column (a click jumps there); the rendered document beside the source; download.
 * The editor itself (CodeMirror) is imported only when this view opens.
 */
import { scaleResolverFor, validateText } from "@sevscale/core";
import type { LocatedIssue } from "@sevscale/core";
import { h, replace } from "../dom.js";
import { issueMessage, severityWord } from "../i18n.js";
import type { ViewContext } from "../state.js";
import type { Editor } from "./editor.js";
import { renderPreview } from "./preview.js";

let source = "";
let fileName = "document.json";
let editor: Editor | null = null;

type Checked = LocatedIssue & { readonly message: string };

/** Renders the edit view into `root`. */
export function renderEdit(root: HTMLElement, ctx: ViewContext): void {
  const { t, lang } = ctx;
  const registryDocs = [...(ctx.registry?.scales ?? []), ...(ctx.registry?.mappings ?? [])].map((d) => d.document);
  const resolveScale = scaleResolverFor((ctx.registry?.scales ?? []).map((s) => s.document));
  const status = h("p", { id: "edit-status", role: "status" });
  const issuesList = h("ol", { id: "edit-issues", class: "issues" });
  const preview = h("div", { id: "edit-preview" });
  const host = h("div", { class: "editor-host", id: "edit-editor" }, h("p", { class: "hint" }, t.editLoadingEditor));

  const check = (text: string): Checked[] => {
    if (text.trim() === "") return [];
    return validateText(text, { resolveScale }).issues.map((i) => ({ ...i, message: issueMessage(i, lang) }));
  };
  const update = (text: string) => {
    source = text;
    if (text.trim() === "") {
      status.textContent = t.editEmpty;
      replace(issuesList);
      replace(preview, h("p", { class: "hint" }, t.editPreviewNone));
      return;
    }
    const result = validateText(text, { resolveScale });
    const issues = result.issues;
    const errors = issues.filter((i) => i.severity === "error").length;
    status.textContent = result.valid ? t.editValid(result.kind ?? "") : t.editInvalid(errors);
    status.className = result.valid ? "ok" : "bad";
    replace(
      issuesList,
      issues.map((i) =>
        h(
          "li",
          { class: `issue ${i.severity}`, "data-code": i.code, "data-line": i.line ?? "" },
          h(
            "button",
            { type: "button", class: "jump", disabled: i.line === undefined, onclick: () => i.line !== undefined && editor?.jumpTo(i.line, i.column ?? 1) },
            h("span", { class: `sev sev-${i.severity}` }, severityWord(i.severity, lang)),
            " ",
            h("code", {}, i.code),
            i.line !== undefined ? ` (${t.editJump(i.line, i.column ?? 1)})` : "",
            h("span", { class: "message" }, ` ${issueMessage(i, lang)}`),
          ),
        ),
      ),
    );
    replace(preview, renderPreview(result.value, lang, t) ?? h("p", { class: "hint" }, t.editPreviewNone));
  };

  const load = (text: string, name: string) => {
    fileName = name;
    if (editor) editor.setText(text);
    update(text);
  };
  const openFile = async (file: File) => load(await file.text(), file.name);

  const fromRegistry = h(
    "select",
    {
      id: "edit-from-registry",
      onchange: (e: Event) => {
        const i = Number((e.target as HTMLSelectElement).value);
        const doc = registryDocs[i];
        if (doc) load(`${JSON.stringify(doc, null, 2)}\n`, `${doc.id.replace(/\//g, "-")}-${doc.version}.json`);
      },
    },
    h("option", { value: "" }, t.editChoose),
    registryDocs.map((d, i) => h("option", { value: String(i) }, `${d.kind} ${d.id}@${d.version}`)),
  );

  replace(
    root,
    h("h2", {}, t.editHeading),
    h(
      "div",
      { class: "form-row" },
      h(
        "div",
        { class: "field" },
        h("label", { for: "edit-open" }, t.editOpen),
        h("input", {
          id: "edit-open",
          type: "file",
          accept: ".json,application/json",
          onchange: (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void openFile(file);
          },
        }),
      ),
      h("div", { class: "field" }, h("label", { for: "edit-from-registry" }, t.editFromRegistry), fromRegistry),
      h(
        "div",
        { class: "field" },
        h(
          "button",
          {
            type: "button",
            id: "edit-download",
            onclick: () => {
              const url = URL.createObjectURL(new Blob([editor?.getText() ?? source], { type: "application/json" }));
              const a = h("a", { href: url, download: fileName });
              document.body.append(a);
              a.click();
              a.remove();
              setTimeout(() => URL.revokeObjectURL(url), 1000);
            },
          },
          t.editDownload,
        ),
      ),
    ),
    h("p", { class: "hint" }, t.editDropHint),
    status,
    h(
      "div",
      { class: "edit-layout" },
      h("div", { class: "edit-source" }, host, h("h3", {}, t.editIssues), issuesList),
      h("section", { class: "edit-preview", "aria-label": t.editPreview }, h("h3", {}, t.editPreview), preview),
    ),
  );
  host.addEventListener("dragover", (e) => e.preventDefault());
  host.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  });
  update(source);
  void import("./editor.js").then(({ createEditor }) => {
    if (!host.isConnected) return;
    replace(host);
    editor = createEditor(host, source, t.editEditorLabel, check, update);
    host.dataset["ready"] = "true";
  });
}
