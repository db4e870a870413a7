import { retentionFr } from '../pages/retention/i18n/fr';
import { guidanceFr } from '../guidance/i18n/fr';
import { registryFr } from '../pages/registry/i18n/fr';
import { ispFr } from '../pages/isp/i18n/fr';
import { membersFr } from '../pages/members/i18n/fr';
import { organisationsFr } from '../pages/organisations/i18n/fr';
import { tokensFr } from '../pages/account/i18n/tokens-fr';
import { directoryFr } from '../pages/directory/i18n/fr';
import { catalogueFr } from '../pages/catalogue/i18n/fr';
import { auditFr } from '../pages/audit/i18n/fr';
import { sharingFr } from '../pages/sharing/i18n/fr';
import { checkEngineFr } from '../pages/check-dataset/i18n/fr';
import { accountFr } from '../pages/account/i18n/fr';
import { navigationFr } from '../layout/i18n/fr';
import type { Dictionary } from './dictionary';
import { diagnosticFr } from '../pages/diagnostic/i18n/fr';
import { incidentsFr } from '../pages/incidents/i18n/fr';
import { assessmentsFr } from '../pages/assessments/i18n/fr';
import { componentsFr } from '../components/i18n/fr';
import { reportingFr } from '../pages/reporting/i18n/fr';
import { figuresFr } from '../components/chart/i18n/fr';
import { dashboardsFr } from '../pages/dashboards/i18n/fr';
import { publicationsFr } from '../pages/publications/i18n/fr';
import { referralsFr } from '../pages/referrals/i18n/fr';
import { referralKeysFr } from '../pages/referrals/i18n/keys-fr';
import { referralOverrideFr } from '../pages/referrals/i18n/override-fr';

