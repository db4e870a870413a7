import { diagnosticMessagesFr } from '@steward/core/diagnostic/texts/fr';
import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Messages français du diagnostic. */
export const diagnosticFr: Messages = {
  // Action, principle and status names and the evidence sentences: one table with the XLSX export.
  ...diagnosticMessagesFr,
  'nav.diagnostic': 'Diagnostic',
  'module.diagnostic.description':
    'L’auto-évaluation de la responsabilité des données : répondez à chaque cycle, voyez ce que Steward a trouvé dans ses propres données, comparez les cycles et tenez un plan d’action.',
  'diagnostic.title': 'Diagnostic de responsabilité des données',
  'diagnostic.intro':
    'Évaluez chaque énoncé pour votre organisation. Quand Steward peut vérifier ses propres données, la réponse est pré-remplie et la preuve est liée ; modifiez-la si vous en savez plus.',
  'diagnostic.round': 'Cycle',
  'diagnostic.noRounds':
    'Aucun cycle de diagnostic n’est encore ouvert. La coordination du cluster en ouvre un.',
  'diagnostic.party.member': 'Répondre pour mon organisation',
  'diagnostic.party.cluster': 'Répondre pour le cluster',
  'diagnostic.guidance': 'Pourquoi c’est important',
  'diagnostic.expected': 'Preuve attendue',
  'diagnostic.shareNamed':
    'Le cluster peut voir nos scores sous notre nom (sinon seulement dans l’agrégat de tous les membres)',
  'diagnostic.save': 'Enregistrer les réponses',
  'diagnostic.saved': 'Réponses enregistrées.',
  'diagnostic.closed': 'Ce cycle est clos ; les réponses ne peuvent plus changer.',
  'diagnostic.scores': 'Scores',
  'diagnostic.byAction': 'Par action',
  'diagnostic.byPrinciple': 'Par principe',
  'diagnostic.score': 'Score',
  'diagnostic.noScore': '—',
  'diagnostic.compare': 'Cycles comparés',
  'diagnostic.change': 'Évolution',
  'diagnostic.export.xlsx': 'Télécharger le cycle et le plan d’action (XLSX)',
  'diagnostic.export.report': 'Rapport imprimable',
  'diagnostic.report.heading': 'Rapport du diagnostic',
  'diagnostic.report.meta': 'ouvert le {date}, version {version} du questionnaire',
  'diagnostic.report.prepared': 'Préparé le {date}',
  'diagnostic.report.answered': '{answered} énoncés renseignés sur {items}',
  'diagnostic.report.print': 'Imprimer',
  'diagnostic.report.back': 'Retour au diagnostic',
  'diagnostic.report.choose': 'Choisissez le cycle du diagnostic dont vous voulez voir le rapport.',
  'diagnostic.report.group': 'Action ou principe',
  'diagnostic.report.allMembers': 'Tous les membres ({responded} ont répondu)',
  'diagnostic.report.suppressed':
    'Moins de 3 membres ont répondu à ce cycle : leur moyenne n’est pas affichée.',
  'diagnostic.report.namedNone':
    'Aucun membre n’a accepté d’être nommé ; les membres n’apparaissent que dans la moyenne.',
  'diagnostic.report.plan': 'Plan d’action',
  'diagnostic.report.noPlan': 'Aucune action prévue pour ce cycle pour l’instant.',
  'diagnostic.report.col.action': 'Action à mener',
  'diagnostic.report.col.owner': 'Responsable',
  'diagnostic.report.col.due': 'Échéance',
  'diagnostic.report.col.status': 'État',
  'diagnostic.report.overdue': 'en retard',
  'diagnostic.report.answers': 'Réponses',
  'diagnostic.report.col.statement': 'Énoncé',
  'diagnostic.report.col.answer': 'Réponse',
  'diagnostic.plan.help':
    'Chaque écart (un énoncé pas en place, partiellement en place ou sans réponse) peut devenir une action avec un responsable et une échéance. Une action dont l’échéance est passée est marquée en retard jusqu’à ce qu’elle soit terminée.',
  'diagnostic.plan.caption': 'Actions prévues pour ce cycle',
  'diagnostic.plan.statusOf': 'État de « {title} »',
  'diagnostic.plan.statusSaved': 'État de « {title} » enregistré.',
  'diagnostic.plan.readOnly':
    'Les points focaux et les gestionnaires de données tiennent le plan d’action ; vous pouvez le consulter.',
  'diagnostic.plan.add': 'Prévoir une action pour un écart',
  'diagnostic.plan.gap': 'Écart',
  'diagnostic.plan.choose': 'Choisissez un écart',
  'diagnostic.plan.titleHint': 'Ce qui sera fait, en une phrase.',
  'diagnostic.plan.ownerHint':
    'Un rôle ou une équipe (par exemple « IMO protection »), pas les coordonnées d’une personne.',
  'diagnostic.plan.submit': 'Ajouter au plan d’action',
  'diagnostic.plan.added': 'Action ajoutée au plan.',
  'diagnostic.plan.noGaps': 'Aucun écart dans ce cycle : chaque énoncé applicable est en place.',
  'diagnostic.members.heading': 'Scores des membres',
  'diagnostic.members.help':
    'Le cluster ne voit la moyenne de tous les membres que si au moins 3 ont répondu, et les scores d’un membre que s’il a accepté d’être nommé. L’export et le rapport imprimable suivent la même règle.',
  'diagnostic.members.caption': 'Scores des membres par action et par principe',
  'diagnostic.members.none': 'Aucun membre n’a encore répondu à ce cycle.',
  'diagnostic.trend.byAction': 'Scores par action, cycle par cycle',
  'diagnostic.trend.byPrinciple': 'Scores par principe, cycle par cycle',
  'diagnostic.trend.description':
    'Scores de 0 à 100 à chaque cycle ; pas de barre là où aucun énoncé applicable n’a été renseigné.',
  'diagnostic.trend.action': 'Action',
  'diagnostic.trend.principle': 'Principe',
};
