import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { API_REPORT_PATH, apiReportFile, buildApiReport, type ApiReportInput } from "./api-report.js";
import { isCurrent } from "./stale.js";

/** A tiny project: an entry that groups two re-exports and declares one of its own. */
const AREA = `
/** A shape with a width and a height. */
export interface Shape {
  readonly width: number;
  readonly height: number;
}

/** The area of a shape.
 *
 * Second paragraph, not part of the summary. */
export function area(shape: Shape): number {
  return shape.width * shape.height;
}
`;
const ENTRY = `/** Fixture. @packageDocumentation */

// Shapes: what the fixture measures.
export type { Shape } from "./area.js";
export { area } from "./area.js";

/** The unit square. */
export const UNIT = { width: 1, height: 1 } as const;
`;

let dir: string;
const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const input = (): ApiReportInput => ({
  tsConfigFilePath: join(dir, "tsconfig.json"),
  entries: [{ specifier: "fixture", file: "src/index.ts" }],
  title: "API of fixture",
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "api-report-"));
  write("tsconfig.json", JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler" }, include: ["src"] }));
  write("src/area.ts", AREA);
  write("src/index.ts", ENTRY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("api report", () => {
  it("lists each export with its kind, signature and one-line summary, grouped by the entry's comments", () => {
    const report = buildApiReport(input());
    expect(report.undocumented).toEqual([]);
    expect(report.groups.map((g) => [g.title, g.description, g.exports.map((e) => e.name)])).toEqual([
      ["Shapes", "What the fixture measures.", ["Shape", "UNIT", "area"]],
    ]);
    const byName = new Map(report.groups[0]!.exports.map((e) => [e.name, e]));
    expect(byName.get("area")).toEqual({
      name: "area",
      kind: "function",
      signature: "function area(shape: Shape): number",
      summary: "The area of a shape.",
    });
    expect(byName.get("Shape")?.kind).toBe("interface");
    expect(byName.get("UNIT")).toMatchObject({ kind: "const", signature: "const UNIT: { readonly width: 1; readonly height: 1; }" });
    expect(report.markdown).toContain("### `area` (function)\n\nThe area of a shape.\n\n```ts\nfunction area(shape: Shape): number\n```");
  });

  it("makes the committed report stale when an export's signature changes", () => {
    const before = apiReportFile(input(), API_REPORT_PATH);
    write(API_REPORT_PATH, before.content as string);
    expect(isCurrent(dir, before)).toBe(true);

    write("src/area.ts", AREA.replace("area(shape: Shape): number", "area(shape: Shape, scale: number): number"));
    const after = apiReportFile(input(), API_REPORT_PATH);
    expect(isCurrent(dir, after)).toBe(false);
    expect(after.content).toContain("function area(shape: Shape, scale: number): number");
  });

  it("fails, naming the export, when an export has no TSDoc summary", () => {
    write("src/area.ts", `${AREA}\nexport function perimeter(shape: Shape): number {\n  return 2 * (shape.width + shape.height);\n}\n/** @deprecated */\nexport const OLD = 1;\n`);
    write("src/index.ts", ENTRY.replace('export { area } from "./area.js";', 'export { OLD, area, perimeter } from "./area.js";'));
    expect(buildApiReport(input()).undocumented).toEqual(["fixture: OLD", "fixture: perimeter"]);
    expect(() => apiReportFile(input(), API_REPORT_PATH)).toThrow(/fixture: OLD\n\s+fixture: perimeter/);
  });
});

describe("docs/api.md", () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const text = readFileSync(join(root, API_REPORT_PATH), "utf8");
  const index = readFileSync(join(root, "packages/core/src/index.ts"), "utf8");

  it("has a section for every name packages/core/src/index.ts exports, and the index has no export *", () => {
    expect(index).not.toMatch(/export \*/);
    const names = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim()).filter(Boolean));
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(text).toContain(`### \`${name}\` (`);
  });
});
