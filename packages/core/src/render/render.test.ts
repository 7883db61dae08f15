import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../compare/compare.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { fr } from "../locales/fr/index.js";
import { pt } from "../locales/pt/index.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { alignmentToHtml, alignmentToSvg } from "./alignment-svg.js";
import { contrastRatio, levelColour, textColourOn } from "./colour.js";
import { mappingToHtml, mappingToMarkdown } from "./mapping.js";
import { scaleToHtml, scaleToMarkdown } from "./scale.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), "utf8")) as T;
const NAMES = ["au-asd", "gb-ncsc-2018", "us-ciss", "us-nciss"] as const;
const scaleOf = (n: string) => json<Scale>(`examples/scales/${n}.json`);
const mappingOf = (n: string) => json<Mapping>(`examples/mappings/${n}-to-crs.json`);
const LOCALES = [en, es, fr, pt];

const HOSTILE = "<script>alert(\"x\")</script>'\u202Egnp.exe\u2066";
const hostileScale = (): Scale => {
  const s = structuredClone(scaleOf("gb-ncsc-2018"));
  const levels = s.levels.map((l, i) => (i === 0 ? { ...l, label: { en: HOSTILE }, definition: { en: HOSTILE } } : l));
  return { ...s, title: { en: HOSTILE }, levels };
};

describe("the related scales of a scale page", () => {
  const impact = json<Scale>("examples/illustrative/scales/incident-impact.json");
  const threat = json<Scale>("examples/illustrative/scales/incident-threat.json");

  it("names each related scale and the relation in words, in every language; without the document it says its levels are not shown", () => {
    for (const locale of LOCALES) {
      const html = scaleToHtml(impact, undefined, locale);
      expect(html).toContain(`<h2>${locale.terms.alignment.related}</h2>`);
      expect(html).toContain(`sevscale/example-incident-threat@^1.0.0${locale.terms.colon} ${locale.terms.alignment.relation.threat}`);
      expect(html).toContain(`(${locale.terms.alignment.notGiven})`);
      expect(html).toContain(locale.terms.render.relatedNoneGiven.replace("’", "&#39;").slice(0, 20));
    }
    expect(scaleToMarkdown(scaleOf("us-ciss"), undefined, en)).not.toContain("Related scales");
  });

  it("shows the levels of a related scale given with it, most severe first, with their colour and text", () => {
    const html = scaleToHtml(impact, undefined, es, { related: [{ scale: threat }] });
    expect(html).not.toContain("(no proporcionada)");
    expect(html).toContain("<caption>Niveles de República de Ejemplo: amenaza del incidente (ejemplo ilustrativo) (sevscale/example-incident-threat@1.0.0)</caption>");
    const rows = [...html.matchAll(/<th scope="row" class="swatch"[^>]*><strong>(T\d)<\/strong>/g)].map((m) => m[1]);
    expect(rows).toEqual(["T4", "T3", "T2", "T1"]);
  });
});

