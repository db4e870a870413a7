import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  draftBody,
  emptyContact,
  emptyDraft,
  emptyLocation,
  emptySchedule,
  serverFieldPaths,
  splitPcodes,
} from './service-draft';

describe('service draft', () => {
  it('names every field a partner must correct, by the path the server uses', () => {
    const d = emptyDraft('');
    d.coveragePcodes = 'MZ07, nampula';
    d.schedules = [
      { days: [], opens: '9:00', closes: '08:00' },
      { days: ['MO'], opens: '10:00', closes: '09:00' },
    ];
    d.locations = [{ ...emptyLocation(), adminPcode: 'x1', latitude: '-15.1' }];
    d.contacts = [emptyContact(), { ...emptyContact(), email: 'not-an-address' }];
    expect(checkDraft(d)).toEqual([
      { path: 'name', key: 'required' },
      { path: 'serviceType', key: 'required' },
      { path: 'coveragePcodes', key: 'pcode' },
      { path: 'schedules[0].byday', key: 'days' },
      { path: 'schedules[0].opens_at', key: 'time' },
      { path: 'schedules[1].closes_at', key: 'closesAfter' },
      { path: 'locations[0].name', key: 'required' },
      { path: 'locations[0].adminPcode', key: 'pcode' },
      { path: 'locations[0].latitude', key: 'pair' },
      { path: 'contacts[0].phone', key: 'phoneOrEmail' },
      { path: 'contacts[1].email', key: 'email' },
    ]);
  });

  it('turns a valid draft into the body the API takes (days in week order, p-codes upper-case)', () => {
    const d = emptyDraft('legal');
    d.name = ' Legal aid desk ';
    d.coveragePcodes = 'mz07 MZ0701;';
    d.schedules = [{ ...emptySchedule(), days: ['WE', 'MO'] }];
    d.locations = [
      { ...emptyLocation(), name: 'Desk', adminPcode: 'mz0701', latitude: '-15,12', longitude: '39.26' },
    ];
    d.contacts = [{ ...emptyContact(), phone: '+258 84 000 0000', isReferralFocalPoint: true }];
    expect(checkDraft(d)).toEqual([]);
    const body = draftBody(d, null);
    expect(body.name).toBe('Legal aid desk');
    expect(body.coveragePcodes).toEqual(['MZ07', 'MZ0701']);
    expect(body.schedules).toEqual([{ byday: 'MO,WE', opens_at: '08:00', closes_at: '16:00' }]);
    expect(body.locations[0]).toMatchObject({
      adminPcode: 'MZ0701',
      latitude: -15.12,
      longitude: 39.26,
      city: null,
    });
    expect(body.contacts[0]).toMatchObject({ phone: '+258 84 000 0000', email: null, visibility: 'partner' });
  });

  it('reads the paths of the server’s field problems', () => {
    expect(serverFieldPaths({ fields: [{ path: 'name', message: 'x' }, { nope: 1 }] })).toEqual(['name']);
    expect(serverFieldPaths(undefined)).toEqual([]);
    expect(splitPcodes(' a1, ,b2 ')).toEqual(['A1', 'B2']);
  });
});
