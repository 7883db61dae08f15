/**
 * Generates docs/api.md, the API report of `@sevscale/core`: every export of the package's entry
 * point and of its locale subpaths, with its kind, its signature and the summary of its TSDoc,
 * grouped as `packages/core/src/index.ts` groups them (a `// Title: text` line comment before a
 * group of exports starts a group).
 *
 * Read with ts-morph from the sources, so the report cannot drift from the code: `pnpm gen:check`
 * fails when docs/api.md is stale, and the generator fails, naming each one, when an export has
 * no TSDoc summary.
 */
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Node, Project, SyntaxKind, TypeFormatFlags, type ExportDeclaration, type SourceFile } from "ts-morph";
import { LANGUAGES } from "@sevscale/core";
import type { GeneratedFile, Generator } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** One entry point of a package: the name users import and its source file. */
export interface ApiEntry {
  /** The import specifier, e.g. `@sevscale/core` or `@sevscale/core/locales/en`. */
  readonly specifier: string;
  /** Path of the entry's source file, relative to the project's tsconfig folder or absolute. */
  readonly file: string;
  /** Heading of the exports that the entry's comments do not group (default "Exports"). */
  readonly title?: string;
}

/** What an API report is made from: a tsconfig, the entries to read, the report's title and intro. */
export interface ApiReportInput {
  readonly tsConfigFilePath: string;
  readonly entries: readonly ApiEntry[];
  readonly title: string;
  readonly intro?: string;
}

/** One exported name: where it is grouped, what it is, its signature and its TSDoc summary. */
export interface ApiExport {
  readonly name: string;
  readonly kind: "function" | "const" | "class" | "interface" | "type" | "enum" | "namespace";
  readonly signature: string;
  /** The first paragraph of its TSDoc on one line; empty when it has none. */
  readonly summary: string;
}

/** A group of exports under one heading. */
export interface ApiGroup {
  readonly specifier: string;
  readonly title: string;
  readonly description: string;
  readonly exports: readonly ApiExport[];
}

/** The report: its groups, its Markdown, and the exports (as `specifier: name`) without a summary. */
export interface ApiReport {
  readonly groups: readonly ApiGroup[];
  readonly markdown: string;
  readonly undocumented: readonly string[];
}

/** Longest inferred type printed in a signature; longer ones (zod schemas) show their initializer's call. */
const MAX_INFERRED = 160;

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The summary of a TSDoc comment: its description up to the first blank line, on one line. */
function summaryOf(node: Node): string {
  const holder = Node.isVariableDeclaration(node) ? node.getVariableStatement() : node;
  if (holder === undefined || !Node.isJSDocable(holder)) return "";
  const docs = holder.getJsDocs();
  const doc = docs[docs.length - 1];
  if (doc === undefined) return "";
  const description = doc.getDescription().replace(/^\s*\n/, "");
  const first = oneLine(description.split(/\n\s*\n/)[0] ?? "");
  return first.replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:[\s|][^}]*)?\}/g, "`$1`");
}

/** The type of a node as TypeScript prints it, with names as a user imports them. */
function typeText(node: Node): string {
  return node.getType().getText(node, TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | TypeFormatFlags.NoTruncation);
}

/** A declaration's text without its TSDoc, its `export`/`declare` keywords and, for functions, its body. */
function declarationText(node: Node): string {
  let text = node.getText(false);
  if (Node.isFunctionDeclaration(node)) {
    const body = node.getBody();
    if (body !== undefined) text = text.slice(0, body.getStart() - node.getStart()).trimEnd();
    if (node.getReturnTypeNode() === undefined) {
      text += `: ${node.getReturnType().getText(node, TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | TypeFormatFlags.NoTruncation)}`;
    }
  }
  if (Node.isClassDeclaration(node)) {
    const members = node
      .getMembers()
      .filter((m) => !(Node.isModifierable(m) && (m.hasModifier(SyntaxKind.PrivateKeyword) || m.hasModifier(SyntaxKind.ProtectedKeyword))))
      .map((m) => {
        const t = m.getText(false);
        const body = Node.isBodyable(m) ? m.getBody() : undefined;
        return `  ${oneLine(body === undefined ? t : t.slice(0, body.getStart() - m.getStart()))}`;
      });
    const head = text.slice(0, text.indexOf("{")).trimEnd();
    text = `${head} {\n${members.map((m) => (m.endsWith(";") ? m : `${m};`)).join("\n")}\n}`;
  }
  return text.replace(/^(export\s+)?(declare\s+)?(default\s+)?/, "");
}