export const fr: Dictionary = {
  'app.name': 'Steward',
  'app.tagline': 'La responsabilité des données pour le cluster Protection',
  'title.format': '{page} · Steward',
  'title.signIn': 'Connexion',
  'title.home': 'Accueil',
  'title.organisations': 'Organisations',
  'title.notFound': 'Page introuvable',
  'title.loading': 'Chargement',

  'common.loading': 'Chargement…',
  'common.skipToContent': 'Aller au contenu principal',
  'common.retry': 'Réessayer',
  'common.yes': 'Oui',
  'common.no': 'Non',

  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.organisations': 'Organisations',
  'nav.checkDataset': 'Vérifier un jeu de données',

  'header.organisation': 'Organisation',
  'header.language': 'Langue',
  'header.accountMenu': 'Menu du compte',
  'header.signedInAs': 'Connecté en tant que',
  'header.signOut': 'Se déconnecter',
  'header.switched': 'Vous travaillez maintenant pour {organisation}.',
  'header.switchFailed': 'L’organisation n’a pas pu être changée. {reason}',

  'signIn.heading': 'Connexion',
  'signIn.intro': 'Utilisez le compte fourni par votre organisation.',
  'signIn.email': 'Adresse e-mail',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.submitting': 'Connexion…',
  'signIn.emailRequired': 'Saisissez votre adresse e-mail.',
  'signIn.emailInvalid': 'Saisissez une adresse e-mail comme nom@exemple.org.',
  'signIn.passwordRequired': 'Saisissez votre mot de passe.',
  'signIn.problem': 'Un problème est survenu',
  'signIn.sessionEnded': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'signIn.signedOut': 'Vous êtes déconnecté.',
  'signIn.privacy': 'Steward enregistre chaque connexion dans son journal d’audit.',

  'errors.invalid-credentials': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'errors.account-locked': {
    one: 'Trop de tentatives échouées. Votre compte est bloqué pendant encore {count} minute.',
    many: 'Trop de tentatives échouées. Votre compte est bloqué pendant encore {count} minutes.',
    other: 'Trop de tentatives échouées. Votre compte est bloqué pendant encore {count} minutes.',
  },
  'errors.account-locked-soon': 'Trop de tentatives échouées. Votre compte est bloqué pour un court moment.',
  'errors.account-disabled':
    'Ce compte est désactivé. Demandez de l’aide au point focal de votre organisation.',
  'errors.unauthenticated': 'Votre session a pris fin. Reconnectez-vous.',
  'errors.forbidden': 'Vous n’avez pas l’autorisation de faire cela.',
  'errors.not-found': 'Nous n’avons pas trouvé ce que vous demandez.',
  'errors.validation': 'Certaines informations ne sont pas valides.',
  'errors.conflict': 'Cela entre en conflit avec un élément existant.',
  'errors.dia-required':
    'Une analyse d’impact validée est d’abord nécessaire. Commencez-en une sous Analyses d’impact, puis indiquez-la ici.',
  'errors.csrf': 'Cette page n’est plus à jour. Rechargez-la et réessayez.',
  'errors.database-unavailable':
    'La base de données est injoignable pour le moment. Réessayez dans un instant.',
  'errors.payload-too-large': 'Ce que vous avez envoyé est trop volumineux.',
  // Limites des dépôts (ticket 7 §2) : un message par limite, nommée dans details.limit.
  'errors.limit-exceeded': 'Le fichier dépasse l’une des limites de dépôt de Steward.',
  'errors.limit.fileBytes': 'Le fichier dépasse {max} octets, la limite de Steward pour un fichier.',
  'errors.limit.rows': 'Le fichier a plus de {max} lignes, la limite de Steward pour ce type de fichier.',
  'errors.limit.columns': 'Le fichier a plus de {max} colonnes, la limite de Steward.',
  'errors.limit.cellChars':
    'Une cellule du fichier dépasse {max} caractères, la limite de Steward pour une cellule.',
  'errors.limit.uncompressedBytes': 'Le classeur décompressé dépasse {max} octets, la limite de Steward.',
  'errors.limit.compressionRatio':
    'Une partie du classeur se décompresse à plus de {max} fois sa taille (une « bombe zip ») : au-delà de la limite de Steward.',
  'errors.limit.errorsKept': 'Seuls les {max} premiers problèmes sont listés.',
  'errors.limit.parseMemoryMb':
    'La lecture du fichier demande plus de {max} Mo de mémoire, la limite de Steward.',
  'errors.limit.directoryImportServices':
    'Le fichier contient plus de {max} services, la limite de Steward pour une importation : répartissez-le en plusieurs fichiers.',
  'errors.rate-limited': 'Trop de requêtes. Patientez un instant et réessayez.',
  'errors.network': 'Steward est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.unsupported-media-type': 'Steward n’a pas pu lire ce qui a été envoyé.',
  'errors.internal':
    'Steward a rencontré un problème inattendu. Réessayez ; si cela persiste, prévenez votre administrateur.',
  'errors.unknown': 'Une erreur s’est produite. Réessayez.',
  'errors.role-grant-refused': 'Ce changement de rôle n’est pas autorisé.',
  'errors.reason.cannot-manage-members': 'Votre rôle ne permet pas de gérer les membres d’une organisation.',
  'errors.reason.not-own-organisation': 'Vous ne pouvez gérer que les membres de votre propre organisation.',
  'errors.reason.cluster-role-outside-lead':
    'Les rôles du cluster (coordinateur, IMO du cluster) n’existent que dans les organisations cheffe de file ou co-cheffe de file du cluster.',
  'errors.reason.role-above-own': 'Vous ne pouvez pas attribuer un rôle supérieur au vôtre.',
  'errors.reason.member-above-own':
    'Vous ne pouvez pas modifier ni retirer une personne dont le rôle est supérieur au vôtre.',
  'errors.reason.no-figures':
    'Il n’y a aucun chiffre approuvé pour ces mois et ces filtres : rien à publier. Choisissez d’autres mois ou approuvez d’abord les rapports des partenaires.',
  'errors.reason.last-coordinator':
    'C’est le dernier coordinateur du cluster : nommez d’abord un autre coordinateur.',

  'role.admin': 'Administrateur système',
  'role.cluster-coordinator': 'Coordinateur du cluster',
  'role.cluster-imo': 'Chargé de gestion de l’information du cluster',
  'role.partner-focal-point': 'Point focal du partenaire',
  'role.partner-im-officer': 'Chargé de gestion de l’information du partenaire',
  'role.caseworker': 'Gestionnaire de cas',
  'role.viewer': 'Lecteur',
  'roleAbout.admin': 'Vous gérez cette installation de Steward : comptes, organisations et journal d’audit.',
  'roleAbout.cluster-coordinator':
    'Vous pilotez la responsabilité des données du cluster : protocole de partage de l’information, partenaires et incidents.',
  'roleAbout.cluster-imo':
    'Vous gérez l’information du cluster : registre des données, rapports agrégés et tableaux de bord.',
  'roleAbout.partner-focal-point':
    'Vous représentez votre organisation au sein du cluster et décidez de ce qu’elle partage, et avec qui.',
  'roleAbout.partner-im-officer':
    'Vous gérez les données de votre organisation : enregistrement et vérification des jeux de données, partage d’agrégats.',
  'roleAbout.caseworker':
    'Vous travaillez avec les personnes que votre organisation assiste : orientations vers les services, toujours avec leur consentement.',
  'roleAbout.viewer':
    'Vous pouvez consulter ce que votre organisation est autorisée à voir, sans le modifier.',

  'can.signIn': 'Vous connecter et passer d’une organisation à l’autre',
  'can.seeOrganisations': 'Voir les organisations qui participent à la réponse',
  'can.manageOrganisations': 'Ajouter des organisations et indiquer si elles sont membres du cluster',
  'can.manageMembers': 'Donner accès à votre organisation et changer les rôles',
  'can.manageTokens': 'Créer des jetons d’API personnels pour les scripts et la ligne de commande',
  'can.verifyAudit': 'Vérifier que le journal d’audit n’a pas été modifié',
  'can.read': 'Consulter les informations de votre organisation',

  'home.welcome': 'Bienvenue, {name}',
  'home.signedInAs': 'Connecté en tant que {email}',
  'home.organisationHeading': 'Votre organisation',
  'home.roleIn': 'Votre rôle au sein de {organisation}',
  'home.otherMemberships': {
    one: 'Vous êtes aussi membre de {count} autre organisation. Changez-en avec le menu Organisation en haut de la page.',
    many: 'Vous êtes aussi membre de {count} autres organisations. Changez-en avec le menu Organisation en haut de la page.',
    other:
      'Vous êtes aussi membre de {count} autres organisations. Changez-en avec le menu Organisation en haut de la page.',
  },
  'home.canHeading': 'Ce que vous pouvez faire',
  'home.modulesHeading': 'Modules',
  'home.modulesEmpty':
    'Les modules apparaîtront ici à mesure qu’ils seront activés : registre des données, protocole de partage de l’information, vérification des jeux de données, rapports, orientations et incidents.',
  'home.activityHeading': 'Activité récente',
  'home.activityEmpty':
    'Les jeux de données, partages et orientations de {organisation} apparaîtront ici dès que vous utiliserez les modules.',
  'home.activityAll': 'Tout le journal d’audit',
  'home.noMembership':
    'Vous n’êtes encore membre d’aucune organisation. Demandez à votre coordinateur du cluster de vous ajouter.',
  'home.open': 'Ouvrir',
  'home.auditHeading': 'Tête du journal d’audit',
  'home.auditEntries': {
    one: 'Le journal d’audit contient {count} entrée ; la plus récente, du {date}, a cette empreinte :',
    many: 'Le journal d’audit contient {count} d’entrées ; la plus récente, du {date}, a cette empreinte :',
    other: 'Le journal d’audit contient {count} entrées ; la plus récente, du {date}, a cette empreinte :',
  },
  'home.auditEmpty': 'Le journal d’audit est vide.',
  'home.auditFailed': 'La tête du journal d’audit n’a pas pu être chargée.',
  'home.auditWitness':
    'Chaque organisation voit cette empreinte. Notez-la de temps en temps : une empreinte ultérieure qui ne prolonge pas le même journal montre qu’il a été réécrit.',

  'module.checkDataset.description':
    'Mesurez le risque de réidentification d’un jeu de données et protégez-le avant de le partager. Les données ne quittent jamais votre navigateur.',

  'orgs.heading': 'Organisations',
  'orgs.intro':
    'Les organisations qui participent à cette réponse, telles que vous êtes autorisé à les voir.',
  'orgs.count': {
    one: '{count} organisation',
    many: '{count} organisations',
    other: '{count} organisations',
  },
  'orgs.empty':
    'Aucune organisation pour le moment. Lorsque des organisations rejoindront la réponse, elles apparaîtront ici.',
  'orgs.loadFailed': 'Les organisations n’ont pas pu être chargées. {reason}',
  'orgs.col.name': 'Nom',
  'orgs.col.acronym': 'Sigle',
  'orgs.col.type': 'Type',
  'orgs.col.member': 'Membre du cluster',
  'orgs.col.status': 'Statut',
  'orgs.caption': 'Organisations de la réponse',

  'orgType.cluster-lead': 'Chef de file du cluster',
  'orgType.cluster-co-lead': 'Co-chef de file du cluster',
  'orgType.un-agency': 'Agence des Nations unies',
  'orgType.international-ngo': 'ONG internationale',
  'orgType.national-ngo': 'ONG nationale',
  'orgType.government': 'Gouvernement',
  'orgType.other': 'Autre',
  'orgStatus.active': 'Active',
  'orgStatus.inactive': 'Inactive',
  'orgStatus.suspended': 'Suspendue',

  'notFound.heading': 'Page introuvable',
  'notFound.body': 'Il n’y a pas de page à cette adresse. Vérifiez-la, ou revenez à la page d’accueil.',
  'notFound.home': 'Aller à la page d’accueil',

  'boot.failed': 'Steward n’a pas pu démarrer. {reason}',

  // ---- Check a dataset (disclosure-control page, pages/check-dataset) ----
  'check.title': 'Vérifier un jeu de données',
  'check.heading': 'Vérifier un jeu de données',
  'check.intro':
    'Mesurez la facilité avec laquelle les personnes d’un jeu de données pourraient être réidentifiées, puis protégez-le avant de le partager. Le fichier est lu et traité dans ce navigateur uniquement : il n’est jamais envoyé.',
  'check.file.heading': 'Votre fichier',
  'check.file.drop': 'Déposez un fichier CSV ou Excel (XLSX) ici, ou choisissez-en un.',
  'check.file.choose': 'Choisir un fichier',
  'check.file.local': 'Le fichier reste sur cet ordinateur. Steward ne l’envoie nulle part.',
  'check.file.loaded': '{name} : {records} enregistrements, {columns} colonnes',
  'check.step.reading': 'Lecture du fichier…',
  'check.step.detecting': 'Recherche des colonnes identifiantes…',
  'check.step.measuring': 'Mesure du risque…',
  'check.step.suppressing': 'Suppression de valeurs…',
  'check.step.writing': 'Préparation du fichier protégé…',
  'check.roles.heading': 'Rôle des colonnes',
  'check.roles.intro':
    'Steward propose un rôle pour chaque colonne. Les variables clés sont des faits qu’une personne pourrait connaître (âge, sexe, lieu…). Vérifiez la proposition et corrigez ce qui ne va pas.',
  'check.roles.caption': 'Colonnes du fichier et rôles proposés',
  'check.roles.col.column': 'Colonne',
  'check.roles.col.finding': 'Ce que Steward a trouvé',
  'check.roles.col.role': 'Rôle',
  'check.roles.roleFor': 'Rôle de {column}',
  'check.roles.confirm': 'Confirmer les rôles et mesurer le risque',
  'check.roles.noKeys': 'Choisissez au moins une variable clé pour mesurer le risque.',
  'check.role.key': 'Variable clé',
  'check.role.direct-identifier': 'Identifiant direct',
  'check.role.sensitive': 'Variable sensible',
  'check.role.weight': 'Poids de sondage',
  'check.role.household': 'Identifiant du ménage',
  'check.role.numeric': 'Numérique',
  'check.role.other': 'Autre',
  'check.kind.person-name': 'Ressemble à des noms de personnes',
  'check.kind.phone': 'Ressemble à des numéros de téléphone',
  'check.kind.email': 'Ressemble à des adresses e-mail',
  'check.kind.id-document': 'Ressemble à des numéros de pièce d’identité',
  'check.kind.record-id': 'Un numéro unique pour chaque enregistrement',
  'check.kind.date-of-birth': 'Ressemble à des dates de naissance',
  'check.kind.date': 'Dates',
  'check.kind.gps-latitude': 'Latitude GPS',
  'check.kind.gps-longitude': 'Longitude GPS',
  'check.kind.gps-pair': 'Coordonnées GPS',
  'check.kind.free-text': 'Texte libre, qui peut nommer des personnes',
  'check.kind.key-variable': 'Probablement une variable clé',
  'check.kind.sensitive': 'Une variable sensible',
  'check.kind.weight': 'Un poids de sondage',
  'check.kind.household-id': 'Un identifiant de ménage',
  'check.kind.numeric': 'Une variable numérique',
  'check.kind.other': 'Rien d’identifiant trouvé',
  'check.kind.gpsPrecision': '({decimals} décimales, environ {metres} m)',
  'check.kind.confidence': 'confiance {confidence}',
  'check.report.heading': 'Rapport de risque',
  'check.report.keys': 'Variables clés : {keys}',
  'check.report.records': 'Enregistrements',
  'check.report.classes': 'Groupes de clés identiques',
  'check.report.uniques': 'Enregistrements uniques',
  'check.report.violations': 'Enregistrements dans des groupes de moins de {k}',
  'check.report.weightedViolations':
    'Enregistrements dont le groupe estimé dans la population compte moins de {k}',
  'check.report.globalRisk': 'Risque moyen de réidentification',
  'check.report.globalRiskWeighted': 'Risque moyen de réidentification (pondéré par {weight})',
  'check.report.expected': 'Réidentifications attendues',
  'check.report.highRisk': 'Enregistrements à risque élevé',
  'check.report.findings': 'Colonnes qui identifient directement des personnes',
  'check.report.was': '(avant : {value})',
  'check.treat.heading': 'Protéger le jeu de données',
  'check.treat.intro':
    'La suppression locale efface aussi peu de valeurs clés que possible pour que chaque enregistrement partage ses valeurs clés avec au moins k − 1 autres.',
  'check.treat.k': 'Taille minimale des groupes (k)',
  'check.treat.importance': 'Importance des variables clés',
  'check.treat.importanceHint':
    'La première variable est la plus importante : ses valeurs sont effacées en dernier.',
  'check.treat.up': 'Monter {column}',
  'check.treat.down': 'Descendre {column}',
  'check.treat.removeDirect': 'Retirer les identifiants directs ({columns})',
  'check.treat.apply': 'Protéger et préparer le téléchargement',
  'check.result.heading': 'Jeu de données protégé',
  'check.result.suppressions': {
    one: '{count} valeur a été effacée.',
    many: '{count} de valeurs ont été effacées.',
    other: '{count} valeurs ont été effacées.',
  },
  'check.result.removed': 'Colonnes retirées : {columns}',
  'check.result.after': 'Risque après protection',
  'check.result.download': 'Télécharger {name}',
  'check.error.empty-file': 'Le fichier est vide : il n’a aucune ligne de données.',
  'check.error.encoding':
    'Le fichier n’est pas un texte UTF-8. Enregistrez-le en « CSV UTF-8 » et réessayez.',
  'check.error.ragged-rows': 'Certaines lignes n’ont pas autant de champs que l’en-tête, ligne(s) {lines}.',
  'check.error.unterminated-quote': 'Un champ entre guillemets commençant ligne {lines} n’est jamais fermé.',
  'check.error.duplicate-header': 'L’en-tête nomme deux fois la colonne « {column} ».',
  'check.error.invalid-xlsx': 'Le classeur ne peut pas être lu. Enregistrez-le en CSV UTF-8 et réessayez.',
  'check.error.unsupported-xlsx':
    'Les fichiers Excel ne peuvent pas encore être lus ici. Enregistrez la feuille en CSV UTF-8 et réessayez.',
  'check.error.sheet-not-found': 'Le classeur n’a aucune feuille à lire.',
  'check.error.no-keys': 'Choisissez au moins une variable clé.',
  'check.error.several-weights': 'Une seule colonne peut être le poids de sondage.',
  'check.error.unknown-column': 'La colonne « {column} » n’est pas dans le fichier.',
  'check.error.invalid-option': 'Les rôles choisis ne permettent pas la mesure : {reason}',
  'check.error.bad-k': 'La taille minimale des groupes doit être d’au moins 2.',
  'check.error.suppression-failed': 'Le jeu de données n’a pas pu être protégé : {reason}',
  'check.error.no-file': 'Choisissez d’abord un fichier.',
  'check.error.internal': 'Une erreur s’est produite pendant le traitement du fichier. {reason}',

  // ---- Registry, ISP, requests and agreements (issue 4; messages in pages/*/i18n/fr.ts) ----
  ...registryFr,
  ...ispFr,
  ...membersFr,
  ...organisationsFr,
  ...tokensFr,
  ...directoryFr,
  ...catalogueFr,
  ...auditFr,
  ...sharingFr,
  ...checkEngineFr,
  ...accountFr,
  ...navigationFr,
  ...diagnosticFr,
  ...incidentsFr,
  ...assessmentsFr,
  ...componentsFr,
  ...reportingFr,
  ...figuresFr,
  ...dashboardsFr,
  ...guidanceFr,
  ...retentionFr,
  ...publicationsFr,
  ...referralsFr,
  ...referralKeysFr,
  ...referralOverrideFr,
};
