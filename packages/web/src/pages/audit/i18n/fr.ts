import type { PluralMessage } from '../../../i18n/format';
import { auditActionsFr } from './actions-fr';
import type { auditEn } from './en';

type Messages = {
  readonly [K in keyof typeof auditEn]: (typeof auditEn)[K] extends string ? string : PluralMessage;
};

/** Messages français du journal d’audit. */
export const auditFr: Messages = {
  ...auditActionsFr,
  'nav.audit': 'Journal d’audit',
  'module.audit.description':
    'Qui a fait quoi, et quand, dans votre organisation : filtrez le journal d’audit infalsifiable, vérifiez la chaîne et exportez-le.',
  'audit.title': 'Journal d’audit',
  'audit.heading': 'Journal d’audit',
  'audit.intro':
    'Chaque action sur les données de votre organisation, et les vôtres, de la plus récente à la plus ancienne. Les entrées ne contiennent que des identifiants et des codes.',
  'audit.filters': 'Filtrer',
  'audit.filter.actor': 'Personne',
  'audit.filter.anyActor': 'Tout le monde',
  'audit.filter.action': 'Action (p. ex. auth.login, ou registry. pour toutes les actions du registre)',
  'audit.filter.targetType': 'Type de cible',
  'audit.filter.targetId': 'Identifiant de la cible',
  'audit.filter.from': 'Du (date)',
  'audit.filter.to': 'Au (date, incluse)',
  'audit.filter.apply': 'Appliquer les filtres',
  'audit.filter.clear': 'Effacer',
  'audit.export': 'Exporter en CSV',
  'audit.col.sequence': 'N°',
  'audit.col.time': 'Quand',
  'audit.col.actor': 'Qui',
  'audit.col.action': 'Action',
  'audit.col.target': 'Cible',
  'audit.col.outcome': 'Résultat',
  'audit.anonymous': 'Non connecté',
  'audit.someone': 'Utilisateur d’une autre organisation',
  'audit.outcome.success': 'Réussi',
  'audit.outcome.failure': 'Échec',
  'audit.outcome.denied': 'Refusé',
  'audit.empty': 'Aucune entrée ne correspond à ces filtres.',
  'audit.failed': 'Le journal d’audit n’a pas pu être chargé.',
  'audit.shown': {
    one: '{count} entrée affichée (la plus récente d’abord).',
    many: '{count} d’entrées affichées (les plus récentes d’abord, 200 au plus).',
    other: '{count} entrées affichées (les plus récentes d’abord, 200 au plus).',
  },
  'audit.chain': 'Vérification de la chaîne',
  'audit.verify': 'Vérifier toute la chaîne',
  'audit.verifyOk': {
    one: 'La chaîne est intacte : {count} entrée vérifiée.',
    many: 'La chaîne est intacte : {count} d’entrées vérifiées.',
    other: 'La chaîne est intacte : {count} entrées vérifiées.',
  },
  'audit.verifyBroken': 'La chaîne est rompue à l’entrée {sequence} : {reason}',
  'audit.verifyAdminOnly':
    'Seul un administrateur système peut vérifier toute la chaîne (steward audit verify).',
};
