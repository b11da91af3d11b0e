// Progress of a long run on stderr: one redrawn line on a terminal, one line per phase elsewhere (logs, CI).
import type { CliIO } from './io';

export interface Progress {
  /** A new phase, e.g. "Scrittura del file". */
  phase(label: string): void;
  /** How far the current phase is, 0..1. */
  fraction(value: number): void;
  /** Ends the last phase (a terminal gets its newline). */
  done(): void;
}

const SILENT: Progress = { phase: () => undefined, fraction: () => undefined, done: () => undefined };

export function progressOn(io: CliIO, quiet: boolean, now: () => number = () => Date.now()): Progress {
  if (quiet) return SILENT;
  const start = now();
  let label = '';
  let lastPercent = -1;
  let open = false;
  const elapsed = () => `${((now() - start) / 1000).toFixed(1).replace('.', ',')} s`;
  const draw = (percent: number | null) => {
    const text = `traguardo: ${label}${percent === null ? '…' : ` ${percent}%`} (${elapsed()})`;
    io.stderr(`\r${text}\u001b[K`);
    open = true;
  };
  return {
    phase(next) {
      if (io.stderrIsTerminal) {
        if (open) io.stderr('\n');
        label = next;
        lastPercent = -1;
        draw(null);
      } else {
        label = next;
        io.stderr(`traguardo: ${next}… (${elapsed()})\n`);
      }
    },
    fraction(value) {
      if (!io.stderrIsTerminal) return;
      const percent = Math.max(0, Math.min(100, Math.round(value * 100)));
      if (percent === lastPercent) return;
      lastPercent = percent;
      draw(percent);
    },
    done() {
      if (io.stderrIsTerminal && open) io.stderr('\n');
      open = false;
    },
  };
}
