/**
 * @sevscale/core — pure, isomorphic core of sevscale. No `node:` imports, no I/O, no console.
 * @packageDocumentation
 */
export * from "./issues/index.js";
export * from "./i18n/index.js";
export * from "./model/index.js";
export * from "./reference/index.js";
export * from "./parse/index.js";
export * from "./integrity/index.js";
export * from "./registry/index.js";
export * from "./translate/index.js";
export * from "./compare/index.js";
export * from "./diff/index.js";
export * from "./classify/index.js";
export * from "./decimal/index.js";
export * from "./validate/index.js";
export * from "./assessment/index.js";
