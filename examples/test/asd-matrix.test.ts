/**
 * The ASD matrix is encoded cell for cell: all 36 cells are re-derived from the research data
 * (both its cell list and its grid, whose rows run most to least severe) and compared.
 */
import type { MatrixMethod, OrdinalDimension } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadScale, rankOf, sharedSchema } from "./support.js";

const scale = loadScale("au-asd");
const source = sharedSchema("au-asd-matrix");
const rowsMostToLeast = source.method.rowDimension?.orderedMostToLeastSevere ?? [];
const columnGroups = source.method.columnDimension?.orderedLeastToMostCritical ?? [];

function matrix(): MatrixMethod {
  if (scale.method.kind !== "matrix") throw new Error("ASD is encoded as a matrix");
  return scale.method;
}

function ordinal(code: string): OrdinalDimension {
  const d = scale.dimensions.find((x) => x.code === code);
  if (d?.type !== "ordinal") throw new Error(`no ordinal dimension ${code}`);
  return d;
}

const method = matrix();
const impact = ordinal("impact-type");
const stakeholder = ordinal("stakeholder");
const groups = method.axes[1]?.groups ?? [];

/** The encoded level at (impact label, column-group label), found through the labels. */
function encodedCell(row: string, column: string): string | undefined {
  const i = impact.options.find((o) => o.label["en"] === row)?.code;
  const g = groups.find((x) => x.label?.["en"] === column)?.code;
  const matches = method.cells.filter((c) => c.at[0] === i && c.at[1] === g);
  expect(matches.length, `${row} x ${column}`).toBe(1);
  return matches[0]?.level;
}

describe("au/asd matrix", () => {
  it("has impact type least to most severe, as the data's rows reversed", () => {
    expect(impact.options.map((o) => o.label["en"])).toEqual([...rowsMostToLeast].reverse());
    expect(impact.options[0]?.code).toBe("unsuccessful-low-level-attack");
    expect(impact.options.at(-1)?.code).toBe("sustained-disruption");
  });

  it("groups one option per stakeholder type into the data's column groups, with the exact names", () => {
    expect(method.axes.map((a) => a.dimension)).toEqual(["impact-type", "stakeholder"]);
    expect(method.axes[0]?.groups).toBeUndefined();
    expect(groups.map((g) => g.label?.["en"])).toEqual(columnGroups.map((g) => g.group));
    const label = (code: string) => stakeholder.options.find((o) => o.code === code)?.label["en"];
    for (const [i, g] of groups.entries()) expect(g.members.map(label)).toEqual(columnGroups[i]?.members);
    // Each stakeholder type is its own option, in exactly one group; the option order follows the groups.
    const members = groups.flatMap((g) => g.members);
    expect(members).toEqual(stakeholder.options.map((o) => o.code));
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(columnGroups.reduce((n, g) => n + g.members.length, 0));
  });

  it("has exactly one cell per (impact type, column group): 36", () => {
    expect(method.cells).toHaveLength(36);
    const keys = new Set(method.cells.map((c) => c.at.join("|")));
    expect(keys.size).toBe(36);
    for (const o of impact.options) for (const g of groups) expect(keys.has(`${o.code}|${g.code}`)).toBe(true);
  });

  it("has every cell of the data's cell list", () => {
    const cells = source.method.cells ?? [];
    expect(cells).toHaveLength(36);
    for (const c of cells) expect(encodedCell(c.row, c.column)).toBe(c.category);
  });

  it("has every cell of the data's grid (rows most to least severe impact, columns least to most critical)", () => {
    const grid = source.method.cellGrid ?? [];
    expect(grid).toHaveLength(6);
    for (const [r, row] of grid.entries()) {
      expect(row).toHaveLength(6);
      for (const [c, category] of row.entries()) {
        expect(encodedCell(rowsMostToLeast[r] ?? "", columnGroups[c]?.group ?? ""), `grid[${r}][${c}]`).toBe(category);
      }
    }
  });

  it("is monotone: a more severe impact or a more critical group never lowers the category", () => {
    const level = (i: number, g: number) =>
      rankOf(scale, method.cells.find((c) => c.at[0] === impact.options[i]?.code && c.at[1] === groups[g]?.code)?.level ?? "");
    let compared = 0;
    for (let i = 0; i < impact.options.length; i++) {
      for (let g = 0; g < groups.length; g++) {
        expect(level(i, g)).toBeGreaterThanOrEqual(0);
        if (i + 1 < impact.options.length) {
          expect(level(i + 1, g)).toBeGreaterThanOrEqual(level(i, g));
          compared++;
        }
        if (g + 1 < groups.length) {
          expect(level(i, g + 1)).toBeGreaterThanOrEqual(level(i, g));
          compared++;
        }
      }
    }
    expect(compared).toBe(2 * 5 * 6);
  });
});
