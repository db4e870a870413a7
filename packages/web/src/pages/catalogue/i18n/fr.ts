/** French messages of the cluster catalogue page (PPI = Protocole de partage d’informations). */
import type { PluralMessage } from '../../../i18n/format';
import type { catalogueEn } from './en';

type Messages = {
  readonly [K in keyof typeof catalogueEn]: (typeof catalogueEn)[K] extends string ? string : PluralMessage;
};

export const catalogueFr: Messages = {
  'nav.catalogue': 'Catalogue du cluster',
  'module.catalogue.description':
    'Trouver les données que les autres organisations membres décrivent pour le cluster, voir ce que le PPI permet à votre organisation et les demander.',
  'cat.title': 'Catalogue du cluster',
  'cat.intro':
    'Les données que les organisations membres décrivent pour le cluster. Seule la description figure ici : les données restent chez leur propriétaire, qui décide de chaque demande ; le Protocole de partage d’informations (PPI) dit ce qui peut être partagé avec votre organisation.',
  'cat.hiddenNote':
    'Les entrées que le PPI ne laisse jamais sortir de chez leur propriétaire, et celles qui ne sont pas partagées avec le cluster, ne figurent pas ici.',
  'cat.noIsp':
    'Aucun PPI n’est encore approuvé : rien ne peut être partagé et seules les entrées de votre organisation figurent ici.',
  'cat.filter.search': 'Rechercher dans les titres',
  'cat.filter.owner': 'Propriétaire',
  'cat.filter.dataType': 'Type de données',
  'cat.filter.level': 'Niveau d’agrégation',
  'cat.filter.sensitivity': 'Sensibilité',
  'cat.filter.requestable': 'Seulement les entrées que je peux demander',
  'cat.filter.all': 'Tous',
  'cat.filter.clear': 'Effacer les filtres',
  'cat.count': { one: '{count} entrée', many: '{count} entrées', other: '{count} entrées' },
  'cat.caption': 'Entrées du catalogue du cluster',
  'cat.col.title': 'Titre',
  'cat.col.owner': 'Propriétaire',
  'cat.col.dataType': 'Type de données',
  'cat.col.level': 'Niveau d’agrégation',
  'cat.col.sensitivity': 'Sensibilité',
  'cat.col.allowed': 'Ce que le PPI permet à votre organisation',
  'cat.col.action': 'Action',
  'cat.access.own': 'Entrée de votre organisation',
  'cat.access.on-request': 'Partageable avec votre organisation sur demande approuvée',
  'cat.access.agreement': 'Partageable seulement sous un accord de partage de données',
  'cat.why': 'La raison du PPI',
  'cat.agreementInForce': 'Votre organisation la reçoit sous {reference} jusqu’au {date}.',
  'cat.request': 'Demander',
  'cat.requestLabel': 'Demander {title}',
  'cat.requestTitle': 'Demander « {title} »',
  'cat.close': 'Fermer',
  'cat.sentNext': 'Suivez votre demande dans Demandes et accords → Vos demandes.',
  'cat.empty': 'Aucune entrée ne correspond à ces filtres.',
  'cat.emptyAll': 'Aucune organisation membre ne décrit encore de données pour le cluster.',
  'cat.pages': 'Pages du catalogue',
  'cat.page': 'Page {page} sur {pages}',
  'cat.previous': 'Page précédente',
  'cat.next': 'Page suivante',
};
