/**
 * Every method and condition example in docs/*.md, read from the Markdown itself, classified on
 * the facts stated beside it (`<!-- check-example {...} -->` after the block) with the level it
 * states: the docs cannot drift from what classification does, and an example without stated
 * facts fails here. A fragment's levels and dimensions come from the check, else from the
 * document's scale example and its last `"dimensions"` fragment before it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scaleWith } from "../../test/classify-fixtures.js";
import type { Condition } from "../model/condition.js";
import type { Method } from "../model/method.js";
import { ConditionSchema } from "../model/condition.js";
import { MethodSchema } from "../model/method.js";
import type { Dimension } from "../model/scale.js";
import { DimensionSchema, ScaleSchema } from "../model/scale.js";
import { validateScale } from "../validate/validate-scale.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";

const docs = join(dirname(fileURLToPath(import.meta.url)), "../../../../docs");

interface Check {
  readonly levels?: string[];
  readonly dimensions?: Dimension[];
  readonly cases: { facts: Record<string, unknown>; level?: string; status?: string; holds?: boolean }[];
}

interface Example {
  readonly where: string;
  readonly method?: Method;
  readonly condition?: Condition;
  readonly levels: readonly string[];
  readonly dimensions: readonly Dimension[];
  readonly check: Check | undefined;
}

/** A code block's JSON: a value, or a `"key": value` fragment read inside braces. */
function parseBlock(body: string): Record<string, unknown> | undefined {
  for (const text of [body, `{${body}}`]) {
    try {
      const v: unknown = JSON.parse(text);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // not this reading
    }
  }
  return undefined;
}

/** The method and condition examples of one Markdown file, with their context and check. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(join(docs, file), "utf8");
  const out: Example[] = [];
  let levels: string[] = [];
  let dimensions: Dimension[] = [];
  for (const m of text.matchAll(/```json(?: title="[^"]*")?\n([\s\S]*?)```\n((?:\s*<!-- check-example [\s\S]*? -->\n)?)/g)) {
    const v = parseBlock(m[1]!);
    if (v === undefined) continue;
    const where = `${file}:${text.slice(0, m.index).split("\n").length}`;
    const checkText = /<!-- check-example ([\s\S]*?) -->/.exec(m[2] ?? "")?.[1];
    const check = checkText === undefined ? undefined : (JSON.parse(checkText) as Check);
    if (v["kind"] === "scale") {
      const scale = ScaleSchema.parse(v);
      levels = scale.levels.map((l) => l.code);
      if (scale.dimensions.length > 0) dimensions = scale.dimensions;
      continue;
    }
    if (Array.isArray(v["dimensions"]) && v["kind"] === undefined) {
      dimensions = v["dimensions"].map((d) => DimensionSchema.parse(d));
      continue;
    }
    const method = MethodSchema.safeParse(v["method"] ?? v);
    if (method.success) out.push({ where, method: method.data, levels, dimensions, check });
    else if ("dimension" in v || "all" in v || "any" in v || "not" in v) out.push({ where, condition: ConditionSchema.parse(v), levels, dimensions, check });
  }
  return out;
}

const EXAMPLES = readdirSync(docs)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .flatMap(examplesOf);

describe("method examples in docs/", () => {
  it("are found (the docs have them, and the extraction reads them)", () => {
    expect(EXAMPLES.filter((e) => e.method !== undefined).length).toBeGreaterThanOrEqual(13);
    expect(EXAMPLES.some((e) => e.condition !== undefined)).toBe(true);
  });

  it.each(EXAMPLES.map((e) => [e.where, e] as const))("%s validates and classifies the stated facts to the stated level", (_where, e) => {
    expect(e.check, "state facts and the expected level in a <!-- check-example --> after the block").toBeDefined();
    const check = e.check!;
    const dimensions = check.dimensions?.map((d) => DimensionSchema.parse(d)) ?? [...e.dimensions];
    const levels = check.levels ?? (e.condition !== undefined ? ["fails", "holds"] : [...e.levels]);
    const method: Method = e.method ?? { kind: "rules", strategy: "first-match", rules: [{ level: "holds", when: e.condition! }], otherwise: "fails" };
    const scale = scaleWith("docs-example", levels, dimensions, method);
    expect(validateScale(scale).filter((i) => i.severity === "error")).toEqual([]);
    const compiled = compileClassifier(scale);
    expect(check.cases.length).toBeGreaterThan(0);
    for (const c of check.cases) {
      const r = classify(scale, c.facts);
      const expected = c.holds !== undefined ? (c.holds ? "holds" : "fails") : c.level;
      if (expected !== undefined) expect([r.status, r.level?.code], JSON.stringify(c.facts)).toEqual(["determined", expected]);
      if (c.status !== undefined) expect(r.status).toBe(c.status);
      expect(compiled.classify(c.facts)).toStrictEqual(r);
    }
  });
});
