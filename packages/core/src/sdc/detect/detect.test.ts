import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../random';
import { categoricalFromStrings, datasetFromColumns, numericFromValues, type Dataset } from '../dataset';
import { loadReferenceCsv } from '../test-support/reference-data';
import { checkReport } from '../risk/check-report';
import { detectColumns, KEY_CONFIDENCE, MAX_PROPOSED_KEYS, type ColumnFinding } from './index';

const FIRST = [
  'Aminata',
  'Moussa',
  'Fatima',
  'João',
  'Mariana',
  'Ahmed',
  'Layla',
  'Jean-Pierre',
  'Aïcha',
  'Omar',
];
const LAST = [
  'Diallo',
  'Traoré',
  'Silva',
  'Santos',
  'Al-Hassan',
  'Haddad',
  'Ndiaye',
  'Oliveira',
  'Kaboré',
  'Mansour',
];
const pick = <T>(r: Random, xs: readonly T[]): T => xs[r.int(xs.length)]!;
const digits = (r: Random, n: number): string => Array.from({ length: n }, () => r.int(10)).join('');

/** A synthetic protection-monitoring export, n rows, with headers as given. */
function survey(n: number, headers: Record<string, string>, seed = 1): Dataset {
  const r = seededRandom(seed);
  const rows = Array.from({ length: n }, (_, i) => {
    const lat = 14 + r.next() * 2;
    const lon = -17 + r.next() * 3;
    const hh = Math.floor(i / 4);
    return {
      name: `${pick(r, FIRST)}${r.next() < 0.6 ? ` ${pick(r, FIRST)}` : ''} ${pick(r, LAST)}`,
      phone: `+221 77 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`,
      email: `${pick(r, FIRST)
        .toLowerCase()
        .replace(/[^a-z]/g, '')}.${digits(r, 4)}@example.org`,
      idDoc: `${String.fromCharCode(65 + r.int(26))}${String.fromCharCode(65 + r.int(26))}${digits(r, 7)}`,
      dob: `${String(1 + r.int(28)).padStart(2, '0')}/${String(1 + r.int(12)).padStart(2, '0')}/${1940 + r.int(70)}`,
      lat: Number(lat.toFixed(5)),
      lon: Number(lon.toFixed(5)),
      geo: `${lat.toFixed(6)} ${lon.toFixed(6)} 0 5`,
      comment: `The respondent explained that ${pick(r, ['the family', 'her brother', 'the neighbours'])} left the village after the attack ${digits(r, 2)} days ago`,
      age: 18 + r.int(60),
      sex: pick(r, ['F', 'M']),
      admin: pick(r, ['SN01', 'SN02', 'SN03', 'SN04']),
      hhSize: 1 + r.int(9),
      marital: pick(r, ['célibataire', 'marié(e)', 'veuf/veuve', 'divorcé(e)']),
      hhId: `HH-${hh}`,
      weight: 50 + r.int(200) / 4,
      incident: pick(r, ['none', 'physical', 'sexual', 'psychological']),
      uuid: `${digits(r, 8)}-${digits(r, 4)}-${digits(r, 4)}`,
    };
  });
  type Row = (typeof rows)[number];
  const cols = (Object.keys(headers) as (keyof Row)[]).map((k) => {
    const vals = rows.map((row) => row[k]);
    return typeof vals[0] === 'number'
      ? numericFromValues(headers[k]!, vals as number[])
      : categoricalFromStrings(headers[k]!, vals as string[]);
  });
  return datasetFromColumns(cols);
}

function byColumn(findings: readonly ColumnFinding[]): Record<string, ColumnFinding> {
  return Object.fromEntries(findings.map((f) => [f.column, f]));
}

