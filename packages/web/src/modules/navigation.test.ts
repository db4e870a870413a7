import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/session';
import { isCurrent, navigationGroups } from './navigation';
import { availableModules, MODULES, type ModuleDefinition } from './registry';

const load = async () => ({ default: () => null });
const mod = (id: string, group?: ModuleDefinition['group']): ModuleDefinition => ({
  id,
  path: `/${id}`,
  labelKey: 'nav.home',
  descriptionKey: 'nav.home',
  exists: true,
  load,
  ...(group ? { group } : {}),
});

describe('navigation groups', () => {
  it('lists Home and Organisations first, then modules by group in a fixed order', () => {
    const groups = navigationGroups(
      [mod('audit', 'governance'), mod('registry', 'data'), mod('isp', 'sharing'), mod('check', 'data')],
      { role: 'viewer' },
    );
    expect(groups.map((g) => [g.group, g.items.map((i) => i.path)])).toEqual([
      ['overview', ['/', '/organisations']],
      ['data', ['/registry', '/check']],
      ['sharing', ['/isp']],
      ['governance', ['/audit']],
    ]);
  });

  it('puts a module without a group under "More", last, and leaves out empty groups', () => {
    const groups = navigationGroups([mod('new-thing'), mod('registry', 'data')], { role: 'viewer' });
    expect(groups.map((g) => g.group)).toEqual(['overview', 'data', 'other']);
    expect(groups.at(-1)?.labelKey).toBe('nav.group.other');
  });

  it('offers every available module of the real registry exactly once, for every role', () => {
    for (const role of ROLES) {
      const paths = navigationGroups(MODULES, { role }).flatMap((g) => g.items.map((i) => i.path));
      expect(paths.slice(0, 2)).toEqual(['/', '/organisations']);
      expect([...paths.slice(2)].sort()).toEqual(
        availableModules(MODULES, { role: role })
          .map((m) => m.path)
          .sort(),
      );
      expect(new Set(paths).size).toBe(paths.length);
    }
    // A site administrator whose membership is only a viewer's gets the audit log in navigation.
    const admin = navigationGroups(MODULES, { role: 'viewer', isAdmin: true });
    expect(admin.find((g) => g.group === 'governance')?.items.map((i) => i.path)).toContain('/audit');
    expect(
      navigationGroups(MODULES, { role: 'viewer' }).flatMap((g) => g.items.map((i) => i.path)),
    ).not.toContain('/audit');
    // Every real module names its group (none falls into "More" by accident).
    expect(MODULES.filter((m) => m.exists && !m.group).map((m) => m.id)).toEqual([]);
  });

  it('marks the current page, and Home only on "/"', () => {
    expect(isCurrent({ path: '/', labelKey: 'nav.home' }, '/registry')).toBe(false);
    expect(isCurrent({ path: '/', labelKey: 'nav.home' }, '/')).toBe(true);
    expect(isCurrent({ path: '/registry', labelKey: 'nav.registry' }, '/registry/abc')).toBe(true);
    expect(isCurrent({ path: '/isp', labelKey: 'nav.isp' }, '/isp-print')).toBe(false);
  });
});
