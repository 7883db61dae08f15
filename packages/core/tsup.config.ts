import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "locales/en": "src/locales/en/index.ts",
    "locales/es": "src/locales/es/index.ts",
    "locales/fr": "src/locales/fr/index.ts",
    "locales/pt": "src/locales/pt/index.ts",
  },
  format: ["esm"],
  dts: true,
  clean: true,
});
