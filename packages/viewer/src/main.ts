/**
 * The sevscale viewer: a static page on @sevscale/core. It loads a registry (the one served beside
 * the page, the bundled example registry, a URL given in `?registry=`, or dropped files), verifies
 * it, and offers four views: compare, translate, classify, validate & edit.
 */
import { safeParseJsonDocument, parseKeyring, validateKeyring } from "@sevscale/core";
import type { Keyring } from "@sevscale/core";
import { h, replace } from "./dom.js";
import type { Lang, ViewArea } from "./i18n.js";
import { LANGS, LANG_NAMES, issueMessage, loadLanguage, loadViewMessages, preferredLang, severityWord, texts } from "./i18n.js";
import type { DroppedFile, LoadedRegistry, RegistrySource } from "./registry.js";
import { filesSource, indexRoot, loadLooseDocuments, loadRegistry, urlSource } from "./registry.js";
import type { ViewContext } from "./state.js";
import { renderCompare } from "./views/compare.js";
import "./style.css";

type Render = (root: HTMLElement, ctx: ViewContext) => void;

/** A view loaded when first opened, together with the core messages only it shows (in the page's language). */
const lazyView =
  (area: ViewArea, view: () => Promise<Render>) =>
  async (): Promise<Render> =>
    (await Promise.all([view(), loadViewMessages(area, state.lang)]))[0];

/**
 * The views; all but the first view (compare) are loaded when first opened, so the first view stays
 * small: translate with the translation messages, classify with the classification messages (facts,
 * trace steps), edit with the assessments' (it validates any document).
 */
const VIEWS = {
  compare: { load: async (): Promise<Render> => renderCompare, label: "navCompare" },
  translate: { load: lazyView("translate", async () => (await import("./views/translate.js")).renderTranslate), label: "navTranslate" },
  classify: { load: lazyView("classify", async () => (await import("./views/classify.js")).renderClassify), label: "navClassify" },
  edit: { load: lazyView("edit", async () => (await import("./views/edit.js")).renderEdit), label: "navEdit" },
} as const;
type ViewName = keyof typeof VIEWS;

const LANG_KEY = "sevscale-viewer-lang";
const BUNDLED = "./example-registry/";

const state: { lang: Lang; registry: LoadedRegistry | null; loading: boolean; keyring: Keyring | undefined; error: string | null } = {
  lang: initialLang(),
  registry: null,
  loading: true,
  keyring: undefined,
  error: null,
};

function initialLang(): Lang {
  const param = new URLSearchParams(location.search).get("lang");
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    stored = null;
  }
  return preferredLang([param ?? "", stored ?? "", ...navigator.languages].filter((x) => x !== ""));
}

