import type { dashboardsEn } from './en';

type Messages = { readonly [K in keyof typeof dashboardsEn]: string };

/** Messages français des tableaux de bord. */
export const dashboardsFr: Messages = {
  'nav.dashboards': 'Tableaux de bord',
  'module.dashboards.description':
    'Couverture 5W, personnes atteintes par rapport aux cibles, orientations et lacunes, en cartes et graphiques, avec les petits effectifs protégés.',
  'dashboards.title': 'Tableaux de bord',
  'dashboards.intro':
    'Chiffres des rapports mensuels des partenaires, calculés avec vos droits : les données de votre organisation en entier, les chiffres approuvés du cluster avec les petits effectifs masqués.',
  'dashboards.filters': 'Filtres',
  'dashboards.from': 'Du mois',
  'dashboards.to': 'Au mois',
  'dashboards.area': 'Province',
  'dashboards.allAreas': 'Tout le pays',
  'dashboards.total': 'Total',
  'dashboards.notDisaggregated': 'Non ventilé',
  'dashboards.month': 'Mois',
  'dashboards.group': 'Groupe',
  'dashboards.reached': 'Personnes atteintes',
  'dashboards.targeted': 'Personnes ciblées',
  'dashboards.coverage.title': 'Couverture 5W',
  'dashboards.coverage.help':
    'Qui fait quoi et où : personnes atteintes par mois et par activité, et où les partenaires les ont atteintes.',
  'dashboards.coverage.byMonth': 'Personnes atteintes par mois et par activité',
  'dashboards.coverage.mapAdm1': 'Personnes atteintes par province',
  'dashboards.coverage.mapAdm2': 'Personnes atteintes par district',
  'dashboards.reachedTargeted.title': 'Atteintes par rapport aux cibles',
  'dashboards.reachedTargeted.help': 'Personnes atteintes et personnes ciblées par sexe et par groupe d’âge.',
  'dashboards.reachedTargeted.chart': 'Personnes atteintes et ciblées par sexe et par âge',
  'dashboards.code.sex.f': 'Femmes et filles',
  'dashboards.code.sex.m': 'Hommes et garçons',
  'dashboards.code.age.children': 'Enfants',
  'dashboards.code.age.adults': 'Adultes',
  'dashboards.partner': 'Partenaire',
  'dashboards.allPartners': 'Tous les partenaires',
  'dashboards.activity': 'Activité',
  'dashboards.allActivities': 'Toutes les activités',
  'dashboards.populationGroup': 'Groupe de population',
  'dashboards.allGroups': 'Tout le monde',
  'dashboards.code.population-group.idp': 'Personnes déplacées internes',
  'dashboards.code.population-group.returnee': 'Retournés',
  'dashboards.code.population-group.host': "Communauté d'accueil",
  'dashboards.referrals.title': 'Nombre de référencements',
  'dashboards.referrals.help':
    "Référencements entre partenaires à ce jour, par mois et service et par province, comptés sans aucun contenu ; les petits nombres sont masqués. Les filtres de période et de partenaire ci-dessus ne s'appliquent pas ici.",
  'dashboards.referrals.byMonth': 'Référencements par mois et service',
  'dashboards.referrals.map': 'Référencements par province',
  'dashboards.referrals.count': 'Référencements',
  'dashboards.referrals.empty': 'Aucun référencement pour le moment.',
  'dashboards.gaps.title': 'Lacunes',
  'dashboards.gaps.help':
    "Districts où les partenaires ont fixé des cibles pour la période sans atteindre personne (les rapports donnent des cibles, pas des besoins : les cibles en tiennent lieu). Un petit nombre atteint est masqué, ce n'est pas une lacune.",
  'dashboards.gaps.map': 'Districts avec une cible et personne atteint',
  'dashboards.gaps.none':
    'Aucune lacune : chaque district avec une cible a atteint des personnes sur la période.',
  'dashboards.directoryGaps.title': 'Lacunes de l’annuaire des services',
  'dashboards.directoryGaps.help':
    'Districts où aucun service actif du type choisi ne figure dans l’annuaire (un service compte là où sa couverture ou l’un de ses lieux nomme le district ou sa province). Nombres de services seulement : aucune organisation, aucun point de localisation.',
  'dashboards.directoryGaps.serviceType': 'Type de service',
  'dashboards.directoryGaps.count': 'Districts sans service « {type} » : {gaps} sur {districts}.',
  'dashboards.directoryGaps.map': 'Services « {type} » actifs par district',
  'dashboards.directoryGaps.services': 'Services',
  'dashboards.directoryGaps.list': 'Districts sans ce service ({count})',
};
