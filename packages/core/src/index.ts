/**
 * @sevscale/core — pure, isomorphic core of sevscale. No `node:` imports, no I/O, no console.
 * @packageDocumentation
 */
export * from "./issues/index.js";
export * from "./model/index.js";
export * from "./reference/index.js";
export * from "./validate/index.js";