function currentView(): ViewName {
  const name = location.hash.replace(/^#\/?/, "");
  return name in VIEWS ? (name as ViewName) : "compare";
}

const app = document.getElementById("app")!;
const main = h("main", { id: "main", tabindex: "-1" });
const registryPanel = h("section", { class: "registry", id: "registry" });

function header(): HTMLElement {
  const t = texts(state.lang);
  const view = currentView();
  return h(
    "header",
    {},
    h("a", { class: "skip", href: "#main", onclick: (e: Event) => (e.preventDefault(), main.focus()) }, t.skipToContent),
    h("h1", {}, t.appTitle),
    h(
      "div",
      { class: "lang" },
      h("label", { for: "lang-switch" }, t.language),
      h(
        "select",
        {
          id: "lang-switch",
          onchange: async (e: Event) => {
            const lang = (e.target as HTMLSelectElement).value as Lang;
            await loadLanguage(lang);
            state.lang = lang;
            try {
              localStorage.setItem(LANG_KEY, state.lang);
            } catch {
              /* private mode: the choice lasts for this page */
            }
            draw();
            document.getElementById("lang-switch")?.focus();
          },
        },
        LANGS.map((l) => h("option", { value: l, lang: l, selected: l === state.lang }, LANG_NAMES[l])),
      ),
    ),
    h(
      "nav",
      { "aria-label": t.navLabel },
      h(
        "ul",
        {},
        (Object.keys(VIEWS) as ViewName[]).map((name) =>
          h("li", {}, h("a", { href: `#/${name}`, id: `nav-${name}`, "aria-current": name === view ? "page" : undefined }, t[VIEWS[name].label])),
        ),
      ),
    ),
  );
}

function drawRegistry(): void {
  const t = texts(state.lang);
  const r = state.registry;
  const findings = (r?.findings ?? []).filter((f) => f.issue.severity !== "info" || f.issue.code !== "registry_signatures_unchecked");
  const errors = findings.filter((f) => f.issue.severity === "error");
  const summary: HTMLElement[] = [];
  if (state.loading) summary.push(h("p", { role: "status" }, t.registryLoading));
  else if (r) {
    summary.push(
      h("p", { id: "registry-source" }, t.registryFrom(r.label === BUNDLED ? t.registryBundled : r.label), " — ", t.registrySummary(r.listed, r.scales.length, r.mappings.length)),
    );
    if (!r.indexed) summary.push(h("p", { class: "notice" }, t.registryNoIndex));
    else if (errors.length === 0 && r.listed > 0) summary.push(h("p", { class: "ok", id: "registry-ok" }, "✔ ", t.registryVerified));
    if (r.indexed) summary.push(h("p", {}, r.signaturesChecked ? t.registrySignaturesChecked : t.registrySignaturesUnchecked));
    if (r.failed.length > 0)
      summary.push(h("div", { class: "bad", id: "registry-failed", role: "alert" }, h("p", {}, "✖ ", t.registryFailed(r.failed.length)), h("ul", {}, r.failed.map((p) => h("li", {}, h("code", {}, p))))));
    if (findings.length > 0)
      summary.push(
        h(
          "details",
          { open: errors.length > 0, id: "registry-findings" },
          h("summary", {}, `${t.registryProblems} (${findings.length})`),
          h(
            "ul",
            { class: "issues" },
            findings.map((f) =>
              h("li", { class: `issue ${f.issue.severity}`, "data-code": f.issue.code }, h("span", { class: `sev sev-${f.issue.severity}` }, severityWord(f.issue.severity, state.lang)), " ", h("code", {}, f.path), " ", h("code", {}, f.issue.code), ` ${issueMessage(f.issue, state.lang)}`),
            ),
          ),
        ),
      );
  } else if (state.error) summary.push(h("p", { class: "bad", role: "alert" }, t.registryUnreadable, " ", state.error));

  const urlInput = h("input", { id: "registry-url", type: "url", placeholder: "https://…/registry/", value: new URLSearchParams(location.search).get("registry") ?? "" });
  const files = h("input", { id: "registry-files", type: "file", multiple: true, webkitdirectory: true, onchange: (e: Event) => void fromFileList((e.target as HTMLInputElement).files) });
  const loose = h("input", { id: "registry-documents", type: "file", multiple: true, "aria-label": t.registryDocumentsLabel, accept: ".json,application/json", onchange: (e: Event) => void fromFileList((e.target as HTMLInputElement).files) });
  const keyring = h("input", { id: "registry-keyring", type: "file", accept: ".json,application/json", onchange: (e: Event) => void useKeyring((e.target as HTMLInputElement).files?.[0]) });
  replace(
    registryPanel,
    h(
      "details",
      { open: (r?.failed.length ?? 0) > 0 || state.error !== null },
      h("summary", {}, h("h2", {}, t.registryHeading)),
      h(
        "form",
        {
          class: "form-row",
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (urlInput.value.trim() !== "") void load(urlSource(urlInput.value.trim()));
          },
        },
        h("div", { class: "field" }, h("label", { for: "registry-url" }, t.registryUrlLabel), urlInput),
        h("div", { class: "field" }, h("button", { type: "submit" }, t.registryLoad)),
      ),
      h(
        "div",
        { class: "form-row drop", id: "registry-drop" },
        h("div", { class: "field" }, h("label", { for: "registry-files" }, t.registryFilesLabel), files, loose),
        h("div", { class: "field" }, h("label", { for: "registry-keyring" }, t.keyringLabel), keyring),
        h("p", { class: "hint" }, t.registryDrop),
      ),
    ),
    summary,
  );
}

