/** Portuguese wording of the export and import messages. */
import type { EXPORT_MESSAGES } from "../../export/messages.js";
import { templates } from "../../i18n/templates.js";

/** Portuguese (Brazilian) templates of export and import (`@sevscale/core/export`). */
export const exportMessages = templates<typeof EXPORT_MESSAGES>()({
  sssom_metadata_invalid: "O bloco de metadados SSSOM (as linhas que começam com #) não é um mapa YAML: {reason}.",
  sssom_table_invalid: "Não é possível ler a tabela SSSOM na linha {line}: {reason}.",
  sssom_column_missing: "A tabela SSSOM não tem a coluna \"{column}\", obrigatória no SSSOM.",
  sssom_slot_missing: "Os metadados SSSOM não têm \"{slot}\", necessário para montar um mapeamento.",
  sssom_value_invalid: "Linha {line}: \"{value}\" não é um valor válido para {slot}.",
  sssom_no_rows: "O arquivo SSSOM não tem linhas de mapeamento.",
  export_mapping_mismatch: "O mapeamento {mappingId} não se refere à escala {scaleId} (o sujeito dele é outra escala), então não serve para esta exportação.",
  misp_version_not_encodable: "A versão {version} não pode ser escrita como versão inteira do MISP (maior·10000 + menor·100 + correção exige menor e correção abaixo de 100); o número escrito pode repetir o de outra versão.",
});
