/**
 * Phase timings on stderr for profiling the disclosure commands: with `STEWARD_TIMINGS=1`,
 * `phase(name, since)` prints "steward: <name> <seconds> s" (wall time since `since`, from
 * `performance.now()`). Silent otherwise; never prints data, only phase names and times.
 */
const on = process.env.STEWARD_TIMINGS === '1';

export function phase(name: string, since: number): void {
  if (on) process.stderr.write(`steward: ${name} ${((performance.now() - since) / 1000).toFixed(3)} s\n`);
}
