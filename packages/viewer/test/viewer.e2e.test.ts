/**
 * End-to-end: the built viewer in Debian's Chromium, served by the same code as `sevscale view`.
 * Expected values come from @sevscale/core run here on the same documents, never from constants.
 * These tests fail (they never skip) when the browser cannot start.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REFERENCE_SCALE, classify, renderMessage, renderTraceStep, validateText } from "@sevscale/core";
import { en as coreEn } from "@sevscale/core/locales/en";
import { es as coreEs } from "@sevscale/core/locales/es";
import type { Scale } from "@sevscale/core";
import type { StaticServer } from "@sevscale/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { ARTEFACTS, EXAMPLE_REGISTRY, compareInteractiveMs, launchBrowser, screenshot, serveViewer } from "./harness.js";

const scaleFile = (path: string): Scale => JSON.parse(readFileSync(join(EXAMPLE_REGISTRY, path), "utf8")) as Scale;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveViewer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash = "", options: { width?: number; lang?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, locale: "en-GB" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}${options.lang ? `?lang=${options.lang}` : ""}${hash}`);
  await page.waitForSelector("#registry-source");
  expect(errors).toEqual([]);
  return page;
}

/** Opens the edit view and types `text` into its editor, once the editor is ready. */
async function openEditorWith(text: string): Promise<Page> {
  const page = await open("#/edit");
  await page.waitForSelector("#edit-editor[data-ready]");
  await page.locator("#edit-editor .cm-content").click();
  await page.keyboard.insertText(text);
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`no box for ${selector}`);
  return b;
}

