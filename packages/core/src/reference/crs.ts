/**
 * The common reference scale CRS 1.0 (docs/reference-scale.md): six levels R0–R5, three
 * dimensions (effect, scope, national-interest) and the method "most severe of the effect × scope
 * matrix and the level implied by national interest". An ordinary Scale document.
 */
import type { ScaleInput } from "../model/scale.js";

type CrsText = { en: string; es: string; fr: string; pt: string };

const level = (code: string, hex: string, colorName: CrsText, label: CrsText, definition: CrsText) => ({
  code,
  label,
  definition,
  color: { hex, name: colorName },
});

/** Effect rows (E0–E4) × scope columns (S0–S5) → reference level. */
const MATRIX: readonly (readonly string[])[] = [
  ["R0", "R0", "R0", "R0", "R0", "R0"],
  ["R0", "R0", "R1", "R2", "R2", "R2"],
  ["R1", "R1", "R1", "R2", "R3", "R3"],
  ["R1", "R1", "R2", "R3", "R4", "R5"],
  ["R1", "R1", "R2", "R3", "R5", "R5"],
];

/** The id of the built-in reference scale. */
export const REFERENCE_SCALE_ID = "sevscale/crs";

/** The built-in common reference scale, CRS 1.0, as a Scale document. */
export const REFERENCE_SCALE = {
  $schema: "https://sevscale.org/schemas/1.0/scale.schema.json",
  kind: "scale",
  id: REFERENCE_SCALE_ID,
  version: "1.0.0",
  status: "active",
  title: {
    en: "sevscale common reference scale (CRS) 1.0",
    es: "Escala común de referencia de sevscale (CRS) 1.0",
    fr: "Échelle commune de référence sevscale (CRS) 1.0",
    pt: "Escala comum de referência sevscale (CRS) 1.0",
  },
  description: {
    en: "A six-level scale that national severity scales map onto, so that any two can be compared through it. R3 is the pivot: the first level at which a state coordinates a national response.",
    es: "Escala de seis niveles sobre la que se mapean las escalas nacionales de severidad, para poder comparar dos cualesquiera a través de ella. R3 es el pivote: el primer nivel en el que un Estado coordina una respuesta nacional.",
    fr: "Échelle à six niveaux sur laquelle les échelles nationales de gravité sont alignées, afin que deux d'entre elles puissent être comparées par son intermédiaire. R3 est le pivot : le premier niveau auquel un État coordonne une réponse nationale.",
    pt: "Escala de seis níveis na qual as escalas nacionais de gravidade são mapeadas, para que quaisquer duas possam ser comparadas por meio dela. R3 é o pivô: o primeiro nível em que um Estado coordena uma resposta nacional.",
  },
  published: "2026-11-23",
  revisionHistory: [
    {
      version: "1.0.0",
      date: "2026-11-23",
      summary: { en: "First release.", es: "Primera versión.", fr: "Première version.", pt: "Primeira versão." },
    },
  ],
  publisher: {
    name: { en: "sevscale project", es: "Proyecto sevscale", fr: "Projet sevscale", pt: "Projeto sevscale" },
    type: "organisation",
    contact: { url: "https://sevscale.org/" },
  },
  license: { id: "CC0-1.0" },
  defaultLanguage: "en",
  languages: [
    { tag: "en", authoritative: true },
    { tag: "es", authoritative: true },
    { tag: "fr", authoritative: true },
    { tag: "pt", authoritative: true },
  ],
  direction: "ascending",
  // ColorBrewer "Purples" (single-hue sequential, colour-blind safe); no state uses it, so the
  // reference is never mistaken for a national level.
  levels: [
    level(
      "R0",
      "#F2F0F7",
      { en: "pale lavender", es: "lavanda pálido", fr: "lavande pâle", pt: "lavanda-pálido" },
      { en: "Baseline", es: "Base", fr: "Référence", pt: "Base" },
      {
        en: "No confirmed impact: unsuccessful, blocked or inconsequential activity. Routine handling by the affected party.",
        es: "Sin impacto confirmado: actividad fallida, bloqueada o sin consecuencias. Gestión rutinaria por la parte afectada.",
        fr: "Aucun impact confirmé : activité infructueuse, bloquée ou sans conséquence. Traitement courant par la partie concernée.",
        pt: "Sem impacto confirmado: atividade malsucedida, bloqueada ou sem consequências. Tratamento de rotina pela parte afetada.",
      },
    ),
    level(
      "R1",
      "#DADAEB",
      { en: "light lavender", es: "lavanda claro", fr: "lavande clair", pt: "lavanda-claro" },
      { en: "Low", es: "Bajo", fr: "Faible", pt: "Baixo" },
      {
        en: "Confirmed impact limited to individuals or a small organisation; no effect on essential services or national interests expected.",
        es: "Impacto confirmado limitado a personas o a una organización pequeña; no se esperan efectos sobre servicios esenciales ni intereses nacionales.",
        fr: "Impact confirmé limité à des particuliers ou à une petite organisation ; aucun effet attendu sur les services essentiels ni sur les intérêts nationaux.",
        pt: "Impacto confirmado limitado a pessoas ou a uma organização pequena; não se esperam efeitos sobre serviços essenciais nem interesses nacionais.",
      },
    ),
    level(
      "R2",
      "#BCBDDC",
      { en: "lavender", es: "lavanda", fr: "lavande", pt: "lavanda" },
      { en: "Moderate", es: "Moderado", fr: "Modéré", pt: "Moderado" },
      {
        en: "Impact on a medium-sized organisation or a local service, or a credible risk to a large one; may affect national interests. Typically reportable to the national CSIRT.",
        es: "Impacto en una organización mediana o un servicio local, o riesgo creíble para una grande; puede afectar intereses nacionales. Normalmente debe notificarse al CSIRT nacional.",
        fr: "Impact sur une organisation de taille moyenne ou un service local, ou risque crédible pour une grande organisation ; peut toucher les intérêts nationaux. À signaler en général au CSIRT national.",
        pt: "Impacto numa organização de médio porte ou num serviço local, ou risco credível para uma grande; pode afetar interesses nacionais. Normalmente notificável ao CSIRT nacional.",
      },
    ),
    level(
      "R3",
      "#9E9AC8",
      { en: "medium purple", es: "púrpura medio", fr: "violet moyen", pt: "roxo médio" },
      { en: "Significant", es: "Significativo", fr: "Significatif", pt: "Significativo" },
      {
        en: "Serious impact on a large organisation, a sub-national government or a sector, or a considerable risk to central government or essential services; a demonstrable effect on national interests. National coordination begins.",
        es: "Impacto grave en una organización grande, un gobierno subnacional o un sector, o riesgo considerable para el gobierno central o servicios esenciales; efecto demostrable sobre intereses nacionales. Comienza la coordinación nacional.",
        fr: "Impact grave sur une grande organisation, une collectivité infranationale ou un secteur, ou risque considérable pour l'administration centrale ou des services essentiels ; effet démontrable sur les intérêts nationaux. La coordination nationale commence.",
        pt: "Impacto grave numa organização grande, num governo subnacional ou num setor, ou risco considerável para o governo central ou serviços essenciais; efeito demonstrável sobre interesses nacionais. Inicia-se a coordenação nacional.",
      },
    ),
    level(
      "R4",
      "#756BB1",
      { en: "purple", es: "púrpura", fr: "violet", pt: "roxo" },
      { en: "Severe", es: "Grave", fr: "Grave", pt: "Grave" },
      {
        en: "Serious impact on central government, essential services, a large share of the population or the national economy; significant effect on public health or safety, national security, economic security, foreign relations or civil liberties. Cross-government response under senior leadership.",
        es: "Impacto grave en el gobierno central, servicios esenciales, una gran parte de la población o la economía nacional; efecto significativo sobre la salud o seguridad públicas, la seguridad nacional, la seguridad económica, las relaciones exteriores o las libertades civiles. Respuesta interministerial bajo dirección de alto nivel.",
        fr: "Impact grave sur l'administration centrale, des services essentiels, une grande partie de la population ou l'économie nationale ; effet significatif sur la santé ou la sécurité publiques, la sécurité nationale, la sécurité économique, les relations extérieures ou les libertés publiques. Réponse interministérielle sous une direction de haut niveau.",
        pt: "Impacto grave no governo central, em serviços essenciais, numa grande parte da população ou na economia nacional; efeito significativo sobre a saúde ou segurança públicas, a segurança nacional, a segurança económica, as relações externas ou as liberdades civis. Resposta interministerial sob liderança de alto nível.",
      },
    ),
    level(
      "R5",
      "#54278F",
      { en: "deep purple", es: "púrpura oscuro", fr: "violet foncé", pt: "roxo-escuro" },
      { en: "Emergency", es: "Emergencia", fr: "Urgence", pt: "Emergência" },
      {
        en: "Sustained disruption of essential services, or an imminent threat to national security, government stability or lives. Whole-of-government crisis response, often international.",
        es: "Interrupción sostenida de servicios esenciales, o amenaza inminente para la seguridad nacional, la estabilidad del gobierno o vidas humanas. Respuesta de crisis de todo el gobierno, a menudo internacional.",
        fr: "Perturbation durable de services essentiels, ou menace imminente pour la sécurité nationale, la stabilité du gouvernement ou des vies. Réponse de crise de l'ensemble du gouvernement, souvent internationale.",
        pt: "Interrupção sustentada de serviços essenciais, ou ameaça iminente à segurança nacional, à estabilidade do governo ou a vidas. Resposta de crise de todo o governo, frequentemente internacional.",
      },
    ),
  ],
  sentinels: [
    {
      code: "unknown",
      meaning: "unknown",
      label: { en: "Unknown", es: "Desconocido", fr: "Inconnu", pt: "Desconhecido" },
      definition: {
        en: "Not yet assessed.",
        es: "Aún no evaluado.",
        fr: "Pas encore évalué.",
        pt: "Ainda não avaliado.",
      },
    },
    {
      code: "out-of-scope",
      meaning: "out-of-scope",
      label: { en: "Out of scope", es: "Fuera de alcance", fr: "Hors périmètre", pt: "Fora do âmbito" },
      definition: {
        en: "Not a cyber incident for this scale.",
        es: "No es un incidente cibernético para esta escala.",
        fr: "Pas un incident cyber au sens de cette échelle.",
        pt: "Não é um incidente cibernético para esta escala.",
      },
    },
  ],
  significance: {
    level: "R3",
    meaning: {
      en: "National coordination begins.",
      es: "Comienza la coordinación nacional.",
      fr: "La coordination nationale commence.",
      pt: "Inicia-se a coordenação nacional.",
    },
  },
  dimensions: [
    {
      code: "effect",
      type: "ordinal",
      label: { en: "Effect", es: "Efecto", fr: "Effet", pt: "Efeito" },
      definition: {
        en: "What happened to systems and services (the most serious observed).",
        es: "Qué les ocurrió a los sistemas y servicios (lo más grave observado).",
        fr: "Ce qui est arrivé aux systèmes et services (le plus grave observé).",
        pt: "O que aconteceu aos sistemas e serviços (o mais grave observado).",
      },
      options: [
        {
          code: "E0",
          label: { en: "None confirmed", es: "Ninguno confirmado", fr: "Aucun confirmé", pt: "Nenhum confirmado" },
          definition: {
            en: "Unsuccessful, blocked, or no observable effect.",
            es: "Fallido, bloqueado o sin efecto observable.",
            fr: "Infructueux, bloqué ou sans effet observable.",
            pt: "Malsucedido, bloqueado ou sem efeito observável.",
          },
        },
        {
          code: "E1",
          label: { en: "Low-level malicious activity", es: "Actividad maliciosa de bajo nivel", fr: "Activité malveillante de faible niveau", pt: "Atividade maliciosa de baixo nível" },
          definition: {
            en: "Scanning, phishing or malware without confirmed compromise; preliminary indications.",
            es: "Escaneo, phishing o malware sin compromiso confirmado; indicios preliminares.",
            fr: "Balayage, hameçonnage ou logiciel malveillant sans compromission confirmée ; indices préliminaires.",
            pt: "Varredura, phishing ou malware sem comprometimento confirmado; indícios preliminares.",
          },
        },
        {
          code: "E2",
          label: { en: "Isolated compromise", es: "Compromiso aislado", fr: "Compromission isolée", pt: "Comprometimento isolado" },
          definition: {
            en: "A few systems or accounts compromised; services unaffected.",
            es: "Unos pocos sistemas o cuentas comprometidos; servicios no afectados.",
            fr: "Quelques systèmes ou comptes compromis ; services non affectés.",
            pt: "Poucos sistemas ou contas comprometidos; serviços não afetados.",
          },
        },
        {
          code: "E3",
          label: { en: "Extensive compromise or serious disruption", es: "Compromiso extenso o interrupción grave", fr: "Compromission étendue ou perturbation grave", pt: "Comprometimento extenso ou interrupção grave" },
          definition: {
            en: "Spread across networks, privileged or core credentials, denial or severe degradation of services, destruction or exfiltration of sensitive data.",
            es: "Propagación por las redes, credenciales privilegiadas o críticas, denegación o degradación grave de servicios, destrucción o exfiltración de datos sensibles.",
            fr: "Propagation dans les réseaux, identifiants privilégiés ou critiques, déni ou dégradation grave de services, destruction ou exfiltration de données sensibles.",
            pt: "Propagação pelas redes, credenciais privilegiadas ou críticas, negação ou degradação grave de serviços, destruição ou exfiltração de dados sensíveis.",
          },
        },
        {
          code: "E4",
          label: { en: "Sustained disruption", es: "Interrupción sostenida", fr: "Perturbation durable", pt: "Interrupção sustentada" },
          definition: {
            en: "Prolonged loss of essential services, physical consequences, harm to people.",
            es: "Pérdida prolongada de servicios esenciales, consecuencias físicas, daño a personas.",
            fr: "Perte prolongée de services essentiels, conséquences physiques, atteintes aux personnes.",
            pt: "Perda prolongada de serviços essenciais, consequências físicas, danos a pessoas.",
          },
        },
      ],
    },
    {
      code: "scope",
      type: "ordinal",
      label: { en: "Scope", es: "Alcance", fr: "Périmètre", pt: "Âmbito" },
      definition: {
        en: "The most critical party affected.",
        es: "La parte más crítica afectada.",
        fr: "La partie la plus critique touchée.",
        pt: "A parte mais crítica afetada.",
      },
      options: [
        { code: "S0", label: { en: "Individuals", es: "Personas", fr: "Particuliers", pt: "Pessoas" } },
        { code: "S1", label: { en: "Small organisations", es: "Organizaciones pequeñas", fr: "Petites organisations", pt: "Organizações pequenas" } },
        {
          code: "S2",
          label: {
            en: "Medium-sized organisations, local government, schools",
            es: "Organizaciones medianas, gobierno local, escuelas",
            fr: "Organisations de taille moyenne, collectivités locales, écoles",
            pt: "Organizações de médio porte, governo local, escolas",
          },
        },
        {
          code: "S3",
          label: {
            en: "Large organisations, sub-national government, academia, a sector's supply chain",
            es: "Organizaciones grandes, gobierno subnacional, academia, la cadena de suministro de un sector",
            fr: "Grandes organisations, collectivités infranationales, monde académique, chaîne d'approvisionnement d'un secteur",
            pt: "Organizações grandes, governo subnacional, academia, a cadeia de abastecimento de um setor",
          },
        },
        {
          code: "S4",
          label: {
            en: "Central government, essential services or regulated critical infrastructure, a large share of the population",
            es: "Gobierno central, servicios esenciales o infraestructura crítica regulada, una gran parte de la población",
            fr: "Administration centrale, services essentiels ou infrastructures critiques réglementées, une grande partie de la population",
            pt: "Governo central, serviços essenciais ou infraestrutura crítica regulada, uma grande parte da população",
          },
        },
        {
          code: "S5",
          label: {
            en: "National security, systems of national significance, several essential sectors at once",
            es: "Seguridad nacional, sistemas de importancia nacional, varios sectores esenciales a la vez",
            fr: "Sécurité nationale, systèmes d'importance nationale, plusieurs secteurs essentiels à la fois",
            pt: "Segurança nacional, sistemas de importância nacional, vários setores essenciais ao mesmo tempo",
          },
        },
      ],
    },
    {
      code: "national-interest",
      type: "ordinal",
      label: { en: "National interest", es: "Interés nacional", fr: "Intérêt national", pt: "Interesse nacional" },
      definition: {
        en: "Effect on public health or safety, national security, economic security, foreign relations, civil liberties or public confidence.",
        es: "Efecto sobre la salud o seguridad públicas, la seguridad nacional, la seguridad económica, las relaciones exteriores, las libertades civiles o la confianza pública.",
        fr: "Effet sur la santé ou la sécurité publiques, la sécurité nationale, la sécurité économique, les relations extérieures, les libertés publiques ou la confiance du public.",
        pt: "Efeito sobre a saúde ou segurança públicas, a segurança nacional, a segurança económica, as relações externas, as liberdades civis ou a confiança pública.",
      },
      options: [
        { code: "N0", label: { en: "Unlikely", es: "Improbable", fr: "Improbable", pt: "Improvável" } },
        { code: "N1", label: { en: "Possible", es: "Posible", fr: "Possible", pt: "Possível" } },
        { code: "N2", label: { en: "Demonstrable", es: "Demostrable", fr: "Démontrable", pt: "Demonstrável" } },
        { code: "N3", label: { en: "Significant", es: "Significativo", fr: "Significatif", pt: "Significativo" } },
        {
          code: "N4",
          label: {
            en: "Imminent threat to critical infrastructure services, government stability or lives",
            es: "Amenaza inminente para servicios de infraestructura crítica, la estabilidad del gobierno o vidas",
            fr: "Menace imminente pour les services d'infrastructures critiques, la stabilité du gouvernement ou des vies",
            pt: "Ameaça iminente a serviços de infraestrutura crítica, à estabilidade do governo ou a vidas",
          },
        },
      ],
    },
  ],
  method: {
    kind: "composite",
    combine: "most-severe",
    components: [
      {
        id: "impact",
        label: { en: "Effect × scope", es: "Efecto × alcance", fr: "Effet × périmètre", pt: "Efeito × âmbito" },
        method: {
          kind: "matrix",
          axes: [{ dimension: "effect" }, { dimension: "scope" }],
          cells: MATRIX.flatMap((row, e) => row.map((lvl, s) => ({ at: [`E${e}`, `S${s}`], level: lvl }))),
        },
      },
      {
        id: "national-interest",
        label: {
          en: "National-interest override",
          es: "Prevalencia del interés nacional",
          fr: "Primauté de l'intérêt national",
          pt: "Prevalência do interesse nacional",
        },
        method: {
          kind: "max",
          ratings: [{ dimension: "national-interest", levels: { N0: "R0", N1: "R2", N2: "R3", N3: "R4", N4: "R5" } }],
        },
      },
    ],
  },
} as const satisfies ScaleInput;
