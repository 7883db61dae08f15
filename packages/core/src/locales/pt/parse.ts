/** Portuguese wording of the parsing messages. */
import type { PARSE_MESSAGES } from "../../parse/messages.js";
import { templates } from "../../i18n/templates.js";

/** Portuguese (Brazilian) templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = templates<typeof PARSE_MESSAGES>()({
  document_too_large: "O documento tem {bytes} bytes, acima do limite de {limit} bytes; não foi analisado.",
  invalid_utf8: "O documento não está em UTF-8 válido: sequência de bytes inválida no byte {byteOffset} (linha {line}, coluna {column}).",
  byte_order_mark: "O documento começa com uma marca de ordem de bytes (BOM); ela foi ignorada.",
  empty_document: "O documento está vazio ou contém apenas espaços em branco.",
  nesting_too_deep: "Listas e objetos estão aninhados em {depth} níveis, acima do limite de {limit} (linha {line}, coluna {column}); o documento não foi analisado.",
  invalid_json: "JSON inválido na linha {line}, coluna {column}: {reason} (encontrado: {found}).",
  duplicate_key: "A chave \"{key}\" aparece mais de uma vez neste objeto: na linha {line}, coluna {column}, e antes na linha {firstLine}, coluna {firstColumn}.",
  forbidden_key: "A chave \"{key}\" não é permitida em nenhum nível, porque pode alterar os protótipos de objetos nos programas que leem o documento (linha {line}, coluna {column}).",
  file_not_found: "Arquivo não encontrado: {path}.",
  file_unreadable: "Não é possível ler {path} ({reason}).",
  file_unwritable: "Não foi possível gravar {path} ({reason}); nada foi gravado ali. Verifique se a pasta existe e se você tem permissão para gravar nela.",
  not_a_directory_entry: "{path} não é um arquivo comum nem um diretório (é do tipo {kind}); não foi lido.",
  document_kind_unexpected: "Era esperado um documento do tipo “{expected}”, mas este é do tipo “{found}”.",
  mapping_not_found: "Não foi encontrado nenhum mapeamento de {scale} para a escala de referência (caminhos procurados: {tried}); indique um explicitamente.",
  mapping_not_found_stdin: "A escala {scale} foi lida da entrada padrão, então não há pasta onde procurar o mapeamento dela para a escala de referência; indique o arquivo do mapeamento com {option} <arquivo>.",
  scale_not_found_stdin: "O mapeamento foi lido da entrada padrão, então não há pasta onde procurar a escala {id} ({range}); indique o arquivo da escala com {option} <arquivo>.",
  folder_unreadable: "A pasta {path} não pode ser lida ({reason}); os documentos que contém não foram verificados.",
  link_outside_tree: "{path} é um link simbólico para {target}, fora da pasta lida; não foi seguido. Primeiro copie o documento para dentro da pasta.",
  scale_not_found: "Não foi encontrada nenhuma escala {id} no intervalo {range} em ../scales/ nem junto ao mapeamento; indique-a com --scale.",
});
