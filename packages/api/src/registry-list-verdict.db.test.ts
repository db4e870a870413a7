// Decision 0013, eighth round: the registry list decides each entry without building the ISP
// explanation (it shows the sensitivity and records the outcome only). The explanation is still
// given where the web app and the CLI show it (GET /api/registry/{id}, `decision`), and the list's
// sensitivity and recorded decision agree with the entry's full decision. PGlite and, with
// TEST_DATABASE_URL, the PostgreSQL server.
// eslint-disable-next-line no-restricted-imports -- the test reads the audit log as the system
import { listAuditEntries } from '@steward/db';
import { describe, expect, it } from 'vitest';
import { demoAppForFile, sendAs, signInTo } from './test-support/demo-app';

const demo = demoAppForFile();

interface Item {
  id: string;
  own: boolean;
  sensitivity: string;
}
interface Decision {
  sensitivity: string;
  decision: string;
  rule: string | null;
  explanation: string;
  why: { code: string }[];
}

/** The decisions recorded by the newest list (the tests of this file run one after the other). */
const decisionsOfLastList = async () => {
  const entries = await demo.db.asSystem('test', (tx) => listAuditEntries(tx, 200));
  const last = entries.find((e) => e.action === 'isp.decision' && e.targetType === 'registry-list');
  return ((last?.details as { decisions?: unknown[] } | undefined)?.decisions ?? []) as {
    id: string;
    decision: string;
    rule: string | null;
    sensitivity: string;
  }[];
};

describe('the registry list decides without building explanations', () => {
  for (const role of ['partner-focal-point', 'cluster-coordinator']) {
    it(`as ${role}: every listed sensitivity is the entry's decision, which still carries its explanation`, async () => {
      const login = demo.credentials.find((c) => c.role === role)!;
      const who = await signInTo(demo.app, login);
      const res = await sendAs(demo.app, who, 'GET', '/api/registry');
      expect(res.status).toBe(200);
      const items = ((await res.json()) as { items: Item[] }).items;
      expect(items.length).toBeGreaterThan(0);
      const recorded = await decisionsOfLastList();
      // Other organisations' entries are recorded with the list's own verdict.
      expect(recorded.map((d) => d.id).sort()).toEqual(
        items
          .filter((i) => !i.own)
          .map((i) => i.id)
          .sort(),
      );
      for (const item of items) {
        const one = await sendAs(demo.app, who, 'GET', `/api/registry/${item.id}`);
        expect(one.status).toBe(200);
        const { decision } = (await one.json()) as { decision: Decision };
        expect(decision.sensitivity).toBe(item.sensitivity);
        expect(decision.explanation.length).toBeGreaterThan(20);
        expect(decision.why.length).toBeGreaterThan(0);
        const inList = recorded.find((d) => d.id === item.id);
        if (inList) {
          expect(inList.sensitivity).toBe(decision.sensitivity);
          expect(inList.rule).toBe(decision.rule);
        }
      }
    }, 60_000);
  }
});
