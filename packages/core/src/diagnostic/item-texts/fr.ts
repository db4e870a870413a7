import type { DefaultItemTranslations } from './types';

/** Steward's default diagnostic items in French (English: default-set.ts). */
export const defaultItemsFr: DefaultItemTranslations = {
  'diag.round-regular': {
    text: 'Le cluster mène ce diagnostic au moins une fois par an et après tout changement majeur de la réponse.',
    guidance:
      'Un diagnostic est un instantané ; seuls des cycles répétés montrent si les pratiques s’améliorent.',
    evidence: 'Dates des cycles précédents dans Steward.',
  },
  'diag.members-take-part': {
    text: 'Les organisations membres répondent elles-mêmes au diagnostic, pas seulement l’équipe de coordination.',
    guidance: 'La responsabilité des données du cluster est la somme des pratiques de ses membres.',
    evidence: 'Nombre de membres ayant répondu au cycle en cours.',
  },
  'diag.action-plan': {
    text: 'Les lacunes relevées par le diagnostic deviennent un plan d’action avec des responsables et des échéances.',
    guidance: 'Sans responsables ni échéances, les lacunes restent des lacunes.',
    evidence: 'Le plan d’action du cycle précédent, avec l’état de chaque action.',
  },
  'diag.context-analysis': {
    text: 'Le cluster a analysé les risques liés aux données dans son contexte (autorités, acteurs armés, surveillance, menaces numériques).',
    guidance:
      'Des données sans danger dans un contexte peuvent mettre des personnes en danger dans un autre.',
    evidence: 'Une analyse de contexte ou de risques datée.',
  },
  'diag.legal-framework': {
    text: 'Les lois sur la protection des données et les politiques organisationnelles applicables sont connues et répertoriées.',
    guidance:
      'Les données personnelles sont traitées selon la loi applicable ou la politique de l’organisation (principe 9).',
    evidence: 'Une liste des lois et politiques applicables, avec leurs liens.',
  },
  'diag.focal-point': {
    text: 'Un point focal nommé pour la responsabilité des données existe (au sein du cluster et de chaque membre).',
    guidance: 'Quelqu’un doit porter le sujet et en répondre.',
    evidence: 'Noms des points focaux dans la liste des membres de Steward.',
  },
  'diag.capacity': {
    text: 'Le personnel qui traite des données de protection a été formé à la responsabilité des données au cours des 12 derniers mois.',
    guidance: 'La plupart des incidents viennent des pratiques quotidiennes, pas des systèmes.',
    evidence: 'Registres de formation : dates, nombre de personnes formées.',
  },
  'reg.exists': {
    text: 'Un registre de gestion des données répertorie les activités de données du cluster et de ses membres.',
    guidance: 'On ne peut pas protéger des données dont on ignore qu’on les détient.',
    evidence: 'Le registre dans Steward.',
  },
  'reg.coverage': {
    text: 'Chaque activité de données de l’organisation est inscrite au registre.',
    guidance:
      'Couverture : chaque membre a au moins une entrée en cours, et les entrées décrivent ses activités réelles.',
    evidence: 'Nombre d’entrées du registre par membre (détecté dans Steward).',
  },
  'reg.reviews': {
    text: 'Les entrées du registre sont révisées à temps.',
    guidance: 'Un registre périmé donne une fausse assurance.',
    evidence: 'Entrées dont la date de révision est dépassée (détecté dans Steward).',
  },
  'reg.purpose': {
    text: 'Chaque entrée du registre indique sa finalité et pourquoi chaque type de données est nécessaire.',
    guidance: 'La finalité limite ce qui est collecté et qui peut l’utiliser (principe 5).',
    evidence: 'Finalité et types de données renseignés dans chaque entrée.',
  },
  'reg.sensitivity': {
    text: 'Chaque entrée du registre porte un niveau de sensibilité convenu avec le PPI.',
    guidance: 'Le niveau décide qui peut recevoir les données et comment.',
    evidence: 'Niveau de sensibilité sur chaque entrée.',
  },
  'reg.personal-data-flagged': {
    text: 'Les entrées contenant des données personnelles sont signalées, avec leur base juridique.',
    guidance:
      'Les données personnelles ne circulent que de partenaire à partenaire, avec le consentement ou une autre base juridique.',
    evidence: 'Indicateur de données personnelles et base juridique sur les entrées.',
  },
  'reg.retention': {
    text: 'Chaque entrée du registre a une durée de conservation, un événement déclencheur et une méthode de destruction.',
    guidance: 'Les données sensibles ne sont conservées que le temps nécessaire (principe 11).',
    evidence: 'Champs de conservation renseignés dans les entrées.',
  },
  'reg.quality': {
    text: 'Les contrôles de qualité des données (exhaustivité, doublons, actualité) sont décrits pour chaque activité de données.',
    guidance:
      'Les décisions reposent sur les données ; des données de mauvaise qualité nuisent aussi aux personnes.',
    evidence: 'Procédures de qualité citées dans les entrées.',
  },
  'isp.endorsed': {
    text: 'Un protocole de partage d’informations (PPI) approuvé par les membres est en vigueur.',
    guidance: 'Le PPI est l’accord commun du cluster sur qui peut recevoir quelles données.',
    evidence: 'La version du PPI en vigueur dans Steward et ses approbations (détecté).',
  },
  'isp.review': {
    text: 'Le PPI a une date de révision qui n’est pas dépassée.',
    guidance: 'Les contextes changent ; un PPI jamais révisé s’éloigne des pratiques.',
    evidence: 'Date de révision du PPI (détectée dans Steward).',
  },
  'isp.matrix': {
    text: 'Le PPI classe chaque type de données traité par le cluster par niveau de sensibilité et par destinataire.',
    guidance: 'Les types de données non classés finissent partagés par habitude.',
    evidence: 'La matrice du PPI dans Steward.',
  },
  'isp.members-know': {
    text: 'Le personnel qui partage des données connaît le PPI et s’y réfère avant tout partage.',
    guidance: 'Un PPI que le personnel ne connaît pas ne protège personne.',
    evidence: 'Comptes rendus de séances d’information ; partages demandés via Steward.',
  },
  'isp.agreements': {
    text: 'Les partages de données de sensibilité Élevée ou Sévère sont couverts par un accord de partage de données.',
    guidance: 'Les accords fixent la finalité, la durée, la sécurité et la destruction.',
    evidence: 'Accords dans Steward, avec leurs dates d’expiration.',
  },
  'isp.agreements-current': {
    text: 'Aucun accord de partage de données n’arrive à expiration sans renouvellement ni clôture.',
    guidance: 'Un accord expiré doit mettre fin à l’accès et déclencher la destruction.',
    evidence: 'Accords expirant dans les 30 jours (détecté dans Steward).',
  },
  'isp.publication-rules': {
    text: 'Le PPI fixe des règles de publication des chiffres (effectifs minimaux, précision géographique).',
    guidance: 'Les petits nombres et les localisations fines peuvent permettre d’identifier des personnes.',
    evidence: 'Règles de publication dans le PPI.',
  },
  'adv.guidance': {
    text: 'Le cluster fournit des orientations sur la responsabilité des données là où les membres agissent (formulaires, listes de contrôle).',
    guidance: 'Un conseil au moment d’agir fonctionne mieux qu’un manuel.',
    evidence: 'Textes d’orientation dans le centre d’aide de Steward.',
  },
  'adv.helpdesk': {
    text: 'Les membres savent à qui demander conseil sur la responsabilité des données et obtiennent une réponse en moins d’une semaine.',
    guidance: 'Un membre face à un partage risqué a besoin d’un conseil rapide.',
    evidence: 'Point de contact et journal des réponses.',
  },
  'adv.templates': {
    text: 'Des modèles (accord, AID, formulaire de consentement, procédures opérationnelles standard) sont à la disposition des membres.',
    guidance: 'Les modèles réduisent le coût de bien faire.',
    evidence: 'Bibliothèque de modèles.',
  },
  'adv.training-offer': {
    text: 'Le cluster organise ou relaie des formations à la responsabilité des données pour ses membres.',
    guidance: 'Les capacités varient fortement d’un membre à l’autre.',
    evidence: 'Sessions de formation tenues cette année.',
  },
  'adv.local-language': {
    text: 'Les orientations sont disponibles dans les langues de travail des membres.',
    guidance: 'Une orientation que l’on ne peut pas lire n’oriente personne.',
    evidence: 'Langues des textes d’orientation.',
  },
  'adv.consent-information': {
    text: 'Les personnes affectées sont informées, dans une langue qu’elles comprennent, de ce qui est collecté, pourquoi et qui le verra.',
    guidance: 'Consentement éclairé et transparence envers les personnes affectées (principes 8 et 12).',
    evidence: 'Scripts d’information ou dépliants.',
  },
  'adv.feedback': {
    text: 'Les personnes affectées peuvent poser des questions sur leurs données, les faire corriger ou déposer une plainte à leur sujet.',
    guidance: 'La redevabilité envers les personnes affectées s’étend à leurs données.',
    evidence: 'Description du mécanisme de retour d’information et de plainte.',
  },
  'des.dia-required': {
    text: 'Une analyse d’impact sur les données (AID) est réalisée avant toute activité impliquant des données personnelles ou de sensibilité Élevée ou Sévère.',
    guidance: 'Évaluer les risques pour les personnes avant la collecte, pas après un incident.',
    evidence: 'Entrées du registre qui nécessitent une AID et n’en ont pas (détecté dans Steward).',
  },
  'des.minimisation': {
    text: 'Seules les données nécessaires à la finalité déclarée sont collectées.',
    guidance: 'Des données non collectées ne peuvent pas fuiter.',
    evidence: 'Types de données justifiés dans le registre ; étape 6 de l’AID.',
  },
  'des.aggregates-only': {
    text: 'Le cluster ne reçoit que des données agrégées, jamais de données personnelles.',
    guidance:
      'GPC, chap. 10 : les données personnelles circulent de partenaire à partenaire, pas par le cluster.',
    evidence: 'Les jeux de données du cluster inscrits au registre sont agrégés.',
  },
  'des.disclosure-control': {
    text: 'Un contrôle de la divulgation statistique est appliqué avant que tout jeu de données ou chiffre ne quitte l’organisation.',
    guidance: 'Les petites cellules et les combinaisons rares permettent de réidentifier des personnes.',
    evidence: 'Contrôles de divulgation dans Steward pour les données partagées et publiées.',
  },
  'des.referral-consent': {
    text: 'Les référencements se font avec le consentement éclairé de la personne et avec le minimum de champs.',
    guidance: 'Un référencement sans consentement peut mettre la personne en danger.',
    evidence: 'Dossiers de référencement avec le consentement.',
  },
  'des.encryption': {
    text: 'Les données personnelles et de sensibilité Sévère sont chiffrées au repos et en transit.',
    guidance: 'Des appareils se perdent et des serveurs sont saisis.',
    evidence: 'Description des outils et de leur chiffrement.',
  },
  'des.access-control': {
    text: 'L’accès aux données sensibles est limité à des rôles nommés et régulièrement réexaminé.',
    guidance: 'Le besoin d’en connaître, pas l’envie d’en connaître.',
    evidence: 'Listes d’accès et date de leur dernier réexamen.',
  },
  'des.location-precision': {
    text: 'Les cartes et chiffres publiés restent au niveau admin 2 ou plus large, sauf si une AID autorise plus fin.',
    guidance: 'Des localisations fines peuvent désigner des personnes et des lieux à risque.',
    evidence: 'Publications et leur niveau géographique.',
  },
  'des.destruction': {
    text: 'Les données dont la durée de conservation est écoulée sont détruites, et la destruction est consignée.',
    guidance: 'Des données gardées « au cas où » sont un risque permanent.',
    evidence:
      'Tâches de conservation en retard (détectées dans Steward lorsque le module de conservation est utilisé).',
  },
  'inc.register': {
    text: 'Un registre des incidents de données existe et est utilisé, y compris pour les quasi-incidents.',
    guidance: 'Un incident non consigné est un incident dont on ne tire aucune leçon.',
    evidence: 'Le registre des incidents dans Steward.',
  },
  'inc.open': {
    text: 'Aucun incident de données ne reste ouvert sans traitement.',
    guidance: 'Un incident ouvert peut encore causer du tort.',
    evidence:
      'Incidents ouverts et leur ancienneté (détectés dans Steward lorsque le registre des incidents est utilisé).',
  },
  'inc.sop': {
    text: 'Une procédure opérationnelle standard précise qui est notifié d’un incident, comment et dans quels délais.',
    guidance: 'Lors d’un incident, chaque minute compte et les rôles doivent être clairs.',
    evidence: 'Document de procédure en cas d’incident.',
  },
  'inc.notify-partners': {
    text: 'Les partenaires dont les données sont concernées par un incident sont notifiés comme le prévoient les accords.',
    guidance: 'Les accords comportent des obligations de notification.',
    evidence: 'Notifications consignées sur les incidents.',
  },
  'inc.affected-people': {
    text: 'Les personnes affectées sont informées lorsqu’un incident les met en danger, quand il est sûr de le faire.',
    guidance: 'Les personnes ont le droit de se protéger.',
    evidence: 'Fiches d’incident indiquant si les personnes ont été informées.',
  },
  'inc.learning': {
    text: 'Les enseignements tirés des incidents sont partagés dans tout le cluster, de manière anonymisée.',
    guidance: 'Les membres apprennent des quasi-incidents des uns et des autres.',
    evidence: 'Notes d’enseignements dans le registre des incidents.',
  },
};
