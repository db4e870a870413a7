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
};
