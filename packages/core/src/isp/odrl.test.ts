import { describe, expect, it } from 'vitest';
import { RECIPIENT_CLASSES } from '../vocabulary/index';
import type { Isp } from './model';
import { ODRL_CONTEXT, allowedRecipients, ispToOdrl, readOdrlIsp, type OdrlDocument } from './odrl';
import { defaultIspTemplate } from './template';
import { fixtureIsp } from './test-support/fixture-isp';

const template: Isp = defaultIspTemplate({
  context: 'North-East Protection Cluster',
  reviewDue: '2026-06-30',
});
const doc = ispToOdrl(template, { baseIri: 'https://steward.example.org/' });

type Json = unknown;
const JSONLD_KEYWORDS = new Set([
  '@context',
  '@graph',
  '@id',
  '@type',
  '@value',
  '@language',
  '@list',
  '@set',
]);
const ABSOLUTE = /^(https?:\/\/|urn:)/;

/** Every key and every compact-IRI value must be declared by the @context (a term or a prefix). */
function undeclared(d: OdrlDocument): string[] {
  const ctx = d['@context'] as Record<string, unknown>;
  const prefixes = new Set(
    Object.keys(ctx).filter((k) => typeof ctx[k] === 'string' && /[/#:]$/.test(ctx[k] as string)),
  );
  const bad = new Set<string>();
  const checkIri = (s: string) => {
    if (ABSOLUTE.test(s)) return;
    const m = /^([a-zA-Z][\w-]*):/.exec(s);
    if (!m || !prefixes.has(m[1]!)) bad.add(s);
  };
  const walk = (v: Json, iriValued: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, iriValued));
    if (typeof v === 'string') {
      if (iriValued) checkIri(v);
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [k, val] of Object.entries(v)) {
      if (k === '@context') continue;
      if (!JSONLD_KEYWORDS.has(k) && !(k in ctx)) checkIri(k);
      const def = ctx[k];
      const typedId =
        typeof def === 'object' && def !== null && (def as Record<string, unknown>)['@type'] === '@id';
      const isId = k === '@id' || k === '@type' || k === 'uid' || k === 'type' || typedId;
      walk(val, isId);
    }
  };
  walk(d, false);
  return [...bad];
}

const policies = (d: OdrlDocument) => d['@graph'].filter((n) => n.type === 'odrl:Set');