describe("viewer in Chromium", () => {
  it("loads the example registry and says every digest verified, without loading the editor or other languages", async () => {
    const requested: string[] = [];
    const page = await browser.newPage({ locale: "en-GB" });
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}#/compare`);
    await page.waitForSelector("#registry-source");
    await expect(page.locator("#registry-ok").innerText()).resolves.toContain(en.registryVerified);
    const index = JSON.parse(readFileSync(join(EXAMPLE_REGISTRY, "index.json"), "utf8")) as { documents: { kind: string }[] };
    const count = (kind: string) => index.documents.filter((d) => d.kind === kind).length;
    await expect(page.locator("#registry-source").innerText()).resolves.toContain(en.registrySummary(index.documents.length, count("scale"), count("mapping")));
    await page.waitForSelector(".band");
    const scripts = requested.filter((p) => p.endsWith(".js"));
    expect(scripts.some((p) => /\/assets\/en-[^/]*\.js$/.test(p))).toBe(true);
    expect(scripts.filter((p) => /\/assets\/(editor|classify|edit|es|fr|pt|verify)-[^/]*\.js$/.test(p))).toEqual([]);
    // The editor arrives when its view opens.
    await page.click("#nav-edit");
    await page.waitForSelector("#edit-editor[data-ready]");
    expect(requested.some((p) => /\/assets\/editor-[^/]*\.js$/.test(p))).toBe(true);
    await page.close();
  });

  it("compares two scales: bands in order of severity and aligned on the reference levels", async () => {
    const page = await open("#/compare");
    const ms = await compareInteractiveMs(page);
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, "compare-interactive.json"), JSON.stringify({ ms }));
    // The view opens on the registry's first two scales, in id order.
    for (const id of ["au/asd", "es/guia-nacional-2020"]) {
      const scale = scaleFile(`${id}/1.0.0/scale.json`);
      const bands = page.locator(`.band[data-scale="${id}"]`);
      expect(await bands.count()).toBe(scale.levels.length);
      // Order: a more severe level (higher rank) never sits lower on the page.
      const placed: { rank: number; top: number }[] = [];
      for (let i = 0; i < (await bands.count()); i++) {
        const b = bands.nth(i);
        const rank = Number(await b.getAttribute("data-rank"));
        const bb = (await b.boundingBox())!;
        placed.push({ rank, top: bb.y });
        // Alignment: the band spans from its highest reference level's top to its lowest one's bottom.
        const hi = await box(page, `.ref-band[data-code="${await b.getAttribute("data-max")}"]`);
        const lo = await box(page, `.ref-band[data-code="${await b.getAttribute("data-min")}"]`);
        expect(Math.abs(bb.y - hi.y)).toBeLessThanOrEqual(2);
        expect(Math.abs(bb.y + bb.height - (lo.y + lo.height))).toBeLessThanOrEqual(2);
      }
      placed.sort((a, b) => a.rank - b.rank);
      for (let i = 1; i < placed.length; i++) expect(placed[i]!.top).toBeLessThanOrEqual(placed[i - 1]!.top);
    }
    // Focus shows the level's definition and the overlapping levels of the other scale.
    const c3 = scaleFile("au/asd/1.0.0/scale.json").levels.find((l) => l.code === "C3")!;
    await page.locator('.band[data-scale="au/asd"][data-code="C3"]').focus();
    // The overlaps come through translate, in the details' chunk fetched after the first draw.
    await page.waitForFunction(() => document.querySelector("#compare-detail")?.textContent?.includes("es/guia-nacional-2020") === true);
    const detail = await page.locator("#compare-detail").innerText();
    expect(detail).toContain(c3.definition!["en"]!);
    expect(detail).toContain(en.compareOverlaps);
    expect(detail).toContain("es/guia-nacional-2020");
    // A reference level's definition comes with the reference scale's own chunk, fetched after the first draw.
    const r3 = REFERENCE_SCALE.levels.find((l) => l.code === "R3")!;
    await page.locator('.ref-band[data-code="R3"]').focus();
    await page.waitForFunction((text) => document.querySelector("#compare-detail")?.textContent?.includes(text) === true, r3.definition!["en"]!);
    expect(await page.locator("#compare-detail").innerText()).toContain(en.compareOverlaps);
    await screenshot(page, "compare");
    await page.close();
  });

  it("keeps companion scales side by side and says what each is to the other, as sevscale compare does", async () => {
    const page = await open("#/compare");
    await page.waitForSelector(".band");
    // Only the illustrative companion pair: the threat ladder names the impact ladder in "related".
    for (const box of await page.locator('input[name="compare-scale"]').all()) {
      const id = await box.getAttribute("value");
      if ((await box.isChecked()) !== (id === "sevscale/example-incident-impact" || id === "sevscale/example-incident-threat")) await box.click();
    }
    await page.waitForSelector('.column[data-scale="sevscale/example-incident-threat"]');
    const order = await page.locator(".column[data-scale]").evaluateAll((cols) => cols.map((c) => c.getAttribute("data-scale")));
    expect(order).toEqual(["sevscale/example-incident-impact", "sevscale/example-incident-threat"]);
    // The impact ladder names the threat ladder as its threat scale (and the threat ladder names it back).
    const impact = scaleFile("sevscale/example-incident-impact/1.0.0/scale.json");
    const named = impact.related!.find((r) => r.relation === "threat")!;
    const w = coreEn.terms.alignment;
    const said = w.relatedOf.replace("{relation}", w.relation.threat).replace("{scale}", impact.id);
    await expect(page.locator('.column[data-scale="sevscale/example-incident-threat"] .companion-of').innerText()).resolves.toBe(`↳ ${said}`);
    await expect(page.locator('.column[data-scale="sevscale/example-incident-impact"] .companion-of').count()).resolves.toBe(0);
    await expect(page.locator("#compare-related").innerText()).resolves.toContain(`${named.ref}${coreEn.terms.colon} ${said}`);
    await screenshot(page, "compare-companions");
    await page.close();
  });

  it("translates UK Category 3 to the Australian scale and finds C3 equivalent", async () => {
    const page = await open("#/translate");
    await page.selectOption("#translate-from", "gb/ncsc-2018");
    await page.selectOption("#translate-level", "Category 3");
    await page.selectOption("#translate-to", "au/asd");
    const c3 = page.locator('#translate-candidates .candidate[data-code="C3"]');
    await expect(c3.getAttribute("data-relation")).resolves.toBe("equivalent");
    await expect(c3.locator(".relation").innerText()).resolves.toBe(coreEn.terms.relation.equivalent);
    await screenshot(page, "translate");
    await page.close();
  });

  it("classifies on the ASD matrix question by question and shows the cell's category", async () => {
    const scale = scaleFile("au/asd/1.0.0/scale.json");
    const page = await open("#/classify");
    await page.selectOption("#classify-scale", "au/asd");
    const impact = scale.dimensions[0]!;
    const stakeholder = scale.dimensions[1]!;
    if (impact.type !== "ordinal" || stakeholder.type !== "ordinal") throw new Error("ASD dimensions are ordinal");
    const facts = { [impact.code]: impact.options[3]!.code, [stakeholder.code]: stakeholder.options[5]!.code };
    await page.locator(`[data-dimension="${impact.code}"] input[value="${facts[impact.code]}"]`).check();
    // One answer narrows the range but does not settle it.
    await expect(page.locator("#classify-range").count()).resolves.toBe(1);
    await page.locator(`[data-dimension="${stakeholder.code}"] input[value="${facts[stakeholder.code]}"]`).check();
    const expected = classify(scale, facts).level!.code;
    await expect(page.locator("#classify-level").getAttribute("data-code")).resolves.toBe(expected);
    expect(JSON.parse(await page.locator("#classify-facts").innerText())).toEqual(facts);
    // The trace in words: the core's classification messages come with the view, in the page's language.
    const { trace } = classify(scale, facts);
    expect(trace.length).toBeGreaterThan(0);
    await expect(page.locator("#classify-trace li").allInnerTexts()).resolves.toEqual(trace.map((step) => renderTraceStep(step, coreEn)));
    await screenshot(page, "classify-asd");
    await page.selectOption("#lang-switch", "es");
    // The view is drawn again once its messages are there: wait for the trace in Spanish, then compare it whole.
    const spanish = trace.map((step) => renderTraceStep(step, coreEs));
    await page.waitForFunction((first) => document.querySelector("#classify-trace li")?.textContent === first, spanish[0]!);
    await expect(page.locator("#classify-trace li").allInnerTexts()).resolves.toEqual(spanish);
    await page.close();
  });

  it("narrows the NCISS range as questions are answered", async () => {
    const scale = scaleFile("us/nciss/1.0.0/scale.json");
    const page = await open("#/classify");
    await page.selectOption("#classify-scale", "us/nciss");
    const range = async () => {
      const el = page.locator("#classify-score-range");
      return [Number(await el.getAttribute("data-min")), Number(await el.getAttribute("data-max"))] as const;
    };
    const before = await range();
    const [first, second] = scale.dimensions;
    if (first?.type !== "ordinal" || second?.type !== "ordinal") throw new Error("NCISS dimensions are ordinal");
    await page.locator(`[data-dimension="${first.code}"] input[value="${first.options[first.options.length - 1]!.code}"]`).check();
    await page.locator(`[data-dimension="${second.code}"] input[value="${second.options[second.options.length - 1]!.code}"]`).check();
    const after = await range();
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(after[1]).toBeLessThanOrEqual(before[1]);
    expect(after[1] - after[0]).toBeLessThan(before[1] - before[0]);
    await screenshot(page, "classify-nciss");
    await page.close();
  });

  it("shows a pasted broken document's code and line, and validates it once fixed in the editor", async () => {
    const good = readFileSync(join(EXAMPLE_REGISTRY, "gb/ncsc-2018/1.0.0/scale.json"), "utf8");
    const pretty = `${JSON.stringify(JSON.parse(good), null, 2)}\n`;
    const broken = pretty.replace('"direction": "descending"', '"direction": "sideways"');
    expect(broken).not.toBe(pretty);
    const expected = validateText(broken).issues.find((i) => i.severity === "error")!;
    const page = await openEditorWith(broken);
    const issue = page.locator(`#edit-issues .issue[data-code="${expected.code}"]`).first();
    await expect(issue.getAttribute("data-line")).resolves.toBe(String(expected.line));
    await expect(issue.innerText()).resolves.toContain(en.editJump(expected.line!, expected.column!));
    // Click the issue: the editor scrolls to it, where it is underlined, and the cursor is on its line.
    await issue.locator("button").click();
    await page.waitForSelector("#edit-editor .cm-lintRange-error");
    const cursorLine = await page.evaluate(() => {
      const sel = getSelection();
      return sel?.anchorNode ? (sel.anchorNode.nodeType === 1 ? (sel.anchorNode as Element) : sel.anchorNode.parentElement)?.closest(".cm-line")?.textContent : null;
    });
    expect(cursorLine).toContain('"sideways"');
    await screenshot(page, "edit-broken");
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.insertText('  "direction": "descending",');
    await expect(page.locator("#edit-status").innerText()).resolves.toContain(en.editValid("scale"));
    await expect(page.locator("#edit-issues .issue.error").count()).resolves.toBe(0);
    await expect(page.locator("#edit-preview-scale").innerText()).resolves.toContain(en.directionDescending);
    await page.close();
  });

  it("words a pasted assessment's own findings: the assessment messages come with the edit view", async () => {
    const text = readFileSync(join(import.meta.dirname, "../../../examples/invalid/assessment_supersedes_self.json"), "utf8");
    const expected = validateText(text).issues.find((i) => i.code === "assessment_supersedes_self")!;
    const page = await openEditorWith(text);
    const issue = page.locator(`#edit-issues .issue[data-code="${expected.code}"]`).first();
    expect((await issue.locator(".message").innerText()).trim()).toBe(renderMessage(expected, coreEn));
    await page.close();
  });

  it("switches to Spanish and shows Spanish labels", async () => {
    const page = await open("#/compare");
    await page.selectOption("#lang-switch", "es");
    await page.waitForSelector('html[lang="es"]');
    await expect(page.locator("#nav-compare").innerText()).resolves.toBe(es.navCompare);
    await expect(page.locator("h2").nth(1).innerText()).resolves.toBe(es.compareHeading);
    await screenshot(page, "compare-es");
    // The core's words come in Spanish too: a translation's relation, from the core's es locale.
    await page.click("#nav-translate");
    await page.selectOption("#translate-from", "gb/ncsc-2018");
    await page.selectOption("#translate-level", "Category 3");
    await page.selectOption("#translate-to", "au/asd");
    await expect(page.locator('#translate-candidates .candidate[data-code="C3"] .relation').innerText()).resolves.toBe(coreEs.terms.relation.equivalent);
    await page.close();
  });

  it("is keyboard navigable and fits a 360 px screen", async () => {
    const page = await open("#/compare", { width: 360 });
    await page.locator('.band[data-scale="au/asd"]').first().focus();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-code"));
    const second = await page.locator('.band[data-scale="au/asd"]').nth(1).getAttribute("data-code");
    expect(focused).toBe(second);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "compare-360");
    await page.close();
  });
});