/** The signature of a variable: its declared type, else its inferred type, else its initializer's call. */
function variableSignature(node: Node): string {
  if (!Node.isVariableDeclaration(node)) return "";
  const typeNode = node.getTypeNode();
  if (typeNode !== undefined) return `const ${node.getName()}: ${typeNode.getText()}`;
  const inferred = typeText(node);
  // A zod schema's inferred type is its whole shape: the call that builds it reads better.
  if (inferred.length <= MAX_INFERRED && !inferred.startsWith("z.")) return `const ${node.getName()}: ${inferred}`;
  const init = node.getInitializer();
  const call = init !== undefined && Node.isCallExpression(init) ? init.getExpression().getText() : undefined;
  return call === undefined ? `const ${node.getName()}` : `const ${node.getName()} = ${oneLine(call)}(…)`;
}

function kindOf(node: Node): ApiExport["kind"] {
  if (Node.isFunctionDeclaration(node)) return "function";
  if (Node.isClassDeclaration(node)) return "class";
  if (Node.isInterfaceDeclaration(node)) return "interface";
  if (Node.isTypeAliasDeclaration(node)) return "type";
  if (Node.isEnumDeclaration(node)) return "enum";
  if (Node.isModuleDeclaration(node)) return "namespace";
  return "const";
}

