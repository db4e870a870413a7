import { can } from '@steward/core/auth/permissions';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/session';
import { CAPABILITY_PAGES, ROLE_CAPABILITIES, capabilitiesOf } from './capabilities';
import { availableModules, MODULES, type ModuleDefinition } from './registry';

const Page = () => null;
const load = async () => ({ default: Page });

describe('module registry', () => {
  it('can load every module it says exists, and offers each to some role', () => {
    for (const m of MODULES.filter((m) => m.exists)) {
      expect(typeof m.load, m.id).toBe('function');
      const offered = ROLES.some((role) =>
        availableModules(MODULES, { role: role }).some((a) => a.id === m.id),
      );
      expect(offered, m.id).toBe(true);
    }
  });

  it('shows only modules that exist and can be loaded', () => {
    const modules: ModuleDefinition[] = [
      { id: 'a', path: '/a', labelKey: 'nav.home', descriptionKey: 'nav.home', exists: true, load },
      { id: 'b', path: '/b', labelKey: 'nav.home', descriptionKey: 'nav.home', exists: false, load },
      { id: 'c', path: '/c', labelKey: 'nav.home', descriptionKey: 'nav.home', exists: true },
    ];
    expect(availableModules(modules, { role: 'viewer' }).map((m) => m.id)).toEqual(['a']);
  });

  it('hides a module from roles it is not meant for', () => {
    const modules: ModuleDefinition[] = [
      {
        id: 'x',
        path: '/x',
        labelKey: 'nav.home',
        descriptionKey: 'nav.home',
        exists: true,
        load,
        roles: ['cluster-imo'],
      },
    ];
    expect(availableModules(modules, { role: 'cluster-imo' })).toHaveLength(1);
    expect(availableModules(modules, { role: 'caseworker' })).toHaveLength(0);
    expect(availableModules(modules, { role: undefined })).toHaveLength(0);
  });

  it('has distinct paths and ids', () => {
    expect(new Set(MODULES.map((m) => m.path)).size).toBe(MODULES.length);
    expect(new Set(MODULES.map((m) => m.id)).size).toBe(MODULES.length);
  });
});

describe('capabilities', () => {
  it('gives every role at least one thing it can do', () => {
    for (const role of ROLES) expect(ROLE_CAPABILITIES[role].length).toBeGreaterThan(0);
  });

  it('mentions switching organisation only to people with several memberships', () => {
    expect(capabilitiesOf('viewer', 1)).not.toContain('can.signIn');
    expect(capabilitiesOf('viewer', 2)).toContain('can.signIn');
  });

  it('adds the system administrator capabilities to a system admin, once each', () => {
    const admin = capabilitiesOf('viewer', 1, true);
    expect(admin).toContain('can.verifyAudit');
    expect(capabilitiesOf('viewer', 1)).not.toContain('can.verifyAudit');
    expect(new Set(admin).size).toBe(admin.length);
  });

  it('links each capability the home page promises to a page that exists (issue 8)', () => {
    const framePages = ['/organisations', '/account/tokens'];
    const modulePaths = MODULES.filter((m) => m.exists).map((m) => m.path);
    for (const key of [
      'can.manageOrganisations',
      'can.manageMembers',
      'can.manageTokens',
      'can.readAudit',
    ] as const) {
      const path = CAPABILITY_PAGES[key];
      expect(path && (framePages.includes(path) || modulePaths.includes(path))).toBeTruthy();
    }
    // Those who may act see the link's page in their navigation: members and audit for coordinators.
    for (const path of ['/members', '/audit'])
      expect(
        availableModules(MODULES, { role: 'cluster-coordinator' }).some((m) => m.path === path),
        path,
      ).toBe(true);
  });

  it('offers the pages by permission, as the API checks it: a site administrator of any role sees the audit log and members (issue 8)', () => {
    const paths = (viewer: Parameters<typeof availableModules>[1]) =>
      availableModules(MODULES, viewer).map((m) => m.path);
    // The demo administrator is a viewer of the cluster lead: the API lets it read the audit log.
    expect(paths({ role: 'viewer', isAdmin: true })).toEqual(expect.arrayContaining(['/audit', '/members']));
    expect(paths({ role: undefined, isAdmin: true })).toEqual(expect.arrayContaining(['/audit', '/members']));
    expect(paths({ role: 'viewer' })).not.toContain('/audit');
    expect(paths({ role: 'viewer', isAdmin: false })).not.toContain('/members');
    // Each role: the audit log exactly when the permissions table grants audit.read.
    for (const role of ROLES) expect(paths({ role }).includes('/audit'), role).toBe(can(role, 'audit.read'));
    for (const role of ROLES)
      expect(paths({ role }).includes('/members'), role).toBe(can(role, 'membership.manage'));
    // The home page's capability "check the audit log" then links to a page the navigation offers.
    for (const key of capabilitiesOf('viewer', 1, true).filter((k) => CAPABILITY_PAGES[k] === '/audit'))
      expect(paths({ role: 'viewer', isAdmin: true })).toContain(CAPABILITY_PAGES[key]);
  });
});
