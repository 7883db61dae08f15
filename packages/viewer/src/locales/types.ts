import type { en } from "./en.js";

/** Widens the English literal types: every language has the same keys and the same function parameters. */
type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The viewer's texts in one language: a missing or misspelt key in any language is a compile error. */
export type ViewerTexts = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
