/**
 * The two verb families of docs/architecture.md, held for every export: `parse*` / `assert*`
 * throw a SevscaleError (with the issues) on bad input; `safe*` never throws and says
 * `ok: false` with the issues instead.
 */
import { describe, expect, it } from "vitest";
import * as core from "./index.js";
import { SevscaleError } from "./issues/error.js";

type AnyFunction = (...args: unknown[]) => unknown;
const functions = Object.entries(core as Record<string, unknown>).filter((e): e is [string, AnyFunction] => typeof e[1] === "function" && !/^[A-Z]/.test(e[0]));
const throwing = functions.filter(([name]) => /^(parse|assert)[A-Z]/.test(name));
const safe = functions.filter(([name]) => /^safe[A-Z]/.test(name));

/** Input no document function accepts: not canonical JSON (NaN), not a keyring, not a key, not JSON text. */
const BAD: readonly unknown[] = [{ value: Number.NaN }, { kty: "none" }];

describe("verb families", () => {
  it("the families are not empty (the checks below cannot pass vacuously)", () => {
    expect(throwing.length).toBeGreaterThanOrEqual(5);
    expect(safe.length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, fn] of throwing) {
    it(`${name} throws a SevscaleError carrying issues on bad input`, async () => {
      let caught: unknown;
      try {
        await fn(...BAD);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SevscaleError);
      expect((caught as SevscaleError).issues.length).toBeGreaterThan(0);
    });
  }

  for (const [name, fn] of safe) {
    it(`${name} does not throw on bad input and answers ok: false with issues`, async () => {
      const bad = name === "safeParseJsonDocument" ? ['{"a": 1, "a": 2}'] : BAD;
      const result = (await fn(...bad)) as { ok: boolean; issues: readonly unknown[] };
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    });
  }
});
