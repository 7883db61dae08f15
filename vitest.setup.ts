import fc from "fast-check";
import { afterEach, beforeEach, vi } from "vitest";

// Properties run with a fixed seed in CI (reproducible) and a fresh one locally (more coverage).
// fast-check prints the seed and the shrunk counterexample on failure; FC_SEED replays it.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : Date.now() ^ (Math.random() * 0x100000000);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_NUM_RUNS ?? 100) });

// Fail a test that writes to the console: the core never logs, and CLI tests capture output.
const methods = ["log", "info", "warn", "error", "debug"] as const;
let spies: { restore(): void; calls: unknown[][] }[] = [];
beforeEach(() => {
  spies = methods.map((m) => {
    const spy = vi.spyOn(console, m).mockImplementation(() => undefined);
    return { restore: () => spy.mockRestore(), calls: spy.mock.calls };
  });
});
afterEach(() => {
  const used = spies.flatMap((s, i) => (s.calls.length > 0 ? [`console.${methods[i]}: ${String(s.calls[0]?.[0]).slice(0, 200)}`] : []));
  for (const s of spies) s.restore();
  if (used.length > 0) throw new Error(`unexpected console output in test:\n${used.join("\n")}`);
});