describe("scaleToHtml", () => {
  it("is one self-contained, accessible page: lang, headings, captions, scoped headers, print stylesheet, no script or network", () => {
    for (const locale of LOCALES) {
      const html = scaleToHtml(scaleOf("us-nciss"), mappingOf("us-nciss"), locale, { paper: "Letter" });
      expect(html).toMatch(new RegExp(`<html lang="${locale.language}">`));
      expect(html).toMatch(/<h1>[^<]+<\/h1>/);
      expect(html).toContain("<caption>");
      expect(html).toContain("<th scope=\"col\">");
      expect(html).toContain("<th scope=\"row\"");
      expect(html).toContain("@page{size:Letter");
      expect(html).toContain("@media print");
      expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
    }
  });

  it("shows every level with its code and label in text beside the swatch, and its reference interval", () => {
    const scale = scaleOf("us-nciss");
    const mapping = mappingOf("us-nciss");
    const html = scaleToHtml(scale, mapping, es);
    for (const level of scale.levels) {
      const label = level.label["es"] ?? level.label["en"]!;
      expect(html).toContain(`<strong>${level.code}</strong> ${label.replace(/&/g, "&amp;").replace(/'/g, "&#39;")}`);
    }
    for (const r of mapping.records) if (r.object) expect(html).toContain(`${r.object.min}`);
    expect(html).toContain("Escala de referencia".replace("Escala", "escala"));
  });

  it("picks black or white text on every swatch with a contrast of at least 4.5:1", () => {
    const html = NAMES.map((n) => scaleToHtml(scaleOf(n), mappingOf(n), en)).join("");
    const pairs = [...html.matchAll(/background-color:(#[0-9A-F]{6});color:(#[0-9A-F]{6})/g)];
    expect(pairs.length).toBeGreaterThan(20);
    for (const [, bg, ink] of pairs) expect(contrastRatio(bg!, ink!)).toBeGreaterThanOrEqual(4.5);
  });

  it("draws a matrix as a coloured grid with the level code in each cell (au/asd)", () => {
    const scale = scaleOf("au-asd");
    const html = scaleToHtml(scale, mappingOf("au-asd"), en);
    const grid = /<table class="grid">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    const method = scale.method as Extract<Scale["method"], { kind: "matrix" }>;
    const cells = [...grid.matchAll(/<td class="swatch" style="[^"]+"><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(method.cells.length);
    expect(new Set(cells)).toEqual(new Set(method.cells.map((c) => c.level)));
  });

  it("says so when a level has no definition in any language", () => {
    const s = structuredClone(scaleOf("us-ciss"));
    const levels = s.levels.map((l, i) => (i === 2 ? { ...l, definition: {} } : l));
    for (const locale of LOCALES) expect(scaleToHtml({ ...s, levels }, undefined, locale)).toContain(locale.terms.render.notDefined.replace(/'/g, "&#39;"));
  });

  it("says \"not defined by the issuer\" for a level without a definition (format 1.1), in HTML and markdown, in every language", () => {
    const s = structuredClone(scaleOf("us-ciss"));
    const levels = s.levels.map((l, i) => {
      if (i !== 1) return l;
      const { definition: _, ...rest } = l;
      return rest;
    });
    for (const locale of LOCALES) {
      const html = scaleToHtml({ ...s, levels }, undefined, locale);
      const md = scaleToMarkdown({ ...s, levels }, undefined, locale);
      expect(html).toContain(locale.terms.render.notDefined.replace(/'/g, "&#39;"));
      expect(md).toContain(locale.terms.render.notDefined);
      expect(html + md).not.toContain("undefined");
    }
  });

  it("shows a level's notification stages, each with its deadline, the event it runs from and its recipient, in every language", () => {
    const s = structuredClone(scaleOf("us-ciss"));
    s.levels[3]!.notification = {
      mandatory: true,
      to: { en: "the national CSIRT" },
      stages: [
        { name: { en: "Early warning" }, deadline: "PT24H", from: "awareness" },
        { name: { en: "Final report" }, deadline: "P1M", from: "notification", to: { en: "the regulator" } },
        { name: { en: "Updates" }, mandatory: false },
      ],
    };
    const md = scaleToMarkdown(s, undefined, en);
    expect(md).toContain("Early warning: within 24 hours of becoming aware of the incident to the national CSIRT (mandatory)");
    expect(md).toContain("Final report: within 1 month of the previous notification to the regulator (mandatory)");
    expect(md).toContain("Updates: no deadline stated to the national CSIRT (voluntary)");
    for (const locale of LOCALES) {
      const html = scaleToHtml(s, undefined, locale);
      const t = locale.terms.render;
      expect(html).toContain(t.notifyEvent.awareness.replace(/'/g, "&#39;"));
      expect(html).toContain(t.noDeadline);
    }
    // The single-deadline form reads as it always did.
    s.levels[3]!.notification = { deadline: "PT72H" };
    expect(scaleToMarkdown(s, undefined, en)).toContain("within 72 hours");
  });

  it("writes rules as sentences and a score's weights and thresholds as tables", () => {
    const gb = scaleToHtml(scaleOf("gb-ncsc-2018"), undefined, en);
    expect(gb).toContain(en.terms.render.rulesMostSevere);
    expect(gb).toMatch(/<li>1\. If .+, the level is /);
    const nciss = scaleToHtml(scaleOf("us-nciss"), undefined, en);
    expect(nciss).toContain(`<caption>${en.terms.render.weightsCaption}</caption>`);
  });

  it("escapes hostile text in HTML and Markdown, and makes bidi controls visible", () => {
    const html = scaleToHtml(hostileScale(), mappingOf("gb-ncsc-2018"), en);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;[U+202E]gnp.exe[U+2066]");
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const md = scaleToMarkdown(hostileScale(), mappingOf("gb-ncsc-2018"), en);
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain("\\<script\\>");
  });

  it("renders the same content as Markdown, colours named in words", () => {
    const md = scaleToMarkdown(scaleOf("us-ciss"), mappingOf("us-ciss"), en);
    expect(md).toMatch(/^# /);
    expect(md).toContain("| **5** Emergency (Black)");
  });
});

describe("mappingToHtml / mappingToMarkdown", () => {
  it("lists every record with its relation and interval", () => {
    const mapping = mappingOf("au-asd");
    const html = mappingToHtml(mapping, fr, { scale: scaleOf("au-asd") });
    expect(html).toContain("<html lang=\"fr\">");
    for (const r of mapping.records) expect(html).toContain(`<strong>${r.subject}</strong>`);
    const md = mappingToMarkdown(mapping, pt);
    for (const r of mapping.records) expect(md).toContain(`| **${r.subject}** | ${r.relation} |`);
  });
});

describe("colours", () => {
  it("black or white text reaches 4.5:1 on any background", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, "0").toUpperCase()}`;
        expect(contrastRatio(hex, textColourOn(hex))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it("uses the document's hex, else a named colour, else a ramp from least to most severe", () => {
    expect(levelColour({ hex: "#abcdef" }, 0, 5)).toBe("#ABCDEF");
    expect(levelColour({ name: { en: "Red" } }, 0, 5)).toBe("#C62828");
    const ramp = [0, 1, 2, 3, 4].map((r) => levelColour(undefined, r, 5));
    expect(new Set(ramp).size).toBe(5);
  });
});

/** The bands of a chart, read from the structure alignmentToSvg writes. */
function bands(svg: string) {
  return [...svg.matchAll(/<g class="band" data-scale="([^"]+)" data-level="([^"]+)" data-rank="(\d+)" data-min="(\d+)" data-max="(\d+)"[^>]*><title>[^<]*<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    scale: m[1]!,
    level: m[2]!,
    rank: Number(m[3]),
    min: Number(m[4]),
    max: Number(m[5]),
    x: Number(m[6]),
    y: Number(m[7]),
    h: Number(m[9]),
  }));
}

describe("alignmentToSvg", () => {
  const entries = NAMES.map((n) => ({ scale: scaleOf(n), mapping: mappingOf(n) }));
  const refRank = (code: string) => REFERENCE_SCALE.levels.findIndex((l) => l.code === code);

  it("draws one band per level, spanning the interval its mapping gives, ordered by rank", () => {
    const rowHeight = 40;
    const svg = alignmentToSvg(compare(entries), en, { rowHeight });
    const all = bands(svg);
    const n = REFERENCE_SCALE.levels.length;
    const refBands = all.filter((b) => b.scale === REFERENCE_SCALE.id);
    expect(refBands.map((b) => b.level)).toEqual(REFERENCE_SCALE.levels.map((l) => l.code));
    const top = refBands.find((b) => b.rank === n - 1)!.y - 2;
    for (const { scale, mapping } of entries) {
      const mine = all.filter((b) => b.scale === scale.id);
      const mapped = mapping.records.filter((r) => r.object !== undefined);
      expect(mine.map((b) => b.level).sort()).toEqual(mapped.map((r) => r.subject).sort());
      for (const r of mapped) {
        const b = mine.find((x) => x.level === r.subject)!;
        const [min, max] = [refRank(r.object!.min), refRank(r.object!.max)];
        expect([b.min, b.max]).toEqual([min, max]);
        expect(b.y).toBeCloseTo(top + (n - 1 - max) * rowHeight + 2);
        expect(b.h).toBeCloseTo((max - min + 1) * rowHeight - 4);
      }
      const byRank = [...mine].sort((a, b) => a.rank - b.rank);
      for (let i = 1; i < byRank.length; i++) expect(byRank[i]!.max).toBeGreaterThanOrEqual(byRank[i - 1]!.max);
    }
  });

  it("draws the reference once when it is among the scales", () => {
    const withCrs = compare([...entries, { scale: REFERENCE_SCALE as unknown as Scale, mapping: identity() }]);
    const svg = alignmentToSvg(withCrs, en);
    expect(bands(svg).filter((b) => b.scale === REFERENCE_SCALE.id)).toHaveLength(REFERENCE_SCALE.levels.length);
    expect(svg.match(/>sevscale\/crs@1\.0\.0</g)).toHaveLength(1);
  });

  it("is an accessible, self-contained image with labels in the chosen language", () => {
    const svg = alignmentToSvg(compare(entries), es);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="sevscale-chart-title sevscale-chart-desc"/);
    expect(svg).toContain("<title id=\"sevscale-chart-title\">4 escalas alineadas");
    expect(svg).toContain("<desc id=\"sevscale-chart-desc\">");
    expect(svg).not.toMatch(/<script|href=|<image|@import/);
    expect(svg).toContain(REFERENCE_SCALE.levels[5]!.label["es"]!.split(" ")[0]);
  });

  it("draws companion ladders as one group: a bracket and caption over their columns, whose companion each is, and says so in the description", () => {
    const illustrative = (n: string) => ({ scale: json<Scale>(`examples/illustrative/scales/${n}.json`), mapping: json<Mapping>(`examples/illustrative/mappings/${n}-to-crs.json`) });
    const alignment = compare([illustrative("incident-impact"), entries[2]!, illustrative("incident-threat")]);
    for (const locale of LOCALES) {
      const svg = alignmentToSvg(alignment, locale, { rowHeight: 40 });
      const groups = [...svg.matchAll(/<g class="group" data-scales="([^"]+)"><path d="M([\d.]+) [\d.]+V[\d.]+H([\d.]+)/g)];
      expect(groups.map((m) => m[1])).toEqual(["sevscale/example-incident-impact sevscale/example-incident-threat"]);
      expect(svg).toContain(`>${locale.terms.alignment.together}</text></g>`);
      const italic = [...svg.matchAll(/font-style="italic">([^<]*)</g)].map((m) => m[1]).join(" ");
      expect(italic).toBe(locale.terms.alignment.relation.threat);
      const whose = locale.terms.alignment.relatedOf.replace("{relation}", locale.terms.alignment.relation.threat).replace("{scale}", "sevscale/example-incident-impact");
      expect(svg).toContain(`sevscale/example-incident-threat${locale.terms.colon} ${whose.replace("’", "&#39;")}.`);
      expect(svg).toMatch(/<desc [^>]*>[^<]*sevscale\/example-incident-impact, sevscale\/example-incident-threat/);
      // The bracket spans exactly the two companion columns (the second and third of the chart).
      const xs = bands(svg).filter((b) => b.scale.startsWith("sevscale/example-")).map((b) => b.x);
      expect(Number(groups[0]![2])).toBeLessThanOrEqual(Math.min(...xs));
      expect(Number(groups[0]![3])).toBeGreaterThan(Math.max(...xs));
      // Still one band per level.
      expect(bands(svg).filter((b) => b.scale === "sevscale/example-incident-threat")).toHaveLength(4);
    }
    // Without companions there is no bracket and no room kept for one.
    expect(alignmentToSvg(compare(entries), en)).not.toContain("class=\"group\"");
    const html = alignmentToHtml(alignment, fr);
    expect(html).toContain("<h2>Échelles associées</h2>");
    expect(html).toContain("<li>sevscale/example-incident-threat@^1.0.0\u00a0: échelle de menace de sevscale/example-incident-impact</li>");
  });

  it("escapes hostile labels", () => {
    const svg = alignmentToSvg(compare([{ scale: hostileScale(), mapping: mappingOf("gb-ncsc-2018") }]), en);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const html = alignmentToHtml(compare([{ scale: hostileScale(), mapping: mappingOf("gb-ncsc-2018") }]), en);
    expect(html).not.toContain("<script>");
  });
});

function identity(): Mapping {
  return {
    kind: "mapping",
    id: "sevscale/crs-identity",
    version: "1.0.0",
    status: "active",
    subject: { id: REFERENCE_SCALE.id, versions: REFERENCE_SCALE.version },
    object: { id: REFERENCE_SCALE.id, versions: REFERENCE_SCALE.version },
    authors: [{ name: "test" }],
    date: "2024-01-01",
    revisionHistory: [{ version: "1.0.0", date: "2024-01-01", summary: { en: "x" } }],
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    records: REFERENCE_SCALE.levels.map((l) => ({ subject: l.code, relation: "exactMatch", object: { min: l.code, max: l.code }, justification: "manual-curation", confidence: 1 })),
  } as Mapping;
}

describe("numbers on pages", () => {
  it("are written with the page language's decimal separator: weights, bounds, confidences", () => {
    const s = structuredClone(scaleOf("us-nciss"));
    if (s.method.kind !== "score") throw new Error("us-nciss has a score method");
    s.method.components[0]!.weight = 0.5;
    s.method.clamp = { min: 0, max: 12.25 };
    const frPage = scaleToMarkdown(s, undefined, fr);
    expect(frPage).toContain("0,5");
    expect(frPage).toContain("12,25");
    expect(frPage).not.toContain("12.25");
    expect(scaleToMarkdown(s, undefined, en)).toContain("12.25");
    const m = mappingOf("us-nciss");
    const decimal = m.records.find((r) => !Number.isInteger(r.confidence))!.confidence;
    expect(mappingToMarkdown(m, fr)).toContain(String(decimal).replace(".", ","));
    expect(mappingToMarkdown(m, pt)).not.toContain(`| ${decimal} |`);
    expect(mappingToMarkdown(m, en)).toContain(String(decimal));
  });
});
