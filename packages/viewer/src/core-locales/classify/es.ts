/** The core's Spanish classification messages (facts, results, trace steps), fetched with the classify view (see ../index.ts). */
export { classifyMessages as messages } from "@sevscale/core/locales/es/parts";
