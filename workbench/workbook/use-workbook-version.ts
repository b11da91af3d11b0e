// Re-render on workbook changes at most once per animation frame: a build of 1,000 sheets notifies once per sync.
import * as React from 'react';
import type { ExcelEmulator } from '@traguardo/excel-emulator';

export function useWorkbookVersion(emulator: ExcelEmulator): number {
  const [version, setVersion] = React.useState(emulator.version);
  React.useEffect(() => {
    let frame: number | null = null;
    const unsubscribe = emulator.onChange(() => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setVersion(emulator.version);
      });
    });
    // A change between the first render and this subscription is not lost.
    setVersion(emulator.version);
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [emulator]);
  return version;
}
