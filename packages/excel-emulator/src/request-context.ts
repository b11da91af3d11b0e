// Excel.RequestContext: the queue of actions, context.sync() as one round trip, payload accounting.

import type { EmulatedApplication, EmulatedWorkbook } from './api/workbook';
import type { ApiSets } from './api-sets';
import { guardUnemulated, type ClientObject } from './client-object';
import { EmulatorError, ErrorCode, isEmulatorError, notEmulated } from './errors';
import { utf8Length } from './utf8-length';
import { EmulatorStats, recordSync } from './stats';
import type { WorkbookState } from './workbook-state';

/** What the context needs from the emulator that owns it. */
export interface EmulatorHost {
  readonly state: WorkbookState;
  readonly stats: EmulatorStats;
  /** Largest request or response a sync may carry (Excel on the web: 5 MB); Infinity turns the check off. */
  readonly payloadLimitBytes: number;
  /** The requirement sets this Excel has: members above them throw ApiNotFound. */
  readonly apiSets: ApiSets;
  createWorkbook(context: EmulatedRequestContext): EmulatedWorkbook;
  createApplication(context: EmulatedRequestContext): EmulatedApplication;
  notifyChanged(): void;
}

/** Given to actions while a sync runs them. */
export interface ExecutionScope {
  readonly state: WorkbookState;
  /** Registers work to do once the whole sync succeeded (filling loaded properties). */
  after(apply: () => void): void;
  /** Accounts data the host would send back (loaded properties, method results). */
  response(data: unknown): void;
}

export type ActionKind = 'instantiate' | 'set' | 'method' | 'load';

export interface QueuedAction {
  target: ClientObject<unknown>;
  kind: ActionKind;
  name: string;
  args: readonly unknown[];
  statement: string;
  run(scope: ExecutionScope): void;
}

const ACTION_TYPE: Record<ActionKind, number> = { instantiate: 1, load: 2, method: 3, set: 4 };

/** JSON of an argument as Office.js sends it: API objects travel as references to their object path. */
function wireArgument(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && '_id' in value && '_typeName' in value) return { ObjectPathId: (value as { _id: number })._id };
  return value;
}

