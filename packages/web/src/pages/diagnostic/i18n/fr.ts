import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Messages français du diagnostic. */
export const diagnosticFr: Messages = {
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
  'diagnostic.status.not_in_place': 'Pas en place',
  'diagnostic.status.partial': 'Partiellement en place',
  'diagnostic.status.in_place': 'En place',
  'diagnostic.status.not_applicable': 'Sans objet',
  'diagnostic.status.unanswered': 'Sans réponse',
  'diagnostic.action.diagnostic': '1. Diagnostic',
  'diagnostic.action.registry': '2. Registre',
  'diagnostic.action.isp': '3. Protocole de partage d’informations',
  'diagnostic.action.advisory': '4. Conseil et appui',
  'diagnostic.action.design': '5. Conception pour la responsabilité des données',
  'diagnostic.action.incidents': '6. Incidents de données',
  'diagnostic.principles': 'Principes',
  'diagnostic.guidance': 'Pourquoi c’est important',
  'diagnostic.expected': 'Preuve attendue',
  'diagnostic.found': 'Trouvé par Steward',
  'diagnostic.shareNamed':
    'Le cluster peut voir nos scores sous notre nom (sinon seulement dans l’agrégat de tous les membres)',
  'diagnostic.save': 'Enregistrer les réponses',
  'diagnostic.saved': 'Réponses enregistrées.',
  'diagnostic.closed': 'Ce cycle est clos ; les réponses ne peuvent plus changer.',
  'diagnostic.scores': 'Scores',
  'diagnostic.byAction': 'Par action',
  'diagnostic.byPrinciple': 'Par principe',
  'diagnostic.overall': 'Global',
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
  'diagnostic.plan.status.open': 'Ouverte',
  'diagnostic.plan.status.in_progress': 'En cours',
  'diagnostic.plan.status.done': 'Terminée',
  'diagnostic.trend.byAction': 'Scores par action, cycle par cycle',
  'diagnostic.trend.byPrinciple': 'Scores par principe, cycle par cycle',
  'diagnostic.trend.description':
    'Scores de 0 à 100 à chaque cycle ; pas de barre là où aucun énoncé applicable n’a été renseigné.',
  'diagnostic.trend.action': 'Action',
  'diagnostic.trend.principle': 'Principe',
  'diagnostic.evidence.no_isp': 'Aucun ISP n’est en vigueur.',
  'diagnostic.evidence.isp_endorsed':
    'La version {version} de l’ISP est en vigueur, approuvée par les membres.',
  'diagnostic.evidence.isp_not_endorsed':
    'La version {version} de l’ISP n’est pas encore approuvée par tous les membres.',
  'diagnostic.evidence.isp_no_review_date': 'L’ISP n’a pas de date de révision.',
  'diagnostic.evidence.isp_review_due': 'La révision de l’ISP est prévue le {date}.',
  'diagnostic.evidence.isp_review_overdue': 'La révision de l’ISP était due le {date}.',
  'diagnostic.evidence.registry_entries': 'Entrées du registre : {entries}.',
  'diagnostic.evidence.registry_members':
    '{withEntries} membres sur {members} décrivent des données dans le catalogue du cluster ({entries} entrées).',
  'diagnostic.evidence.registry_overdue':
    '{overdue} entrées du registre sur {entries} ont dépassé leur date de révision.',
  'diagnostic.evidence.agreements_expiring':
    '{expiring} accords en vigueur sur {active} prennent fin dans les 30 jours.',
  'diagnostic.evidence.incidents_open': '{open} incidents ouverts, dont {old} depuis plus de 30 jours.',
  'diagnostic.evidence.dia_missing':
    '{missing} entrées sur {required} avec des données personnelles n’ont pas d’évaluation d’impact.',
  'diagnostic.evidence.retention_overdue': '{overdue} tâches de conservation sont en retard.',
  'diagnostic.principle.accountability': 'Redevabilité',
  'diagnostic.principle.confidentiality': 'Confidentialité',
  'diagnostic.principle.coordination': 'Coordination et collaboration',
  'diagnostic.principle.data_security': 'Sécurité des données',
  'diagnostic.principle.purpose': 'Finalité définie, nécessité et proportionnalité',
  'diagnostic.principle.fairness': 'Équité et légitimité',
  'diagnostic.principle.human_rights': 'Approche fondée sur les droits humains',
  'diagnostic.principle.people_centred': 'Centré sur les personnes et inclusif',
  'diagnostic.principle.personal_data_protection': 'Protection des données personnelles',
  'diagnostic.principle.quality': 'Qualité',
  'diagnostic.principle.retention': 'Conservation et destruction',
  'diagnostic.principle.transparency': 'Transparence',
};
