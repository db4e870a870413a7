/**
 * Progress on stderr for long runs, without garbage in CI logs:
 * - stderr is a terminal: one bar redrawn in place (`\r`), erased when done;
 * - otherwise: nothing for runs that finish within `quietMs` (default 2 s), then plain lines at
 *   every 25 % ("steward: reading data.csv 50%"). `STEWARD_PROGRESS=lines` prints the lines from
 *   the start, `STEWARD_PROGRESS=off` silences both (tests and scripts).
 * The label never contains data values, only the step and the file name.
 */
import type { Io } from '../framework';

export interface Progress {
  /** Sets the step shown, e.g. "reading free1.csv". */
  step(label: string): void;
  /** Fraction done of the current step, in [0, 1]. */
  update(fraction: number): void;
  /** Clears the bar (a terminal) at the end or before an error line. */
  done(): void;
}

const BAR_WIDTH = 30;

export function createProgress(
  io: Io,
  options: { tty?: boolean; quietMs?: number; now?: () => number } = {},
): Progress {
  const mode = io.env.STEWARD_PROGRESS;
  if (mode === 'off') return { step() {}, update() {}, done() {} };
  const tty = options.tty ?? (mode === 'lines' ? false : Boolean(process.stderr.isTTY));
  const now = options.now ?? (() => performance.now());
  const started = now();
  const quietMs = mode === 'lines' ? 0 : (options.quietMs ?? 2000);
  let label = '';
  let lastQuarter = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    step(next) {
      label = next;
      lastQuarter = -1;
      if (tty) draw(0);
    },
    update(fraction) {
      const f = Math.min(1, Math.max(0, fraction));
      if (tty) {
        const t = now();
        if (t - lastDraw < 100 && f < 1) return;
        lastDraw = t;
        draw(f);
        return;
      }
      const quarter = Math.floor(f * 4);
      if (quarter <= lastQuarter) return;
      lastQuarter = quarter;
      if (now() - started < quietMs || quarter === 0) return;
      io.stderr(`steward: ${label} ${quarter * 25}%\n`);
    },
    done() {
      if (tty && drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };

  function draw(f: number): void {
    const full = Math.round(f * BAR_WIDTH);
    io.stderr(
      `\r\x1b[2K${label} [${'#'.repeat(full)}${'.'.repeat(BAR_WIDTH - full)}] ${Math.floor(f * 100)}%`,
    );
    drawn = true;
  }
}
