/** The shared UI components: use these rather than writing a page's own copy. */
export { CheckboxGroup, CheckboxOptions, type CheckboxOption } from './checkbox-group';
export { Checkbox, FormField, type ControlProps } from './form-field';
export { StatusBadge, type StatusTone } from './status-badge';
export { DataTable, pageOf, sortRows, type Column, type SortState } from './data-table';
export { Dialog } from './dialog';
export { DownloadButton, downloadProblem, fileNameOf } from './download-button';
export { Progress } from './progress';
export { TableScroll } from './table-scroll';