describe('detectColumns on a synthetic survey', () => {
  const headers = {
    name: 'Nom complet',
    phone: 'telefone',
    email: 'E-mail',
    idDoc: 'numero_CNI',
    dob: 'date_de_naissance',
    lat: '_gps_latitude',
    lon: '_gps_longitude',
    geo: 'geopoint',
    comment: 'observations',
    age: 'idade',
    sex: 'sexe',
    admin: 'admin2_pcode',
    hhSize: 'taille_menage',
    marital: 'statut matrimonial / etat civil',
    hhId: 'hh_id',
    weight: 'poids',
    incident: 'gbv_incident_type',
    uuid: '_uuid',
  } as const;
  const ds = survey(300, headers);
  const f = byColumn(detectColumns(ds).findings);
  const expected: [string, string, string][] = [
    ['Nom complet', 'person-name', 'direct-identifier'],
    ['telefone', 'phone', 'direct-identifier'],
    ['E-mail', 'email', 'direct-identifier'],
    ['numero_CNI', 'id-document', 'direct-identifier'],
    ['date_de_naissance', 'date-of-birth', 'direct-identifier'],
    ['_gps_latitude', 'gps-latitude', 'direct-identifier'],
    ['_gps_longitude', 'gps-longitude', 'direct-identifier'],
    ['geopoint', 'gps-pair', 'direct-identifier'],
    ['observations', 'free-text', 'direct-identifier'],
    ['idade', 'key-variable', 'key'],
    ['sexe', 'key-variable', 'key'],
    ['admin2_pcode', 'key-variable', 'key'],
    ['taille_menage', 'key-variable', 'key'],
    ['statut matrimonial / etat civil', 'key-variable', 'key'],
    ['hh_id', 'household-id', 'household'],
    ['poids', 'weight', 'weight'],
    ['gbv_incident_type', 'sensitive', 'sensitive'],
    ['_uuid', 'record-id', 'direct-identifier'],
  ];
  it.each(expected)('%s → %s (%s)', (column, kind, role) => {
    expect(f[column]!.kind).toBe(kind);
    expect(f[column]!.role).toBe(role);
    expect(f[column]!.confidence).toBeGreaterThan(0.5);
    expect(f[column]!.confidence).toBeLessThanOrEqual(1);
  });

  it('reports GPS decimals and precision in metres', () => {
    expect(f['_gps_latitude']!.gps).toEqual({ decimals: 5, precisionMetres: 1.11 });
    expect(f['geopoint']!.gps).toEqual({ decimals: 6, precisionMetres: 0.111 });
  });

  it('never quotes a data value in a reason', () => {
    const all = detectColumns(ds).findings;
    for (let row = 0; row < 20; row++) {
      for (const col of ds.columns) {
        const v = col.kind === 'categorical' ? col.levels[col.codes[row]!]! : String(col.values[row]);
        if (v.length < 4) continue;
        for (const finding of all) expect(finding.reason).not.toContain(v);
      }
    }
  });
});

describe('detectColumns from values alone (uninformative headers)', () => {
  const ds = survey(300, {
    name: 'c1',
    phone: 'c2',
    email: 'c3',
    idDoc: 'c4',
    dob: 'c5',
    geo: 'c6',
    comment: 'c7',
    sex: 'c8',
  });
  const f = byColumn(detectColumns(ds).findings);
  it.each([
    ['c1', 'person-name'],
    ['c2', 'phone'],
    ['c3', 'email'],
    ['c4', 'id-document'],
    ['c5', 'date-of-birth'],
    ['c6', 'gps-pair'],
    ['c7', 'free-text'],
    ['c8', 'key-variable'],
  ])('%s → %s', (column, kind) => {
    expect(f[column]!.kind).toBe(kind);
  });
  it('is less confident without a telling header', () => {
    const withHeader = byColumn(detectColumns(survey(300, { name: 'full_name' })).findings);
    expect(f['c1']!.confidence).toBeLessThan(withHeader['full_name']!.confidence);
  });
  it('a "village name" is a location, not a person', () => {
    const r = seededRandom(3);
    const villages = categoricalFromStrings(
      'village_name',
      Array.from({ length: 100 }, () => pick(r, ['Keur Massar', 'Ndiaganiao', 'Thiès'])),
    );
    const d = detectColumns(datasetFromColumns([villages]));
    expect(d.findings[0]!.kind).toBe('key-variable');
  });
});

