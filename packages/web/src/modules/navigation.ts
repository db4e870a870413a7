/**
 * The navigation's content: Home and Organisations, then every module the viewer may open, grouped
 * (MODULE_GROUPS order, modules in registry order within a group; empty groups left out). Fifteen
 * and more modules stay findable: a side navigation with a few labelled groups, not one row of tabs.
 */
import type { PlainKey } from '../i18n/dictionary';
import {
  availableModules,
  MODULE_GROUPS,
  type ModuleDefinition,
  type ModuleGroup,
  type Viewer,
} from './registry';

export interface NavItem {
  readonly path: string;
  readonly labelKey: PlainKey;
}

export interface NavGroup {
  readonly group: ModuleGroup;
  readonly labelKey: PlainKey;
  readonly items: readonly NavItem[];
}

const GROUP_LABELS: Record<ModuleGroup, PlainKey> = {
  overview: 'nav.group.overview',
  data: 'nav.group.data',
  sharing: 'nav.group.sharing',
  governance: 'nav.group.governance',
  other: 'nav.group.other',
};

/** Pages of the frame itself, always first in the overview group. */
const FRAME_PAGES: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/organisations', labelKey: 'nav.organisations' },
];

export function navigationGroups(modules: readonly ModuleDefinition[], viewer: Viewer): NavGroup[] {
  const available = availableModules(modules, viewer);
  return MODULE_GROUPS.map((group) => ({
    group,
    labelKey: GROUP_LABELS[group],
    items: [
      ...(group === 'overview' ? FRAME_PAGES : []),
      ...available
        .filter((m) => (m.group ?? 'other') === group)
        .map((m) => ({ path: m.path, labelKey: m.labelKey })),
    ],
  })).filter((g) => g.items.length > 0);
}

/** Whether `path` is the page of `item` or below it (Home only for '/'). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return item.path === '/'
    ? pathname === '/'
    : pathname === item.path || pathname.startsWith(`${item.path}/`);
}
