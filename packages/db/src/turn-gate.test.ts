// The PGlite turn gate (decision 0013, tenth round): at most N transactions start per turn of the
// event loop, first come first served, and the loop's I/O (a new connection) is taken up between
// turns. Real timers and a real socket on 127.0.0.1; no timing assertion.
import { createConnection, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { turnGate } from './database';

/** Spins the thread for `ms` (what a PGlite statement does: synchronous WebAssembly). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('turnGate', () => {
  it('lets perTurn callers through per turn, in order of arrival, none overtaking one that waits', async () => {
    const gate = turnGate(2);
    const order: string[] = [];
    let turn = 0;
    const pass = (name: string) => order.push(`${name}@${turn}`);
    const enter = async (name: string) => {
      const wait = gate.enter();
      if (wait) await wait;
      pass(name);
    };
    const all = ['a', 'b', 'c', 'd', 'e'].map(enter);
    expect(gate.waiting).toBe(3);
    // Turns counted in the check phase, where the gate releases its callers: once per loop iteration.
    let counting = true;
    const tick = () => {
      turn += 1;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await new Promise((r) => setImmediate(r));
    const late = enter('f');
    await Promise.all([...all, late]);
    counting = false;
    expect(order.map((o) => o.split('@')[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const turnOf = (n: string) => Number(order.find((o) => o.startsWith(`${n}@`))!.split('@')[1]);
    expect(turnOf('a')).toBe(turnOf('b'));
    expect(turnOf('c')).toBe(turnOf('d'));
    expect(turnOf('c')).toBeGreaterThanOrEqual(turnOf('a'));
    expect(turnOf('e')).toBeGreaterThan(turnOf('c'));
    expect(gate.waiting).toBe(0);
    expect(() => turnGate(0)).toThrow(RangeError);
  });

  it('takes up a new connection between turns while callers queued before it run', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const gate = turnGate(1);
    let ran = 0;
    let acceptedAfter = -1;
    server.on('connection', (socket) => {
      acceptedAfter = ran;
      socket.destroy();
    });
    const CALLERS = 30;
    const callers = Array.from({ length: CALLERS }, async () => {
      const wait = gate.enter();
      if (wait) await wait;
      busy(2);
      ran += 1;
    });
    const client = createConnection(port, '127.0.0.1');
    client.on('error', () => {});
    await Promise.all(callers);
    client.destroy();
    await new Promise((r) => server.close(r));
    // Without the gate all 30 would run before the loop polls the listening socket again.
    expect(acceptedAfter).toBeGreaterThanOrEqual(0);
    expect(acceptedAfter).toBeLessThan(CALLERS);
  });
});
