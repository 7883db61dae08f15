/** The core's English translation messages, which only the translate view shows (the compare view shows no issue), fetched with it (see ../index.ts). */
export { translateMessages as messages } from "@sevscale/core/locales/en/parts";