/** The exports an entry names, each with the declaration it resolves to, in the entry's groups. */
function groupsOf(entry: ApiEntry, file: SourceFile): ApiGroup[] {
  const exported = file.getExportedDeclarations();
  const groups: { title: string; description: string; names: string[] }[] = [];
  const heading = (decl: ExportDeclaration): { title: string; description: string } | undefined => {
    const comment = decl
      .getLeadingCommentRanges()
      .map((c) => c.getText())
      .filter((t) => t.startsWith("//"))
      .pop();
    if (comment === undefined) return undefined;
    const text = comment.replace(/^\/\/\s*/, "");
    const colon = text.indexOf(":");
    if (colon === -1) return { title: text, description: "" };
    const description = text.slice(colon + 1).trim();
    return { title: text.slice(0, colon).trim(), description: description.charAt(0).toUpperCase() + description.slice(1) };
  };
  const listed = new Set<string>();
  for (const decl of file.getExportDeclarations()) {
    const h = heading(decl);
    if (h !== undefined || groups.length === 0) groups.push({ ...(h ?? { title: entry.title ?? "Exports", description: "" }), names: [] });
    for (const spec of decl.getNamedExports()) {
      const name = spec.getAliasNode()?.getText() ?? spec.getName();
      groups[groups.length - 1]!.names.push(name);
      listed.add(name);
    }
  }
  // Exports declared in the entry itself (`export const en = …`), or through `export *`.
  const rest = [...exported.keys()].filter((n) => !listed.has(n));
  if (rest.length > 0) {
    const own = groups.length === 0 ? { title: entry.title ?? "Exports", description: "", names: [] as string[] } : groups[groups.length - 1]!;
    if (groups.length === 0) groups.push(own);
    own.names.push(...rest);
  }
  return groups.map((g) => ({
    specifier: entry.specifier,
    title: g.title,
    description: g.description,
    exports: [...g.names].sort(byName).map((name) => describeExport(name, exported.get(name) ?? [])),
  }));
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function describeExport(name: string, declarations: readonly Node[]): ApiExport {
  const node = declarations[0];
  if (node === undefined) return { name, kind: "const", signature: name, summary: "" };
  const kind = kindOf(node);
  const signature =
    kind === "const"
      ? variableSignature(node)
      : declarations
          .filter((d) => !Node.isFunctionDeclaration(d) || d.getOverloads().length === 0 || !d.hasBody())
          .map(declarationText)
          .join("\n");
  const withDoc = declarations.map(summaryOf).find((s) => s !== "") ?? "";
  return { name, kind, signature, summary: withDoc };
}

const anchor = (specifier: string, title: string): string =>
  `${specifier}-${title}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");

/** Renders the report's Markdown: a table of contents, then one section per group with one entry per export. */
function renderMarkdown(input: ApiReportInput, groups: readonly ApiGroup[]): string {
  const out: string[] = [`# ${input.title}`, ""];
  out.push("<!-- Generated by scripts/gen/api-report.ts from the sources (pnpm gen); do not edit. -->", "");
  if (input.intro !== undefined) out.push(input.intro, "");
  const count = groups.reduce((n, g) => n + g.exports.length, 0);
  out.push(`${count} exports in ${input.entries.length} entry points.`, "");
  for (const entry of input.entries) {
    const mine = groups.filter((g) => g.specifier === entry.specifier);
    out.push(`- \`${entry.specifier}\`: ${mine.map((g) => `[${g.title}](#${anchor(g.specifier, g.title)}) (${g.exports.length})`).join(", ")}`);
  }
  out.push("");
  for (const g of groups) {
    out.push(`## <a id="${anchor(g.specifier, g.title)}"></a>\`${g.specifier}\` — ${g.title}`, "");
    if (g.description !== "") out.push(g.description, "");
    for (const e of g.exports) {
      out.push(`### \`${e.name}\` (${e.kind})`, "");
      out.push(e.summary === "" ? "*No summary.*" : e.summary, "");
      out.push("```ts", e.signature, "```", "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Reads the entries with ts-morph and builds the report. */
export function buildApiReport(input: ApiReportInput): ApiReport {
  const project = new Project({ tsConfigFilePath: input.tsConfigFilePath, skipAddingFilesFromTsConfig: true });
  const base = dirname(input.tsConfigFilePath);
  const files = input.entries.map((e) => project.addSourceFileAtPath(resolve(base, e.file)));
  project.resolveSourceFileDependencies();
  const groups = input.entries.flatMap((entry, i) => groupsOf(entry, files[i]!));
  const undocumented = groups.flatMap((g) => g.exports.filter((e) => e.summary === "").map((e) => `${g.specifier}: ${e.name}`));
  return { groups, markdown: renderMarkdown(input, groups), undocumented };
}

/** The report as a generated file; throws, naming each export, when one has no TSDoc summary. */
export function apiReportFile(input: ApiReportInput, path: string): GeneratedFile {
  const report = buildApiReport(input);
  if (report.undocumented.length > 0) {
    throw new Error(`exports without a TSDoc summary (add a /** … */ comment):\n  ${report.undocumented.join("\n  ")}`);
  }
  return { path, content: report.markdown };
}

/** The entry points of `@sevscale/core`: the package, the exchange formats, one subpath per locale and one per locale's parts. */
export const CORE_ENTRIES: readonly ApiEntry[] = [
  { specifier: "@sevscale/core", file: "src/index.ts" },
  { specifier: "@sevscale/core/export", file: "src/export/index.ts", title: "Exchange formats" },
  { specifier: "@sevscale/core/render", file: "src/render/index.ts", title: "Pages and charts" },
  ...LANGUAGES.map((lang) => ({
    specifier: `@sevscale/core/locales/${lang}`,
    file: `src/locales/${lang}/index.ts`,
    title: "Locale",
  })),
  ...LANGUAGES.map((lang) => ({
    specifier: `@sevscale/core/locales/${lang}/parts`,
    file: `src/locales/${lang}/parts.ts`,
    title: "Locale by area",
  })),
];

/** Path of the generated report. */
export const API_REPORT_PATH = "docs/api.md";

/** Writes docs/api.md from packages/core. */
export const apiReportGenerator: Generator = {
  name: "api-report",
  async generate() {
    const tsConfigFilePath = resolve(root, "packages/core/tsconfig.json");
    const file = apiReportFile(
      {
        tsConfigFilePath,
        entries: CORE_ENTRIES,
        title: "API of @sevscale/core",
        intro: [
          "Every export of `@sevscale/core` and of its locale subpaths, grouped as in",
          `\`${relative(root, resolve(root, "packages/core/src/index.ts"))}\` and [the architecture](architecture.md#sevscalecore),`,
          "with its kind, its signature and the summary of its TSDoc. Functions return results and issues;",
          "only `parse*` and `assert*` functions throw (a `SevscaleError`), see",
          "[the verb families](architecture.md#verb-families).",
        ].join("\n"),
      },
      API_REPORT_PATH,
    );
    return [file];
  },
};
