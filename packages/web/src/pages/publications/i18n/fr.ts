import type { publicationsEn } from './en';

type Messages = { readonly [K in keyof typeof publicationsEn]: string };

/** Messages français des publications. */
export const publicationsFr: Messages = {
  'nav.publications': 'Publications',
  'module.publications.description':
    'Publier tableaux de bord et tableaux aux membres du cluster ou au public, en instantanés figés et vérifiés ; dépublier à tout moment.',
  'publications.title': 'Publications',
  'publications.intro':
    'Une publication est un instantané figé de chiffres approuvés. Avant sa diffusion, Steward demande au protocole de partage si ces chiffres peuvent aller à ce public et masque les petits effectifs ; sinon il refuse en nommant les cellules et la règle.',
  'publications.publish.title': 'Publier un tableau',
  'publications.publish.name': 'Titre',
  'publications.publish.by': 'Ventilation',
  'publications.publish.audience': 'Public visé',
  'publications.publish.help':
    '5W mensuel (cadre 5w), personnes atteintes. La vérification est refaite à chaque republication.',
  'publications.publish.submit': 'Vérifier et publier',
  'publications.by.adm1-sex': 'Province × sexe',
  'publications.by.adm2-sex': 'District × sexe',
  'publications.by.adm2-sex-age': 'District × sexe × âge',
  'publications.publish.indicator': 'Indicateur',
  'publications.publish.allIndicators': 'Tous les indicateurs',
  'publications.by.adm1-month': 'Province × mois',
  'publications.by.adm1-age': 'Province × âge',
  'publications.audience.public': 'Public (toute personne ayant le lien)',
  'publications.audience.cluster': 'Membres du cluster',
  'publications.audience.organisation': 'Une organisation nommée',
  'publications.refused.cells': 'Cellules refusées : {cells} (règle {rule}).',
  'publications.published.title': 'Publié : {title}',
  'publications.published.link': 'Lien public (affiché une seule fois — copiez-le maintenant) :',
  'publications.checks.decision': 'Décision du protocole',
  'publications.checks.rule': 'Règle des petits effectifs',
  'publications.checks.suppressed': 'Cellules masquées',
  'publications.checks.counts': '{primary} sous le seuil, {secondary} pour les protéger',
  'publications.list.title': 'Publications',
  'publications.list.empty': 'Rien n’est encore publié.',
  'publications.col.title': 'Titre',
  'publications.col.status': 'État',
  'publications.col.published': 'Publié le',
  'publications.col.files': 'Fichiers',
  'publications.col.actions': 'Actions',
  'publications.status.published': 'Publiée',
  'publications.status.unpublished': 'Dépubliée',
  'publications.unpublish': 'Dépublier',
  'publications.hdx': 'HXL (HDX)',
  'publications.public.title': 'Chiffres publiés',
  'publications.public.notFound': 'Ce lien ne mène à aucune publication : elle a peut-être été dépubliée.',
  'publications.public.published': 'Publié le {date} · version {version}',
  'publications.public.help':
    'Les petits effectifs sont masqués pour protéger les personnes : un x signale un chiffre masqué, jamais 0.',
  'publications.public.files': 'Télécharger :',
};
