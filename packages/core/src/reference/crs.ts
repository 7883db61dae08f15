/**
 * The common reference scale CRS 1.0 (docs/reference-scale.md): six levels R0–R5, three
 * dimensions (effect, scope, national-interest) and the method "most severe of the effect × scope
 * matrix and the level implied by national interest". An ordinary Scale document: the outline
 * (reference/crs-outline.ts, what the algorithms read) with its description and definitions.
 */
import type { ScaleInput } from "../model/scale.js";
import { CRS_OUTLINE } from "./crs-outline.js";

export { REFERENCE_SCALE_ID } from "./crs-outline.js";

const { levels: L, sentinels: S, dimensions: D } = CRS_OUTLINE;
const [effect, scope, nationalInterest] = D;

/** The built-in common reference scale, CRS 1.0, as a Scale document. */
export const REFERENCE_SCALE = {
  ...CRS_OUTLINE,
  description: {
    en: "A six-level scale that national severity scales map onto, so that any two can be compared through it. R3 is the pivot: the first level at which a state coordinates a national response.",
    es: "Escala de seis niveles sobre la que se mapean las escalas nacionales de severidad, para poder comparar dos cualesquiera a través de ella. R3 es el pivote: el primer nivel en el que un Estado coordina una respuesta nacional.",
    fr: "Échelle à six niveaux sur laquelle les échelles nationales de gravité sont alignées, afin que deux d’entre elles puissent être comparées par son intermédiaire. R3 est le pivot : le premier niveau auquel un État coordonne une réponse nationale.",
    pt: "Escala de seis níveis na qual as escalas nacionais de gravidade são mapeadas, para que quaisquer duas possam ser comparadas por meio dela. R3 é o pivô: o primeiro nível em que um Estado coordena uma resposta nacional.",
  },
  levels: [
    { ...L[0], definition: {
      en: "No confirmed impact: unsuccessful, blocked or inconsequential activity. Routine handling by the affected party.",
      es: "Sin impacto confirmado: actividad fallida, bloqueada o sin consecuencias. Gestión rutinaria por la parte afectada.",
      fr: "Aucun impact confirmé : activité infructueuse, bloquée ou sans conséquence. Traitement courant par la partie concernée.",
      pt: "Sem impacto confirmado: atividade malsucedida, bloqueada ou sem consequências. Tratamento de rotina pela parte afetada.",
    } },
    { ...L[1], definition: {
      en: "Confirmed impact limited to individuals or a small organisation; no effect on essential services or national interests expected.",
      es: "Impacto confirmado limitado a personas o a una organización pequeña; no se esperan efectos sobre servicios esenciales ni intereses nacionales.",
      fr: "Impact confirmé limité à des particuliers ou à une petite organisation ; aucun effet attendu sur les services essentiels ni sur les intérêts nationaux.",
      pt: "Impacto confirmado limitado a pessoas ou a uma organização pequena; não se esperam efeitos sobre serviços essenciais nem interesses nacionais.",
    } },
    { ...L[2], definition: {
      en: "Impact on a medium-sized organisation or a local service, or a credible risk to a large one; may affect national interests. Typically reportable to the national CSIRT.",
      es: "Impacto en una organización mediana o un servicio local, o riesgo creíble para una grande; puede afectar intereses nacionales. Normalmente debe notificarse al CSIRT nacional.",
      fr: "Impact sur une organisation de taille moyenne ou un service local, ou risque crédible pour une grande organisation ; peut toucher les intérêts nationaux. À signaler en général au CSIRT national.",
      pt: "Impacto numa organização de médio porte ou num serviço local, ou risco credível para uma grande; pode afetar interesses nacionais. Normalmente notificável ao CSIRT nacional.",
    } },
    { ...L[3], definition: {
      en: "Serious impact on a large organisation, a sub-national government or a sector, or a considerable risk to central government or essential services; a demonstrable effect on national interests. National coordination begins.",
      es: "Impacto grave en una organización grande, un gobierno subnacional o un sector, o riesgo considerable para el gobierno central o servicios esenciales; efecto demostrable sobre intereses nacionales. Comienza la coordinación nacional.",
      fr: "Impact grave sur une grande organisation, une collectivité infranationale ou un secteur, ou risque considérable pour l’administration centrale ou des services essentiels ; effet démontrable sur les intérêts nationaux. La coordination nationale commence.",
      pt: "Impacto grave numa organização grande, num governo subnacional ou num setor, ou risco considerável para o governo central ou serviços essenciais; efeito demonstrável sobre interesses nacionais. Inicia-se a coordenação nacional.",
    } },
    { ...L[4], definition: {
      en: "Serious impact on central government, essential services, a large share of the population or the national economy; significant effect on public health or safety, national security, economic security, foreign relations or civil liberties. Cross-government response under senior leadership.",
      es: "Impacto grave en el gobierno central, servicios esenciales, una gran parte de la población o la economía nacional; efecto significativo sobre la salud o seguridad públicas, la seguridad nacional, la seguridad económica, las relaciones exteriores o las libertades civiles. Respuesta interministerial bajo dirección de alto nivel.",
      fr: "Impact grave sur l’administration centrale, des services essentiels, une grande partie de la population ou l’économie nationale ; effet significatif sur la santé ou la sécurité publiques, la sécurité nationale, la sécurité économique, les relations extérieures ou les libertés publiques. Réponse interministérielle sous une direction de haut niveau.",
      pt: "Impacto grave no governo central, em serviços essenciais, numa grande parte da população ou na economia nacional; efeito significativo sobre a saúde ou segurança públicas, a segurança nacional, a segurança económica, as relações externas ou as liberdades civis. Resposta interministerial sob liderança de alto nível.",
    } },
    { ...L[5], definition: {
      en: "Sustained disruption of essential services, or an imminent threat to national security, government stability or lives. Whole-of-government crisis response, often international.",
      es: "Interrupción sostenida de servicios esenciales, o amenaza inminente para la seguridad nacional, la estabilidad del gobierno o vidas humanas. Respuesta de crisis de todo el gobierno, a menudo internacional.",
      fr: "Perturbation durable de services essentiels, ou menace imminente pour la sécurité nationale, la stabilité du gouvernement ou des vies. Réponse de crise de l’ensemble du gouvernement, souvent internationale.",
      pt: "Interrupção sustentada de serviços essenciais, ou ameaça iminente à segurança nacional, à estabilidade do governo ou a vidas. Resposta de crise de todo o governo, frequentemente internacional.",
    } },
  ],
  sentinels: [
    { ...S[0], definition: {
      en: "Not yet assessed.",
      es: "Aún no evaluado.",
      fr: "Pas encore évalué.",
      pt: "Ainda não avaliado.",
    } },
    { ...S[1], definition: {
      en: "Not a cyber incident for this scale.",
      es: "No es un incidente cibernético para esta escala.",
      fr: "Pas un incident cyber au sens de cette échelle.",
      pt: "Não é um incidente cibernético para esta escala.",
    } },
  ],
  dimensions: [
    {
      ...effect,
      definition: {
        en: "What happened to systems and services (the most serious observed).",
        es: "Qué les ocurrió a los sistemas y servicios (lo más grave observado).",
        fr: "Ce qui est arrivé aux systèmes et services (le plus grave observé).",
        pt: "O que aconteceu aos sistemas e serviços (o mais grave observado).",
      },
      options: [
        { ...effect.options[0], definition: {
          en: "Unsuccessful, blocked, or no observable effect.",
          es: "Fallido, bloqueado o sin efecto observable.",
          fr: "Infructueux, bloqué ou sans effet observable.",
          pt: "Malsucedido, bloqueado ou sem efeito observável.",
        } },
        { ...effect.options[1], definition: {
          en: "Scanning, phishing or malware without confirmed compromise; preliminary indications.",
          es: "Escaneo, phishing o malware sin compromiso confirmado; indicios preliminares.",
          fr: "Balayage, hameçonnage ou logiciel malveillant sans compromission confirmée ; indices préliminaires.",
          pt: "Varredura, phishing ou malware sem comprometimento confirmado; indícios preliminares.",
        } },
        { ...effect.options[2], definition: {
          en: "A few systems or accounts compromised; services unaffected.",
          es: "Unos pocos sistemas o cuentas comprometidos; servicios no afectados.",
          fr: "Quelques systèmes ou comptes compromis ; services non affectés.",
          pt: "Poucos sistemas ou contas comprometidos; serviços não afetados.",
        } },
        { ...effect.options[3], definition: {
          en: "Spread across networks, privileged or core credentials, denial or severe degradation of services, destruction or exfiltration of sensitive data.",
          es: "Propagación por las redes, credenciales privilegiadas o críticas, denegación o degradación grave de servicios, destrucción o exfiltración de datos sensibles.",
          fr: "Propagation dans les réseaux, identifiants privilégiés ou critiques, déni ou dégradation grave de services, destruction ou exfiltration de données sensibles.",
          pt: "Propagação pelas redes, credenciais privilegiadas ou críticas, negação ou degradação grave de serviços, destruição ou exfiltração de dados sensíveis.",
        } },
        { ...effect.options[4], definition: {
          en: "Prolonged loss of essential services, physical consequences, harm to people.",
          es: "Pérdida prolongada de servicios esenciales, consecuencias físicas, daño a personas.",
          fr: "Perte prolongée de services essentiels, conséquences physiques, atteintes aux personnes.",
          pt: "Perda prolongada de serviços essenciais, consequências físicas, danos a pessoas.",
        } },
      ],
    },
    { ...scope, definition: {
      en: "The most critical party affected.",
      es: "La parte más crítica afectada.",
      fr: "La partie la plus critique touchée.",
      pt: "A parte mais crítica afetada.",
    } },
    { ...nationalInterest, definition: {
      en: "Effect on public health or safety, national security, economic security, foreign relations, civil liberties or public confidence.",
      es: "Efecto sobre la salud o seguridad públicas, la seguridad nacional, la seguridad económica, las relaciones exteriores, las libertades civiles o la confianza pública.",
      fr: "Effet sur la santé ou la sécurité publiques, la sécurité nationale, la sécurité économique, les relations extérieures, les libertés publiques ou la confiance du public.",
      pt: "Efeito sobre a saúde ou segurança públicas, a segurança nacional, a segurança económica, as relações externas, as liberdades civis ou a confiança pública.",
    } },
  ],
} as const satisfies ScaleInput;