describe('detectColumns on the reference files', () => {
  it('free1: WEIGHT → weight, the usual keys → key, INCOME → numeric', () => {
    const d = detectColumns(loadReferenceCsv('free1.csv'));
    expect(d.roles.WEIGHT).toBe('weight');
    for (const k of ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG']) {
      expect(d.roles[k], k).toBe('key');
    }
    expect(d.roles.INCOME).toBe('numeric');
  });
  it('free1: proposes only confident keys, at most MAX_PROPOSED_KEYS (8), not all 28 possible keys', () => {
    const ds = loadReferenceCsv('free1.csv');
    const d = detectColumns(ds);
    const keys = Object.keys(d.roles).filter((c) => d.roles[c] === 'key');
    // The 8 keys sdcMicro's free1 examples use: region, sex, age, marital status, kind of person
    // in the household, numbers of young and old members, age of the youngest.
    expect(keys).toEqual(['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG']);
    expect(d.keyProposal.proposed).toEqual(keys);
    expect(MAX_PROPOSED_KEYS).toBe(8);
    expect(d.keyProposal.cap).toBe(MAX_PROPOSED_KEYS);
    const byName = byColumn(d.findings);
    for (const k of keys) expect(byName[k]!.confidence, k).toBeGreaterThanOrEqual(KEY_CONFIDENCE);
    // Every other possible key is left to the user with role 'other': the 30 % guesses (PRIOCCU,
    // RECBEN …) and confident ones beyond the cap (EDUC1, ETNI, TENURE …).
    const possible = d.findings.filter((f) => f.kind === 'key-variable');
    expect(possible).toHaveLength(28);
    expect(d.keyProposal.notProposed).toHaveLength(20);
    for (const c of d.keyProposal.notProposed) expect(d.roles[c], c).toBe('other');
    expect(byName.PRIOCCU!.confidence).toBeLessThan(KEY_CONFIDENCE);
    expect(d.keyProposal.notProposed).toEqual(
      expect.arrayContaining(['PRIOCCU', 'RECBEN', 'EDUC1', 'TENURE']),
    );
    // Fewer keys, fewer records made unique by the choice itself.
    const uniques = (ks: readonly string[]) => {
      const r = checkReport(ds, { keys: [...ks] });
      if (!r.ok) throw new Error(r.error.message);
      return r.report.sampleUniques;
    };
    const all = uniques(possible.map((f) => f.column));
    expect(all).toBeGreaterThan(3900);
    expect(uniques(keys)).toBeLessThan(all);
  });
  it('the cap and the confidence floor hold on any file, and the cap can be set', () => {
    const d = detectColumns(loadReferenceCsv('free1.csv'), { maxKeys: 3 });
    expect(d.keyProposal.proposed).toEqual(['REGION', 'SEX', 'AGE']);
    expect(Object.values(d.roles).filter((r) => r === 'key')).toHaveLength(3);
    const none = detectColumns(loadReferenceCsv('francdat.csv'));
    // francdat's Key2–Key4 are only 30 % guesses: none is proposed, all are listed for the user.
    expect(none.keyProposal.proposed).toEqual([]);
    expect(none.keyProposal.notProposed).toEqual(['Key2', 'Key3', 'Key4']);
  });
  it('testdata2: ori_hid → household, sampling_weight → weight, the usual keys → key', () => {
    const d = detectColumns(loadReferenceCsv('testdata2.csv'));
    expect(d.roles.ori_hid).toBe('household');
    expect(d.roles.sampling_weight).toBe('weight');
    for (const k of ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'])
      expect(d.roles[k], k).toBe('key');
    expect(Object.values(d.roles)).not.toContain('direct-identifier');
  });
  it('francdat: w → weight', () => {
    expect(detectColumns(loadReferenceCsv('francdat.csv')).roles.w).toBe('weight');
  });
  it('adult: the quasi-identifiers are proposed as keys', () => {
    const d = detectColumns(loadReferenceCsv('arx-adult/adult.csv'));
    for (const k of ['sex', 'age', 'race', 'marital-status', 'education', 'native-country', 'occupation']) {
      expect(d.roles[k], k).toBe('key');
    }
  });
});