function draw(): void {
  document.documentElement.lang = state.lang;
  document.title = texts(state.lang).appTitle;
  replace(app, header(), registryPanel, main);
  drawRegistry();
  drawView();
}

let drawing = 0;
function drawView(): void {
  const ctx: ViewContext = { lang: state.lang, t: texts(state.lang), registry: state.registry, redraw: drawView };
  const ticket = ++drawing;
  void VIEWS[currentView()].load().then((render) => {
    // A later draw (another view, another language) wins over a view still loading.
    if (ticket === drawing) render(main, ctx);
  });
}

let lastSource: RegistrySource | null = null;

async function load(source: RegistrySource): Promise<void> {
  lastSource = source;
  state.loading = true;
  drawRegistry();
  try {
    state.registry = await loadRegistry(source, state.keyring);
    state.error = null;
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
  }
  state.loading = false;
  draw();
}

async function fromFiles(dropped: DroppedFile[]): Promise<void> {
  const root = indexRoot(dropped);
  const label = texts(state.lang).registryDropped;
  if (root !== null) return load(filesSource(dropped, root, label));
  state.loading = true;
  drawRegistry();
  state.registry = await loadLooseDocuments(dropped, label);
  state.loading = false;
  draw();
}

function fromFileList(list: FileList | null | undefined): Promise<void> {
  const dropped = Array.from(list ?? []).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  return fromFiles(dropped);
}

async function useKeyring(file: File | undefined): Promise<void> {
  if (!file) return;
  const parsed = safeParseJsonDocument(new Uint8Array(await file.arrayBuffer()));
  const issues = parsed.ok ? validateKeyring(parsed.value) : parsed.issues;
  if (!parsed.ok || issues.some((i) => i.severity === "error")) {
    state.error = issues.map((i) => `${i.code}${texts(state.lang).colon} ${issueMessage(i, state.lang)}`).join(" ");
    state.registry = null;
    draw();
    return;
  }
  state.keyring = parseKeyring(parsed.value);
  if (lastSource) await load(lastSource);
}

/** Files and folders dropped on the page, with their paths inside the dropped folder. */
async function droppedFiles(items: DataTransferItemList): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: `${prefix}${entry.name}`, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  const entries = Array.from(items).map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  for (const e of entries) await walk(e, "");
  return out;
}

document.addEventListener("dragover", (e) => {
  if ((e.target as HTMLElement).closest?.("#edit-editor")) return;
  e.preventDefault();
});
document.addEventListener("drop", (e) => {
  if ((e.target as HTMLElement).closest?.("#edit-editor") || !e.dataTransfer) return;
  e.preventDefault();
  void droppedFiles(e.dataTransfer.items).then(fromFiles);
});
window.addEventListener("hashchange", () => {
  draw();
  main.focus();
});

async function start(): Promise<void> {
  await loadLanguage(state.lang);
  draw();
  const given = new URLSearchParams(location.search).get("registry");
  if (given) return load(urlSource(given));
  // The registry served beside the page (sevscale view, registry build --with-viewer); when there
  // is none (no index.json at all), the bundled example registry.
  await load(urlSource(new URL("./", location.href).href));
  const r = state.registry;
  const noIndexBeside = r !== null && r.listed === 0 && r.findings.some((f) => f.path === "index.json" && f.issue.code === "file_not_found");
  if (noIndexBeside) await load(urlSource(BUNDLED));
}

void start();
