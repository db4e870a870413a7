import type { Dictionary } from './dictionary';

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
  'errors.csrf': 'Cette page n’est plus à jour. Rechargez-la et réessayez.',
  'errors.database-unavailable':
    'La base de données est injoignable pour le moment. Réessayez dans un instant.',
  'errors.payload-too-large': 'Ce que vous avez envoyé est trop volumineux.',
  'errors.rate-limited': 'Trop de requêtes. Patientez un instant et réessayez.',
  'errors.network': 'Steward est injoignable. Vérifiez votre connexion et réessayez.',
  'errors.unsupported-media-type': 'Steward n’a pas pu lire ce qui a été envoyé.',
  'errors.internal':
    'Steward a rencontré un problème inattendu. Réessayez ; si cela persiste, prévenez votre administrateur.',
  'errors.unknown': 'Une erreur s’est produite. Réessayez.',

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
  'home.noMembership':
    'Vous n’êtes encore membre d’aucune organisation. Demandez à votre coordinateur du cluster de vous ajouter.',
  'home.open': 'Ouvrir',

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
};
