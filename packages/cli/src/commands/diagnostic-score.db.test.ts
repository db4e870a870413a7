// `steward diagnostic score --round ID --json` against a real server with the demo loaded: the
// cluster's and a member's scores per action and per principle, the same as the round's answers
// scored by core, and refusals as one line.
import {
  ACTIONS,
  PRINCIPLES,
  scoreRound,
  type Answer,
  type DiagnosticItem,
} from '@steward/core/diagnostic/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../remote/client';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let coordinatorToken: string;
let focalToken: string;
let rounds: { id: string; title: string; status: string }[];

beforeAll(async () => {
  server = await startTestServer();
  coordinatorToken = await server.tokenFor('coordinator@demo.example.org', 'DPCCU');
  focalToken = await server.tokenFor('focal-point@demo.example.org', 'TRI');
  const client = connect({ server: server.url, token: coordinatorToken }, { env: {} });
  rounds = (await client.get<{ items: typeof rounds }>('/api/diagnostic/rounds')).items;
});
afterAll(async () => server?.close());

async function expected(token: string, round: string, party: string) {
  const client = connect({ server: server.url, token }, { env: {} });
  const r = await client.get<{ items: DiagnosticItem[]; answers: Answer[] }>(
    `/api/diagnostic/rounds/${round}/response`,
    {
      party,
    },
  );
  return scoreRound(r.items, r.answers);
}

describe('steward diagnostic score', () => {
  it('prints the scores per action and per principle of the demo rounds', async () => {
    expect(rounds.map((r) => [r.title, r.status])).toEqual([
      ['Baseline diagnostic', 'closed'],
      ['Annual diagnostic', 'open'],
    ]);
    const scores = [];
    for (const round of rounds) {
      const r = await server.run(
        ['diagnostic', 'score', '--round', round.id, '--party', 'cluster', '--json'],
        {
          token: coordinatorToken,
        },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out.byAction)).toEqual([...ACTIONS]);
      expect(Object.keys(out.byPrinciple)).toEqual([...PRINCIPLES]);
      const want = await expected(coordinatorToken, round.id, 'cluster');
      expect(out.overall).toBe(want.overall.score);
      for (const a of ACTIONS) expect(out.byAction[a]).toBe(want.byAction[a].score);
      for (const p of PRINCIPLES) expect(out.byPrinciple[p]).toBe(want.byPrinciple[p].score);
      scores.push(out.overall as number);
    }
    // the demo's current round is better than the baseline
    expect(scores[1]).toBeGreaterThan(scores[0]!);
  });

  it("scores a member's pre-filled answers before it saved any, and prints a readable table", async () => {
    const current = rounds[1]!.id;
    const r = await server.run(['diagnostic', 'score', '--round', current, '--json'], { token: focalToken });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.party).toBe('member');
    expect(out.answered).toBeGreaterThan(0); // pre-filled from TRI's registry, agreements and the ISP
    expect(out.answered).toBeLessThan(out.items);
    expect(out.byAction.registry).not.toBeNull();
    const text = await server.run(['diagnostic', 'score', '--round', current], { token: focalToken });
    expect(text.stdout).toMatch(/By action:\n {2}diagnostic/);
    expect(text.stdout).toMatch(/retention\s+(\d+ %|—)/);
  });

  it('refuses a member asking for the cluster, an unknown round and a bad party, in one line each', async () => {
    const current = rounds[1]!.id;
    const forbidden = await server.run(['diagnostic', 'score', '--round', current, '--party', 'cluster'], {
      token: focalToken,
    });
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr.trim().split('\n')).toHaveLength(1);
    expect(forbidden.stderr).toMatch(/forbidden/);
    const missing = await server.run(
      ['diagnostic', 'score', '--round', '00000000-0000-4000-8000-000000000000'],
      {
        token: focalToken,
      },
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not-found/);
    const bad = await server.run(['diagnostic', 'score', '--round', current, '--party', 'everyone'], {
      token: focalToken,
    });
    expect(bad.code).toBe(2);
  });
});