/** A method's object path carries all its arguments, as Office.js's ArgumentInfo does, not only those its name shows. */
function objectPath(target: ClientObject<unknown>): unknown {
  const path = { Id: target._id, ObjectPathType: 3, Name: target._path, ParentObjectPathId: target._parent?._id ?? 0 };
  if (target._args === undefined) return path;
  return { ...path, Name: target._path.replace(/\(.*$/, ''), ArgumentInfo: { Arguments: target._args.map(wireArgument) } };
}

/** Roughly Office.js's request JSON for one action, so payload sizes are comparable to Excel's. */
function wireAction(action: QueuedAction, id: number): unknown {
  const target = action.target;
  if (action.kind === 'instantiate') {
    return {
      Id: id,
      ActionType: 1,
      Name: '',
      ObjectPathId: target._id,
      ObjectPath: objectPath(target),
    };
  }
  return {
    Id: id,
    ActionType: ACTION_TYPE[action.kind],
    Name: action.name,
    ObjectPathId: target._id,
    ArgumentInfo: { Arguments: action.args.map(wireArgument) },
  };
}

const REQUEST_ENVELOPE_BYTES = utf8Length(JSON.stringify({ Actions: [] }));

/** Size of the request's JSON `{"Actions":[...]}`, summed action by action instead of building one string of megabytes. */
function requestBytes(actions: readonly QueuedAction[]): number {
  let bytes = REQUEST_ENVELOPE_BYTES + Math.max(0, actions.length - 1); // the commas between actions
  actions.forEach((action, index) => {
    bytes += utf8Length(JSON.stringify(wireAction(action, index + 1)));
  });
  return bytes;
}

export class EmulatedRequestContext {
  declare _host: EmulatorHost;
  declare _queue: QueuedAction[];
  declare _objectCounter: number;
  declare _executing: boolean;
  declare _closed: boolean;
  declare _workbook: EmulatedWorkbook | undefined;
  declare _application: EmulatedApplication | undefined;

  constructor(host: EmulatorHost) {
    this._host = host;
    this._queue = [];
    this._objectCounter = 0;
    this._executing = false;
    this._closed = false;
    this._workbook = undefined;
    this._application = undefined;
    return guardUnemulated(this, 'RequestContext');
  }

  get workbook(): EmulatedWorkbook {
    this._workbook ??= this._host.createWorkbook(this);
    return this._workbook;
  }

  get application(): EmulatedApplication {
    this._application ??= this._host.createApplication(this);
    return this._application;
  }

  get trackedObjects(): never {
    throw notEmulated('RequestContext.trackedObjects');
  }

  _nextObjectId(): number {
    this._objectCounter += 1;
    return this._objectCounter;
  }

  private checkOpen(statement: string): void {
    if (this._closed) {
      throw new EmulatorError(
        ErrorCode.invalidObjectPath,
        `${statement} was called on an object whose Excel.run has already finished`,
        statement,
      );
    }
  }

  _enqueue(action: QueuedAction): void {
    this.checkOpen(action.statement);
    if (this._executing) throw new Error(`internal: ${action.statement} was queued while a sync was running`);
    this._queue.push(action);
  }

  _enqueueInstantiate(target: ClientObject<unknown>): void {
    this._enqueue({
      target,
      kind: 'instantiate',
      name: '',
      args: [],
      statement: `${target._typeName} from ${target._path}`,
      run: (scope) => {
        const binding = target._ensureBinding(scope.state);
        scope.after(() => {
          target._isNull = binding === null;
        });
      },
    });
  }

  /** Sends every queued action in one round trip; rejects with the first failure, as Excel does. */
  sync<T>(passThroughValue?: T): Promise<T> {
    try {
      this.checkOpen('RequestContext.sync');
      this.runQueue();
      return Promise.resolve(passThroughValue as T);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private runQueue(): void {
    const actions = this._queue;
    this._queue = [];
    if (actions.length === 0) return;
    const host = this._host;
    const payloadBytes = requestBytes(actions);
    let responseBytes = 0;
    const record = () => recordSync(host.stats, { requests: actions.length, payloadBytes, responseBytes });
    if (payloadBytes > host.payloadLimitBytes) {
      record();
      throw new EmulatorError(
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload of ${payloadBytes} bytes (${actions.length} queued actions) exceeds the ${host.payloadLimitBytes}-byte limit of Excel on the web; split the work over several syncs.`,
        'RequestContext.sync',
        413,
      );
    }
    const appliers: (() => void)[] = [];
    const scope: ExecutionScope = {
      state: host.state,
      after: (apply) => appliers.push(apply),
      response: (data) => {
        responseBytes += utf8Length(JSON.stringify(data) ?? 'null');
      },
    };
    const versionBefore = host.state.version;
    host.state.cells.beginBatch();
    this._executing = true;
    try {
      for (const action of actions) {
        try {
          action.run(scope);
        } catch (error) {
          throw asOfficeError(error, action.statement);
        }
      }
    } finally {
      this._executing = false;
      host.state.cells.endBatch();
      record();
      if (host.state.version !== versionBefore) host.notifyChanged();
    }
    if (responseBytes > host.payloadLimitBytes) {
      throw new EmulatorError(
        ErrorCode.responsePayloadSizeLimitExceeded,
        `The response of ${responseBytes} bytes exceeds the ${host.payloadLimitBytes}-byte limit of Excel on the web; load less per sync.`,
        'RequestContext.sync',
        413,
      );
    }
    for (const apply of appliers) apply();
  }
}

/** Any failure during a sync reaches the caller as an OfficeExtension.Error-like value naming the statement. */
function asOfficeError(error: unknown, statement: string): EmulatorError {
  if (isEmulatorError(error)) return error.withStatement(statement);
  const message = error instanceof Error ? error.message : String(error);
  return new EmulatorError(ErrorCode.generalException, `${statement} failed inside the emulator: ${message}`, statement, 500).withStatement(statement);
}
