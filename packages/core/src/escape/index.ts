export { UNSAFE_TEXT, clipText, escapeJsonText, escapeText, hasUnsafeText, unsafeCharacters } from "./escape.js";
