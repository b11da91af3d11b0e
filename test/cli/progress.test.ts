// Progress on stderr: nothing for short runs, a line per phase in logs, one redrawn line on a terminal.
import { memoryIO } from '../../src/cli/io';
import { msg } from '../../src/core/messages';
import { progressOn } from '../../src/cli/progress';

function clock(start = 0): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('progress', () => {
  it('shows nothing during the first second, so a short run or an early error stays silent', () => {
    const io = memoryIO();
    const time = clock();
    const progress = progressOn(io, false, { now: time.now });
    progress.phase(msg('cli.phaseReading', { file: 'r.xlsx' }));
    time.advance(900);
    progress.phase(msg('cli.phaseWriting', { file: 'r.xlsx' }));
    progress.done();
    expect(io.err).toEqual([]);
  });

  it('writes one line per phase to a log, with the time since the start', () => {
    const io = memoryIO();
    const time = clock();
    const progress = progressOn(io, false, { now: time.now });
    progress.phase(msg('cli.phaseBuilding', { objectives: 1000 }));
    time.advance(1500);
    progress.fraction(0.5);
    progress.phase(msg('cli.phaseWriting', { file: 'r.xlsx' }));
    time.advance(2000);
    progress.phase(msg('cli.phaseWriting', { file: 'r.xlsx' }));
    progress.done();
    expect(io.err).toEqual(['traguardo: scrittura di r.xlsx… (1,5 s)\n']);
  });

  it('redraws one line per phase on a terminal, with the percentage, and ends it', () => {
    const io = { ...memoryIO(), stderrIsTerminal: true };
    const err: string[] = [];
    io.stderr = (text: string) => err.push(text);
    const time = clock();
    const progress = progressOn(io, false, { now: time.now });
    time.advance(1200);
    progress.phase(msg('cli.phaseRecalculating'));
    progress.fraction(0.25);
    progress.fraction(0.25);
    progress.phase(msg('cli.phaseWriting', { file: 'r.xlsx' }));
    progress.done();
    expect(err).toEqual([
      '\rtraguardo: ricalcolo delle formule… (1,2 s)\u001b[K',
      '\rtraguardo: ricalcolo delle formule 25% (1,2 s)\u001b[K',
      '\n',
      '\rtraguardo: scrittura di r.xlsx… (1,2 s)\u001b[K',
      '\n',
    ]);
  });

  it('is silent with --quiet', () => {
    const io = memoryIO();
    const time = clock();
    const progress = progressOn(io, true, { now: time.now, delayMs: 0 });
    progress.phase(msg('cli.phaseRecalculating'));
    time.advance(5000);
    progress.fraction(1);
    progress.done();
    expect(io.err).toEqual([]);
  });
});
