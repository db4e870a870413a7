/** English messages of the shared components (spread into `src/i18n/en.ts`). */
export const componentsEn = {
  'ui.table.empty': 'Nothing to show.',
  'ui.table.sortBy': 'Sort by {column}',
  'ui.table.sortedAscending': 'sorted ascending',
  'ui.table.sortedDescending': 'sorted descending',
  'ui.table.page': 'Page {page} of {pages}',
  'ui.table.rows': 'Rows {from}–{to} of {total}',
  'ui.table.previous': 'Previous page',
  'ui.table.next': 'Next page',
  'ui.table.paging': 'Pages of the table',
  'ui.dialog.close': 'Close',
  'ui.dialog.cancel': 'Cancel',
  'ui.progress.done': '{percent} done',
  'ui.download.working': 'Preparing the download…',
  'ui.download.failed': 'The download did not start: {reason}',
  'ui.download.refused':
    'The Information Sharing Protocol does not allow you this download, so no file was sent.',
  'errors.reason.no-file-approved':
    'No file was attached to this entry when the agreement was approved: ask the provider to attach one and approve the request again.',
  'errors.reason.file-unavailable':
    'The approved file is no longer available: the provider deleted it or it is in quarantine.',
  'errors.reason.endorse-not-in-consultation':
    'Members endorse a version only while it is in consultation: send the draft for consultation first.',
} as const;
