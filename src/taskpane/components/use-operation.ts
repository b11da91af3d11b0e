// One long workbook operation at a time per screen: running flag, progress and the failure to show.
import * as React from 'react';
import { describeFailure, type OperationFailure } from '../operation-failure';
import { useStrings } from '../i18n/strings-context';
import type { ProgressListener } from '../services/types';

export interface Operation {
  running: boolean;
  progress: number | null;
  failure: OperationFailure | null;
  /** Runs the task unless one is already running; resolves to its result, or undefined when it failed. */
  run<T>(task: (report: ProgressListener) => Promise<T>): Promise<T | undefined>;
  clearFailure(): void;
}

export function useOperation(): Operation {
  const { language } = useStrings();
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [failure, setFailure] = React.useState<OperationFailure | null>(null);
  const busy = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const run = React.useCallback(async <T,>(task: (report: ProgressListener) => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setRunning(true);
    setProgress(null);
    setFailure(null);
    const report: ProgressListener = (fraction) => {
      if (mounted.current) setProgress(fraction === null ? null : Math.max(0, Math.min(1, fraction)));
    };
    try {
      return await task(report);
    } catch (error) {
      if (mounted.current) setFailure(describeFailure(error, language));
      return undefined;
    } finally {
      busy.current = false;
      if (mounted.current) setRunning(false);
    }
  }, [language]);

  const clearFailure = React.useCallback(() => setFailure(null), []);
  return { running, progress, failure, run, clearFailure };
}
