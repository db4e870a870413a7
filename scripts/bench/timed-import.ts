/**
 * (issue 10) One report import as the service runs it, timed for the bench probes
 * (statement-times.ts, reimport-probe.ts): wall time, this process's CPU time (PGlite runs in it),
 * and the event loop's longest wait meanwhile (the lateness of a 5 ms timer: what a health check
 * would wait for at worst).
 */
import type { ImportResult } from '@steward/services/reporting/report-types';
import { FRAMEWORK, type Ctx } from './cases/report-import';

export interface TimedImport {
  result: ImportResult;
  /** Seconds. */
  wall: number;
  /** This process's user + system CPU, seconds. */
  cpu: number;
  /** The event loop's longest wait during the import, milliseconds. */
  longestWait: number;
}

export async function timedImport(
  ctx: Ctx,
  file: { period: string; bytes: Uint8Array },
): Promise<TimedImport> {
  let longestWait = 0;
  let last = performance.now();
  let done = false;
  const tick = () => {
    const now = performance.now();
    longestWait = Math.max(longestWait, now - last);
    last = now;
    if (!done) setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const result = await ctx.services.reporting.importReport(ctx.partner, {
      framework: FRAMEWORK.code,
      period: file.period,
      name: 'probe.csv',
      bytes: file.bytes,
    });
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { result, wall, cpu: (cpu.user + cpu.system) / 1e6, longestWait };
  } finally {
    done = true;
  }
}