describe("registry sources in the page", () => {
  it("verifies signatures once a keyring is given, and loads a registry folder chosen in the page", async () => {
    const page = await open("#/compare", { lang: "en" });
    await page.setInputFiles("#registry-keyring", join(EXAMPLE_REGISTRY, "../keys/demo-keyring.json"));
    await page.waitForSelector(`text=${en.registrySignaturesChecked}`);
    await expect(page.locator("#registry-failed").count()).resolves.toBe(0);
    await expect(page.locator("#registry-ok").count()).resolves.toBe(1);
    // A folder picked with the folder input is read as a registry (its index.json at the top).
    await page.setInputFiles("#registry-files", EXAMPLE_REGISTRY);
    await page.waitForSelector(`text=${en.registryFrom(en.registryDropped)}`);
    await expect(page.locator("#registry-ok").count()).resolves.toBe(1);
    await expect(page.locator(".band[data-scale]").count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe("the viewer alone", () => {
  it("shows the bundled example registry when no registry is served beside it", async () => {
    const alone = await serveViewer(null);
    try {
      const page = await browser.newPage({ locale: "en-GB" });
      await page.goto(`${alone.url}#/compare`);
      await page.waitForSelector("#registry-ok");
      await expect(page.locator("#registry-source").innerText()).resolves.toContain(en.registryFrom(en.registryBundled));
      await expect(page.locator(".band[data-scale]").count()).resolves.toBeGreaterThan(0);
      await page.close();
    } finally {
      await alone.close();
    }
  });
});

describe("a tampered registry", () => {
  let dir: string;
  let tampered: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sevscale-tampered-"));
    cpSync(EXAMPLE_REGISTRY, dir, { recursive: true });
    const file = join(dir, "au/asd/1.0.0/scale.json");
    const doc = JSON.parse(readFileSync(file, "utf8")) as Scale;
    (doc.levels[0]!.label as Record<string, string>)["en"] = "Tampered";
    writeFileSync(file, JSON.stringify(doc, null, 2));
    tampered = await serveViewer(dir);
  });
  afterAll(async () => {
    await tampered?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is reported: the document is named, not used, and the digest mismatch is given", async () => {
    const page = await browser.newPage();
    await page.goto(`${tampered.url}?lang=en`);
    const failed = page.locator("#registry-failed");
    await expect(failed.innerText()).resolves.toContain("au/asd/1.0.0/scale.json");
    await expect(failed.innerText()).resolves.toContain(en.registryFailed(1));
    await expect(page.locator('#registry-findings .issue[data-code="registry_digest_mismatch"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.band[data-scale="au/asd"]').count()).resolves.toBe(0);
    await screenshot(page, "tampered");
    await page.close();
  });
});
