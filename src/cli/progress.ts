// Progress of a long run on stderr: one redrawn line on a terminal, one line per phase elsewhere (logs, CI).
// Nothing is shown for a run that ends (or fails) within the first second, so short runs and errors stay one line.
import { msg, type Message } from '../core/messages';
import { say, type CliIO } from './io';

export interface Progress {
  /** A new phase, e.g. "scrittura di r.xlsx". */
  phase(label: Message): void;
  /** How far the current phase is, 0..1. */
  fraction(value: number): void;
  /** Ends the progress (a terminal gets its newline); call it on failure too. */
  done(): void;
}

export interface ProgressOptions {
  now?: () => number;
  /** Runs shorter than this show nothing (default 1 s). */
  delayMs?: number;
}

const SILENT: Progress = { phase: () => undefined, fraction: () => undefined, done: () => undefined };

export function progressOn(io: CliIO, quiet: boolean, options: ProgressOptions = {}): Progress {
  if (quiet) return SILENT;
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 1000;
  const start = now();
  // Phases are compared as the words shown, so the same phase told twice is one line.
  let label: string | null = null;
  let percent: number | null = null;
  let shownLabel: string | null = null;
  let lineOpen = false;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const line = (phase: string, shownPercent: number | null) =>
    `traguardo: ${say(io, msg('cli.progress', { phase, percent: shownPercent, milliseconds: now() - start }))}`;
  const show = () => {
    if (finished || label === null || now() - start < delayMs) return;
    if (io.stderrIsTerminal) {
      io.stderr(`\r${line(label, percent)}\u001b[K`);
      lineOpen = true;
    } else if (shownLabel !== label) {
      io.stderr(`${line(label, null)}\n`);
    }
    shownLabel = label;
  };
  // The first line appears after the delay even when the work is between checkpoints, if the event loop is free.
  timer = setTimeout(show, delayMs);
  timer.unref?.();

  return {
    phase(phase) {
      const next = say(io, phase);
      if (io.stderrIsTerminal && lineOpen && shownLabel !== next) {
        io.stderr('\n');
        lineOpen = false;
      }
      label = next;
      percent = null;
      show();
    },
    fraction(value) {
      const next = Math.max(0, Math.min(100, Math.round(value * 100)));
      if (next === percent) return;
      percent = next;
      if (io.stderrIsTerminal) show();
    },
    done() {
      finished = true;
      if (timer !== null) clearTimeout(timer);
      if (lineOpen) io.stderr('\n');
      lineOpen = false;
    },
  };
}
