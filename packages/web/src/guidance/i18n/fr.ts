import type { guidanceEn } from './en';

type Messages = { readonly [K in keyof typeof guidanceEn]: string };

/** Textes d’orientation et centre d’aide, en français. */
export const guidanceFr: Messages = {
  'nav.help': 'Centre d’aide',
  'module.help.description':
    'Les conseils que Steward donne là où vous agissez, par thème et par principe de responsabilité des données, avec des listes de contrôle avant les actions à risque.',
  'help.title': 'Centre d’aide',
  'help.intro':
    'Tous les conseils affichés à côté des formulaires de Steward, réunis en un seul endroit. Chacun explique pourquoi un champ compte, quel principe de responsabilité des données il sert et où en lire davantage.',
  'help.byTopic': 'Par thème',
  'help.byPrinciple': 'Par principe',
  'help.checklists': 'Listes de contrôle avant les actions à risque',
  'help.checklistsIntro': 'Steward vous demande de cocher chaque point avant de vous laisser continuer.',
  'help.search': 'Filtrer les conseils',
  'help.noMatch': 'Aucun conseil ne correspond à ce filtre.',
  'help.noneForPrinciple': 'Pas encore de conseil pour ce principe.',
  'help.edit.title': 'Adapter les conseils au contexte du cluster',
  'help.edit.intro':
    'Les coordinateurs et IMO du cluster peuvent remplacer un texte dans une langue ; tout le monde voit alors le texte adapté. Rétablir revient au texte par défaut de Steward.',
  'help.edit.open': 'Adapter',
  'help.edit.language': 'Langue',
  'help.edit.text': 'Texte adapté',
  'help.edit.save': 'Enregistrer le texte adapté',
  'help.edit.reset': 'Rétablir le texte par défaut',
  'help.edit.saved': 'Enregistré. Tout le monde voit désormais ce texte.',
  'help.edit.resetDone': 'Le texte par défaut est rétabli.',
  'help.edit.heading': 'Adapter « {title} »',
  'help.edit.titleField': 'Titre adapté',
  'help.edit.keepDefault': 'Un texte laissé tel quel, ou vide, reste celui de Steward.',
  'help.edit.previewOf': 'Aperçu : {title}',
  'help.edit.inLanguage': 'Langue : {language}.',
  'help.edit.itemHeading': 'Adapter l’élément {n}',
  'help.edit.itemField': 'Formulation adaptée',
  'help.edit.itemKeep':
    'Seule la formulation change : les utilisateurs doivent toujours cocher cet élément avant de continuer.',
  'help.edit.itemUnchanged': 'C’est toujours la formulation de Steward : modifiez-la d’abord.',
  'help.edit.cancel': 'Annuler',
  'help.edit.unchanged':
    'C’est encore le texte par défaut de Steward : modifiez d’abord le titre ou le texte.',
  'guidance.why': 'Pourquoi c’est important',
  'guidance.principles': 'Principes',
  'guidance.readMore': 'En savoir plus : {source}',
  'guidance.custom': 'Adapté par le cluster',
  'guidance.checklist.hint': 'Cochez chaque point pour continuer.',
  'guidance.checklist.incomplete': 'Cochez d’abord chaque point de la liste de contrôle.',
  'guidance.topic.registry': 'Enregistrer des données',
  'guidance.topic.sharing': 'Partager des données',
  'guidance.topic.publication': 'Publier',
  'guidance.topic.referrals': 'Référencements',
  'guidance.topic.incidents': 'Incidents de données',
  'guidance.topic.retention': 'Conservation et destruction',
  'guidance.topic.assessments': 'Évaluations d’impact',
  'guidance.registry.purpose.title': 'Finalité des données',
  'guidance.registry.purpose.why':
    'Ne collectez et ne conservez que ce qu’exige une finalité définie. Une finalité claire est ce que les partenaires vérifient avant de demander les données, et ce qui en limite l’usage.',
  'guidance.registry.sensitivity.title': 'Niveau de sensibilité',
  'guidance.registry.sensitivity.why':
    'Le niveau détermine, par le PPI, qui peut recevoir les données et à quelles conditions. En cas de doute, choisissez le niveau supérieur : le tort causé par une divulgation est irréversible.',
  'guidance.registry.personalData.title': 'Données personnelles',
  'guidance.registry.personalData.why':
    'Les données personnelles restent chez le partenaire qui les a collectées et ne circulent que de partenaire à partenaire, chiffrées. Le cluster ne reçoit que des agrégats.',
  'guidance.registry.aggregation.title': 'Niveau d’agrégation',
  'guidance.registry.aggregation.why':
    'Plus le niveau est fin (site, ménage, coordonnées), plus il est facile de reconnaître des personnes. De petits groupes dans un tableau peuvent identifier quelqu’un même sans nom.',
  'guidance.registry.retention.title': 'Durée de conservation et destruction',
  'guidance.registry.retention.why':
    'Des données conservées plus longtemps que nécessaire n’ajoutent que du risque. Indiquez combien de temps, à partir de quel événement, et comment elles seront détruites ; Steward vous le rappellera le moment venu.',
  'guidance.retention.approve.title': 'Approuver la destruction',
  'guidance.retention.approve.why':
    'La destruction dans Steward est irréversible : les fichiers et leurs clés sont détruits. Vérifiez qu’aucune obligation légale, aucun dossier ouvert ni aucun audit n’a encore besoin des données.',
  'guidance.retention.confirmCopy.title': 'Détruire une copie partagée',
  'guidance.retention.confirmCopy.why':
    'À la fin de la conservation prévue par un accord, chaque copie reçue par votre organisation doit aussi être détruite. Confirmez-le ici pour que le propriétaire puisse rendre compte de chaque copie.',
  'guidance.sharing.purpose.title': 'Finalité d’une demande',
  'guidance.sharing.purpose.why':
    'Le propriétaire décide sur la base de la finalité et de l’usage prévu que vous indiquez. Demandez les données les moins détaillées qui y répondent.',
  'guidance.sharing.conditions.title': 'Conditions d’un accord',
  'guidance.sharing.conditions.why':
    'Les conditions engagent le destinataire : pas de partage ultérieur, agrégation avant usage, suppression à la fin. Les conditions du PPI s’appliquent toujours ; ajoutez ce que ce partage exige.',
  'guidance.sharing.expiry.title': 'Date de fin de l’accord',
  'guidance.sharing.expiry.why':
    'Un accord sans fin laisse circuler les données après que le besoin a disparu. Choisissez la durée la plus courte qui sert la finalité.',
  'guidance.publication.threshold.title': 'Petits nombres',
  'guidance.publication.threshold.why':
    'Les effectifs sous le seuil du cluster sont masqués, et d’autres au besoin pour qu’ils ne puissent pas être déduits des totaux. Ne publiez jamais de quoi contourner ce masquage.',
  'guidance.publication.precision.title': 'Précision géographique',
  'guidance.publication.precision.why':
    'Des cartes et tableaux plus fins que le district, ou avec des coordonnées, peuvent désigner des personnes à risque. Publiez au niveau le plus large qui sert le lecteur.',
  'guidance.referrals.consent.title': 'Consentement au référencement',
  'guidance.referrals.consent.why':
    'Un référencement communique les informations d’une personne à une autre organisation : demandez un consentement éclairé, expliquez ce qui est partagé et avec qui, et consignez la réponse.',
  'guidance.referrals.minimum.title': 'Informations minimales',
  'guidance.referrals.minimum.why':
    'N’envoyez que ce dont le service destinataire a besoin pour agir. Chaque détail en trop est un risque pour la personne si le référencement est perdu ou détourné.',
  'guidance.incidents.report.title': 'Notifier un incident',
  'guidance.incidents.report.why':
    'Notifiez tout de suite, y compris les quasi-incidents : un avis rapide permet aux partenaires d’agir avant que le tort ne s’étende. Les détails peuvent suivre.',
  'guidance.incidents.severity.title': 'Gravité',
  'guidance.incidents.severity.why':
    'La gravité part de la sensibilité la plus élevée des données en cause. Augmentez-la librement ; l’abaisser exige une raison lisible par les autres.',
  'guidance.assessments.dia.title': 'Évaluation d’impact sur les données',
  'guidance.assessments.dia.why':
    'Évaluez les risques pour les personnes avant de collecter des données personnelles ou très sensibles, de publier un détail fin ou d’ouvrir un nouveau flux entre partenaires.',
  'guidance.checklist.publish.title': 'Avant de publier',
  'guidance.checklist.publish.1':
    'Les petits nombres sont masqués et ne peuvent pas être recalculés à partir des totaux.',
  'guidance.checklist.publish.2': 'Les lieux ne sont pas plus précis que ce dont les lecteurs ont besoin.',
  'guidance.checklist.publish.3': 'Les propriétaires des données ont accepté cette publication.',
  'guidance.checklist.publish.4':
    'Rien de publié ne pourrait exposer des personnes à un tort s’il était mal lu ou détourné.',
  'guidance.checklist.share-high.title': 'Avant d’approuver le partage de données de niveau élevé ou grave',
  'guidance.checklist.share-high.1': 'La finalité du destinataire exige ces données à ce niveau de détail.',
  'guidance.checklist.share-high.2': 'Le destinataire peut sécuriser les données et signalera les incidents.',
  'guidance.checklist.share-high.3':
    'Les conditions et la date de fin limitent l’usage à la finalité indiquée.',
  'guidance.checklist.share-high.4':
    'Des données moins sensibles (agrégées ou anonymisées) ne suffiraient pas.',
  'guidance.checklist.referral-no-consent.title': 'Avant de référer sans consentement',
  'guidance.checklist.referral-no-consent.1':
    'La personne ne peut pas consentir et le référencement sert son intérêt vital ou supérieur.',
  'guidance.checklist.referral-no-consent.2': 'Seules les informations minimales sont envoyées.',
  'guidance.checklist.referral-no-consent.3': 'Un superviseur ou gestionnaire de cas a donné son accord.',
  'guidance.checklist.referral-no-consent.4':
    'La raison est consignée et la personne sera informée dès que possible.',
  'guidance.checklist.destroy.title': 'Avant d’approuver la destruction',
  'guidance.checklist.destroy.1':
    'La durée de conservation est écoulée et aucune obligation légale ni aucun dossier ouvert n’exige les données.',
  'guidance.checklist.destroy.2': 'Ce qui reste nécessaire a d’abord été agrégé ou anonymisé.',
  'guidance.checklist.destroy.3': 'Les partenaires qui détiennent des copies seront invités à les détruire.',
};
