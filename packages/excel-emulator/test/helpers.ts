// Shared helpers for the emulator tests: a fresh emulator and a way to catch the error a sync rejects with.

import { createExcelEmulator, ExcelEmulator, ExcelEmulatorOptions } from '../src';

export function emulator(options: ExcelEmulatorOptions = {}): ExcelEmulator {
  return createExcelEmulator(options);
}

/** Runs `batch` and returns the error it rejects with (fails the test if it does not). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { code: string; message: string; errorLocation?: string; statement?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a rejection');
}

/** The error a synchronous call throws, typed as the emulator's errors are. */
export function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to throw, but it returned');
}
