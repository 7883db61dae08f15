/** Portuguese wording of the registry messages. */
import type { REGISTRY_MESSAGES } from "../../registry/messages.js";
import { templates } from "../../i18n/templates.js";

export const registry = templates<typeof REGISTRY_MESSAGES>()({
  registry_source_kind: "Este é um documento do tipo {found}; um registro é construído apenas a partir de documentos de escala e de mapeamento.",
  registry_private_key: "Este valor é uma chave privada (uma JWK com o membro \"d\"): chaves privadas nunca entram em um registro. Remova-a e considere a chave comprometida se o arquivo tiver sido compartilhado.",
  registry_duplicate_version: "A versão {version} de {id} também está em {other} com conteúdo diferente; cada versão de um documento tem um único conteúdo.",
  registry_release_modified: "A versão {version} de {id} já foi publicada ({status}) no registro com outro conteúdo (SHA-256 {listed}, agora {actual}). Uma versão publicada é imutável: publique a alteração como uma nova versão.",
  registry_output_overlaps_source: "Há sobreposição entre o diretório do registro {out} e a origem {source}; construa o registro fora das suas origens.",
  registry_write_failed: "Não foi possível gravar {path} ({reason}); os arquivos já gravados estão completos, e o índice lista apenas arquivos que passam na verificação.",
  registry_existing_invalid: "O registro já existente em {path} não passa na verificação (veja as constatações listadas com ele); ele só será atualizado depois de corrigido.",
  registry_source_unsupported: "{source} não é um diretório nem uma URL http(s).",
  registry_index_invalid: "O índice do registro não tem aqui a estrutura exigida ({detail}).",
  registry_path_unsafe: "O caminho \"{path}\" foi recusado ({reason}): os caminhos do registro são relativos, usam barras normais, não têm segmentos \".\" nem \"..\" e não saem do registro. Ele não foi lido.",
  registry_path_unexpected: "O documento está armazenado em \"{path}\"; segundo a estrutura do registro, deveria estar em \"{expected}\".",
  registry_entry_mismatch: "O índice diz que {member} é \"{listed}\", mas o documento diz \"{actual}\".",
  registry_digest_mismatch: "O resumo {algorithm} da forma canônica do documento é {actual}, mas o índice lista {listed}: o documento foi alterado depois da construção do índice.",
  registry_signature_missing: "O índice lista a assinatura {path}, mas não é possível lê-la.",
  registry_kid_mismatch: "O índice diz que o documento está assinado com a chave {listed}, mas a assinatura dele indica a chave {actual}.",
  document_unsigned: "{path} não está assinado e nenhuma chave do chaveiro pode assinar o seu espaço de nomes: só é tão fiável quanto o servidor do registo.",
  registry_signatures_unchecked: "{count} assinaturas não foram verificadas porque nenhum chaveiro foi informado.",
  registry_file_unlisted: "{path} está no diretório do registro, mas não consta no índice.",
  registry_fetch_failed: "Não foi possível obter {url} ({reason}).",
  registry_fetch_status: "Ao obter {url}, a resposta foi HTTP {status}.",
  registry_redirect_refused: "{url} redireciona para {location}, fora da URL base do registro; o redirecionamento não foi seguido.",
  registry_argument_invalid: "{option} \"{value}\" não é válido: esperava-se {expected}. Nada foi escrito.",
  registry_carried_unverified: "A versão {version} de {id} é mantida do registo (a sua fonte não está entre as fontes) e a sua assinatura não é verificada ({reason}). Uma construção nunca assina o que não leu das suas fontes: reponha o documento publicado ou junte a sua fonte às fontes.",
  registry_carried_unsigned: "A versão {version} de {id} é mantida do registo sem assinatura, e esta construção assina: uma construção nunca assina o que não leu das suas fontes. Junte a sua fonte às fontes para que seja verificada e assinada.",
  document_signature_required: "{path} não está assinado, mas o chaveiro tem chaves para o seu espaço de nomes \"{namespace}\": um documento de um espaço de nomes coberto pelo chaveiro tem de estar assinado por uma chave autorizada. Não foi carregado.",
  registry_url_credentials: "O URL do registo {url} contém um nome de utilizador ou uma palavra-passe; as credenciais nunca vão num URL (acabam em registos e mensagens). Sirva o registo sem elas.",
  registry_deadline_reached: "A verificação parou no seu prazo de {seconds} s: foram verificados {checked} de {total} documentos; os outros não foram lidos. Verifique de novo com um prazo maior.",
});
