import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { runCli } from "./_fake-io.js";
import { detectLanguage } from "./i18n.js";

describe("sevscale program", () => {
  it("prints the version from package.json", async () => {
    const r = await runCli(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("explains usage with --help and lists the commands", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: sevscale");
    expect(r.stdout).toContain("validate");
  });

  it("gives help in Spanish with --lang es or a Spanish locale", async () => {
    for (const run of [runCli(["validate", "--help", "--lang", "es"]), runCli(["validate", "--help"], { env: { LANG: "es_MX.UTF-8" } })]) {
      const r = await run;
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Revisa documentos");
    }
  });

  it("exits 2 on usage errors: unknown command, missing argument, bad option value", async () => {
    for (const argv of [["valdate"], ["validate"], ["validate", "x.json", "--format", "xml"], ["validate", "x.json", "--max-bytes", "-3"]]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });
});

describe("detectLanguage", () => {
  it("prefers --lang, then SEVSCALE_LANG, then the locale", () => {
    expect(detectLanguage(["--lang", "es"], { SEVSCALE_LANG: "en" })).toBe("es");
    expect(detectLanguage(["--lang=en"], { LANG: "es_ES" })).toBe("en");
    expect(detectLanguage([], { SEVSCALE_LANG: "es", LANG: "en_US" })).toBe("es");
    expect(detectLanguage([], { LC_ALL: "es_AR.UTF-8" })).toBe("es");
    expect(detectLanguage([], { LANG: "fr_FR" })).toBe("fr");
    expect(detectLanguage([], { LC_MESSAGES: "pt_BR.UTF-8" })).toBe("pt");
    expect(detectLanguage([], { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(detectLanguage([], { LANG: "C.UTF-8" })).toBe("en");
    expect(detectLanguage(["--lang", "fr", "validate"], {})).toBe("fr");
    expect(detectLanguage(["--", "--lang", "fr"], {})).toBe("en");
    expect(detectLanguage([], {})).toBe("en");
  });
});
