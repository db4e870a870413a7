/** French messages of the disclosure engine's newer controls (keys of `./en.ts`). */
import type { checkEngineEn } from './en';

export const checkEngineFr: { readonly [K in keyof typeof checkEngineEn]: string } = {
  'check.missing.heading': 'Valeurs manquantes',
  'check.missing.intro':
    'Une cellule vide est toujours manquante. Cochez les valeurs qui signifient aussi « pas de valeur » dans ce fichier (R écrit NA, Stata « . », certaines enquêtes -99). Une valeur clé manquante correspond à toute valeur lors du comptage des groupes, comme dans sdcMicro.',
  'check.missing.proposal': '{code} : {cells} cellules ({columns})',
  'check.missing.none': 'Aucune valeur ne ressemble à un code de valeur manquante.',
  'check.missing.other': 'Autres codes, séparés par des virgules',
  'check.missing.invalid':
    'Séparez les codes par des virgules ; un code vide est inutile, les cellules vides sont toujours manquantes.',
  'check.report.missingIn': 'Valeurs manquantes dans {column} (elles correspondent à toute valeur)',
  'check.report.missingApplied': 'Cellules lues comme manquantes (codes {codes})',
  'check.treat.mode': 'Comment choisir les valeurs à masquer',
  'check.treat.mode.strict':
    "Respecter strictement l'importance : masquer une variable plus importante seulement si les moins importantes ne suffisent pas à protéger l'enregistrement",
  'check.treat.mode.minimum': "Masquer le moins de valeurs possible (l'importance ne fait que départager)",
  'check.keys.proposed':
    '{count} variables clés proposées : Steward en propose au plus {cap}, et seulement celles dont il est sûr à au moins {confidence}. Chaque clé de plus rend plus d’enregistrements uniques : n’ajoutez une clé que si quelqu’un pourrait la connaître.',
  'check.keys.noneProposed':
    'Aucune variable clé proposée : Steward n’en a trouvé aucune dont il soit sûr. Choisissez les faits qu’une personne pourrait connaître sur quelqu’un.',
  'check.keys.notProposed': 'Clés possibles laissées en « Autre » : {columns}.',
  'check.keys.clear': 'Retirer toutes les clés',
  'check.keys.keepProposed': 'Garder seulement les clés proposées',
  'check.report.highRiskThreshold':
    'Un enregistrement est à risque élevé quand son risque dépasse {threshold} : le risque médian plus trois fois sa dispersion (MAD), et au moins 10 %. Le seuil est relatif aux autres enregistrements.',
  'check.report.highRiskNone':
    'Aucun ne se distingue ici car la plupart des enregistrements partagent le même risque élevé — le fichier n’est pas sûr pour autant : le risque moyen est de {risk} ; voyez les enregistrements uniques et les chiffres de k-anonymat.',
};
