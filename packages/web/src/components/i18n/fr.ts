import type { componentsEn } from './en';

type Messages = { readonly [K in keyof typeof componentsEn]: string };

/** Messages français des composants partagés. */
export const componentsFr: Messages = {
  'ui.table.empty': 'Rien à afficher.',
  'ui.table.sortBy': 'Trier par {column}',
  'ui.table.sortedAscending': 'tri croissant',
  'ui.table.sortedDescending': 'tri décroissant',
  'ui.table.page': 'Page {page} sur {pages}',
  'ui.table.rows': 'Lignes {from} à {to} sur {total}',
  'ui.table.previous': 'Page précédente',
  'ui.table.next': 'Page suivante',
  'ui.table.paging': 'Pages du tableau',
  'ui.dialog.close': 'Fermer',
  'ui.dialog.cancel': 'Annuler',
  'ui.progress.done': '{percent} effectué',
  'ui.download.working': 'Préparation du téléchargement…',
  'ui.download.failed': 'Le téléchargement n’a pas commencé : {reason}',
  'ui.download.refused':
    'Le protocole de partage d’informations ne vous autorise pas ce téléchargement : aucun fichier n’a été envoyé.',
  'errors.reason.no-file-approved':
    'Aucun fichier n’était joint à cette entrée quand l’accord a été approuvé : demandez au fournisseur d’en joindre un et d’approuver à nouveau la demande.',
  'errors.reason.file-unavailable':
    'Le fichier approuvé n’est plus disponible : le fournisseur l’a supprimé ou il est en quarantaine.',
  'errors.reason.endorse-not-in-consultation':
    'Les membres approuvent une version seulement pendant la consultation : mettez d’abord le brouillon en consultation.',
};
