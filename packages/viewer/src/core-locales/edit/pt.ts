/** The core's Portuguese assessment messages, which only the edit view reports (a registry holds no assessments), fetched with it (see ../index.ts). */
export { assessmentMessages as messages } from "@sevscale/core/locales/pt/parts";
