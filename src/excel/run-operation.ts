// One operation's batch on the Excel given, its Office.js failures turned into ExcelOperationError.
import { msg, type Message } from '../core/messages';
import type { OperationKey } from '../core/messages/excel';
import { ExcelOperationError, officeReason } from './errors';
import type { Batch, BatchRunner } from './runner';

/** Runs one batch on `excel`, turning Office.js failures into ExcelOperationError (ours pass through). */
export async function runOperation<T>(excel: BatchRunner, operation: OperationKey | Message, batch: Batch<T>): Promise<T> {
  try {
    return await excel.run(batch);
  } catch (error) {
    if (error instanceof ExcelOperationError) throw error;
    const code = (error as { code?: unknown })?.code === 'ItemNotFound' ? 'ItemNotFound' : 'ReadFailed';
    const what = typeof operation === 'string' ? msg('excel.operation', { operation }) : operation;
    throw new ExcelOperationError(code, msg('excel.operationFailed', { operation: what, reason: officeReason(error) }), [], error);
  }
}
