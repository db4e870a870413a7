/** Publication: frozen, checked snapshots (issue 10). */
export * from './check';
export * from './export';
