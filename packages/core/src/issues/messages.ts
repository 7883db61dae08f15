import { defineMessages } from "./define.js";

/** Messages that belong to no one area: how findings themselves are reported. */
export const ISSUES_MESSAGES = defineMessages({
  findings_omitted: {
    severity: "error",
    stage: "report",
    en: "{count} more findings {code} are not listed (the first {shown} are), for example at {examples}; fix the ones listed and check again.",
    es: "No se enumeran {count} hallazgos {code} más (sí los {shown} primeros), por ejemplo en {examples}; corrija los enumerados y vuelva a revisar.",
    fr: "{count} autres constats {code} ne sont pas listés (les {shown} premiers le sont), par exemple en {examples} ; corrigez ceux qui sont listés puis relancez la vérification.",
    pt: "Não são listadas mais {count} ocorrências {code} (as {shown} primeiras são), por exemplo em {examples}; corrija as listadas e verifique de novo.",
  },
});
