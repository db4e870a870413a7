import type { componentsEn } from './en';

type Messages = { readonly [K in keyof typeof componentsEn]: string };

/** Mensajes en español de los componentes compartidos. */
export const componentsEs: Messages = {
  'ui.table.empty': 'No hay nada que mostrar.',
  'ui.table.sortBy': 'Ordenar por {column}',
  'ui.table.sortedAscending': 'orden ascendente',
  'ui.table.sortedDescending': 'orden descendente',
  'ui.table.page': 'Página {page} de {pages}',
  'ui.table.rows': 'Filas {from}–{to} de {total}',
  'ui.table.previous': 'Página anterior',
  'ui.table.next': 'Página siguiente',
  'ui.table.paging': 'Páginas de la tabla',
  'ui.dialog.close': 'Cerrar',
  'ui.dialog.cancel': 'Cancelar',
  'ui.progress.done': '{percent} completado',
  'ui.download.working': 'Preparando la descarga…',
  'ui.download.failed': 'La descarga no comenzó: {reason}',
  'ui.download.refused':
    'El protocolo de intercambio de información no le permite esta descarga, así que no se envió ningún archivo.',
  'errors.reason.no-file-approved':
    'No había ningún archivo adjunto a esta entrada cuando se aprobó el acuerdo: pida al proveedor que adjunte uno y vuelva a aprobar la solicitud.',
  'errors.reason.file-unavailable':
    'El archivo aprobado ya no está disponible: el proveedor lo eliminó o está en cuarentena.',
  'errors.reason.endorse-not-in-consultation':
    'Los miembros respaldan una versión solo mientras está en consulta: envíe primero el borrador a consulta.',
};
