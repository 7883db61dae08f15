/** Portuguese wording of the mapping audit's messages and crosswalk steps. */
import type { AUDIT_MESSAGES } from "../../audit/messages.js";
import { templates } from "../../i18n/templates.js";

/** Portuguese (Brazilian) templates of the mapping audit (`auditMapping`). */
export const auditMessages = templates<typeof AUDIT_MESSAGES>()({
  audit_no_crosswalk: "O mapeamento {mapping} não tem tabela de correspondência entre os critérios da sua escala e os da escala de referência, por isso não pode ser auditado. Acrescente um \"crosswalk\" (veja docs/audit.md).",
  audit_scale_mismatch: "O mapeamento {mapping} tem {expected} como escala {role}, mas a escala fornecida é {actual}.",
  audit_sampled: "Há {total} combinações de critérios, mais do que o orçamento: foi verificada uma amostra de {checked} (semente {seed}), não todas.",
  audit_disagreement: "O nível {level} é mapeado para {band}, mas pelos critérios {count|esta|estas} {count} {count|combinação vale|combinações valem} {reference} na escala de referência.",
  audit_undecided: "{count} {count|combinação não pôde ser comparada|combinações não puderam ser comparadas}: uma das escalas não lhes dá nível, ou o seu nível não tem faixa no mapeamento.",
  crosswalk_option_implies: "Correspondência: {dimension} = {option} implica {values}.",
  crosswalk_band_implies: "Correspondência: {dimension} = {value} (faixa a partir de {atLeast}) implica {values}.",
  crosswalk_no_band: "Correspondência: {dimension} = {value} está abaixo de todas as faixas, por isso não implica nada.",
  crosswalk_assumed: "Correspondência: nenhum critério dá {dimension}, por isso assume-se {option}.",
  crosswalk_reference_facts: "Fatos na escala de referência: {facts}.",
});