describe('ispToOdrl', () => {
  it('produces a JSON-LD document whose every term and prefix is declared in @context', () => {
    expect(doc['@context']).toBe(ODRL_CONTEXT);
    expect(ODRL_CONTEXT.odrl).toBe('http://www.w3.org/ns/odrl/2/');
    expect(ODRL_CONTEXT.dpv).toBe('https://w3id.org/dpv#');
    expect(undeclared(doc)).toEqual([]);
    // The checker itself catches an undeclared prefix.
    const broken = {
      ...doc,
      '@graph': [...doc['@graph'], { uid: 'foo:bar', 'ex:thing': 1 }],
    } as OdrlDocument;
    expect(undeclared(broken).sort()).toEqual(['ex:thing', 'foo:bar']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('makes one odrl:Set per rule; every permission has a target, an action and a recipient constraint', () => {
    expect(policies(doc)).toHaveLength(template.rules.length);
    for (const p of policies(doc)) {
      expect(p.uid).toMatch(
        /^https:\/\/steward\.example\.org\/isp\/north-east-protection-cluster\/v0\.1\/rule\//,
      );
      const rules = [...((p.permission as object[]) ?? []), ...((p.prohibition as object[]) ?? [])] as Record<
        string,
        Json
      >[];
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules) {
        expect(r.target).toBeTruthy();
        expect(r.action).toBe('odrl:distribute');
        const cons = r.constraint as Record<string, Json>[];
        expect(r.assignee !== undefined || cons.some((c) => c.leftOperand === 'odrl:recipient')).toBe(true);
        for (const c of cons) {
          expect(typeof c.leftOperand).toBe('string');
          expect(c.operator).toMatch(/^odrl:(eq|isAnyOf|gteq)$/);
          expect(c.rightOperand).toBeDefined();
        }
      }
    }
  });

  it('permits exactly the recipient classes the sharing approach allows and prohibits the rest', () => {
    const recipientsOf = (p: Record<string, Json>, key: 'permission' | 'prohibition') => {
      const r = (p[key] as Record<string, Json>[] | undefined)?.[0];
      const c = (r?.constraint as Record<string, Json>[] | undefined)?.find(
        (x) => x.leftOperand === 'odrl:recipient',
      );
      return ((c?.rightOperand as { '@id': string }[]) ?? []).map((x) =>
        x['@id'].replace('steward:recipient-', ''),
      );
    };
    for (const p of policies(doc)) {
      const sharing = p['steward:sharingApproach'] as Parameters<typeof allowedRecipients>[0];
      const allowed = recipientsOf(p, 'permission');
      expect(allowed).toEqual(allowedRecipients(sharing));
      expect([...allowed, ...recipientsOf(p, 'prohibition')].sort()).toEqual(
        [...RECIPIENT_CLASSES.ids].sort(),
      );
    }
    expect(allowedRecipients('coordination')).toEqual(['cluster', 'organisation', 'bilateral']);
    expect(allowedRecipients('no-share')).toEqual([]);
  });

  it('uses DPV terms for data categories and purposes, and duties for conditions', () => {
    const isp = fixtureIsp();
    const out = ispToOdrl(isp, { baseIri: 'https://x.example' });
    expect(undeclared(out)).toEqual([]);
    const fgd = policies(out).find((p) => p['dct:identifier'] === 'fgd-purpose-high')!;
    const perm = (fgd.permission as Record<string, Json>[])[0]!;
    const purpose = (perm.constraint as Record<string, Json>[]).find(
      (c) => c.leftOperand === 'odrl:purpose',
    )!;
    expect(purpose.rightOperand).toEqual([
      {
        '@id': 'steward:purpose-protection-analysis',
        '@type': 'dpv:NonCommercialResearch',
        'rdfs:label': 'Protection analysis and research',
      },
      {
        '@id': 'steward:purpose-response-planning',
        '@type': 'dpv:PublicBenefit',
        'rdfs:label': 'Response planning and prioritisation (HNO/HRP)',
      },
    ]);
    const ref = policies(out).find((p) => p['dct:identifier'] === 'ref-aggregate-high')!;
    const refPerm = (ref.permission as Record<string, Json>[])[0]!;
    expect((refPerm.target as Record<string, Json>)['dpv:hasData']).toEqual([
      { '@id': 'dpv:PersonalData' },
      { '@id': 'dpv:SpecialCategoryPersonalData' },
    ]);
    expect(refPerm.duty).toEqual([
      {
        action: 'steward:suppressSmallCells',
        'steward:conditionKind': 'suppress-below-n',
        constraint: [
          {
            leftOperand: 'steward:minimumCellCount',
            operator: 'odrl:gteq',
            rightOperand: { '@value': 5, '@type': 'xsd:integer' },
          },
        ],
      },
    ]);
    const bilateral = policies(out).find((p) => p['dct:identifier'] === 'acc-b')!;
    const bc = (
      (bilateral.permission as Record<string, Json>[])[0]!.constraint as Record<string, Json>[]
    ).map((c) => c.leftOperand);
    expect(bc).toContain('steward:activeAgreement');
  });

  it('round-trips the key fields of every rule and the ISP metadata', () => {
    for (const isp of [template, fixtureIsp()]) {
      const back = readOdrlIsp(
        JSON.parse(JSON.stringify(ispToOdrl(isp, { baseIri: 'https://x.example' }))) as OdrlDocument,
      );
      expect(back).toMatchObject({
        context: isp.context,
        version: isp.version,
        status: isp.status,
        reviewDue: isp.reviewDue,
      });
      expect(back.rules).toEqual(isp.rules);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(ispToOdrl(template, { baseIri: 'https://steward.example.org' }))).toBe(
      JSON.stringify(doc),
    );
  });
});
