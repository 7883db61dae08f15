import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Workspace packages resolve to their TypeScript source in tests, so a fresh clone never
    // tests a stale dist/.
    conditions: ["@sevscale/source"],
  },
  // Tests run in Vite's SSR environment, which takes its own resolve conditions.
  ssr: { resolve: { conditions: ["@sevscale/source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "test/**/*.test.ts",
      "examples/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    setupFiles: ["./vitest.setup.ts"],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
