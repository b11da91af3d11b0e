// The Office.js proxy-object model: objects queue actions, context.sync() runs them, load() fills properties.

import { requireApiSet } from './api-sets';
import { describeArgs } from './statement-text';
import { EmulatorError, ErrorCode, invalidArgument, notEmulated, propertyNotLoaded } from './errors';
import type { EmulatedRequestContext, ExecutionScope } from './request-context';
import type { WorkbookState } from './workbook-state';

/** What load() asked for: scalar names (or all of them) and nested navigation paths. */
export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  nested: Map<string, LoadTree>;
}

function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), nested: new Map() };
}

function addPath(tree: LoadTree, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || head === '') return;
  if (head === '*' || head === '$all') {
    tree.all = true;
    return;
  }
  if (rest.length === 0) {
    tree.scalars.add(head);
    return;
  }
  const child = tree.nested.get(head) ?? emptyTree();
  tree.nested.set(head, child);
  addPath(child, rest);
}

function addObjectNotation(tree: LoadTree, spec: Record<string, unknown>, location: string): void {
  for (const [key, value] of Object.entries(spec)) {
    if (key === '$top' || key === '$skip') throw notEmulated(`load option ${key}`);
    if (key === '$all') {
      if (value === true) tree.all = true;
      continue;
    }
    if (value === true) tree.scalars.add(key);
    else if (value && typeof value === 'object') {
      const child = tree.nested.get(key) ?? emptyTree();
      tree.nested.set(key, child);
      addObjectNotation(child, value as Record<string, unknown>, location);
    } else if (value !== false && value !== undefined) {
      throw invalidArgument(`load option ${key}: ${String(value)} must be true, false or an object`, location);
    }
  }
}

/** Parses every form load() accepts: "a, b/c", ["a", "b"], { select, expand }, { a: true, b: { c: true } }. */
function parseLoadSpec(spec: unknown, location: string): LoadTree {
  const tree = emptyTree();
  const addText = (text: string) =>
    text.split(',').map((part) => part.trim()).filter((part) => part !== '').forEach((part) => addPath(tree, part.split(/[/.]/)));
  if (spec === undefined || spec === null) {
    tree.all = true;
  } else if (typeof spec === 'string') {
    addText(spec);
  } else if (Array.isArray(spec)) {
    spec.forEach((part) => {
      if (typeof part !== 'string') throw invalidArgument('load() array entries must be property names', location);
      addText(part);
    });
  } else if (typeof spec === 'object') {
    const options = spec as Record<string, unknown>;
    if ('select' in options || 'expand' in options) {
      if (typeof options.select === 'string') addText(options.select);
      if (typeof options.expand === 'string') {
        options.expand.split(',').map((p) => p.trim()).filter(Boolean).forEach((p) => {
          const child = emptyTree(true);
          tree.nested.set(p.replace(/[/.].*$/, ''), child);
        });
      }
      if (options.select === undefined && options.expand === undefined) tree.all = true;
    } else {
      addObjectNotation(tree, options, location);
    }
  } else {
    throw invalidArgument(`load(${String(spec)}) is not a property list`, location);
  }
  return tree;
}

/** Names that tools probe on any object (promises, jest, React): answering undefined keeps them working. */
const PROBED_NAMES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'constructor', 'inspect', 'length', 'prototype', 'toString', 'valueOf']);

function findDescriptor(target: object, key: string): PropertyDescriptor | undefined {
  for (let proto: object | null = target; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return descriptor;
  }
  return undefined;
}

function guardHandler(typeName: string): ProxyHandler<object> {
  return {
    get(obj, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(obj, key, receiver);
      if (key in obj) {
        if (!key.startsWith('_')) requireApiSet(obj, typeName, key, 'read');
        return Reflect.get(obj, key, receiver);
      }
      if (PROBED_NAMES.has(key) || key.startsWith('_') || key.startsWith('$$') || key.startsWith('@@')) return undefined;
      throw notEmulated(`${typeName}.${key}`);
    },
    set(obj, key, value, receiver) {
      if (typeof key === 'symbol' || key.startsWith('_')) return Reflect.set(obj, key, value, receiver);
      const descriptor = findDescriptor(obj, key);
      if (!descriptor) throw notEmulated(`${typeName}.${key} (assignment)`);
      if (descriptor.get && !descriptor.set) {
        throw new EmulatorError(ErrorCode.invalidArgument, `Cannot update the read-only property '${key}' of ${typeName}.`, `${typeName}.${key}`);
      }
      requireApiSet(obj, typeName, key, 'write');
      return Reflect.set(obj, key, value, receiver);
    },
  };
}

// One handler per API type, shared by its objects: a batch creates hundreds of thousands of them.
const guardHandlers = new Map<string, ProxyHandler<object>>();

/** Wraps an API object so that any member the emulator lacks throws "not emulated: Type.member" instead of being undefined. */
export function guardUnemulated<T extends object>(target: T, typeName: string): T {
  let handler = guardHandlers.get(typeName);
  if (!handler) guardHandlers.set(typeName, (handler = guardHandler(typeName)));
  return new Proxy(target, handler as ProxyHandler<T>);
}

export type Resolver<B> = (state: WorkbookState, parentBinding: unknown) => B | null;

export interface ClientObjectInit<B> {
  context: EmulatedRequestContext;
  parent: ClientObject<unknown> | null;
  /** How Office.js would name the step that made this object, e.g. `getRange("A1")`. */
  path: string;
  /** Every argument of the method that made it, where `path` names only some (`add(name)` of add(name, reference)). */
  args?: readonly unknown[];
  resolve: Resolver<B>;
  /** Known binding (collection items after a load): no instantiation is queued. */
  binding?: B;
}

/** Base of every emulated API object (Workbook, Worksheet, Range, ...). B is what it is bound to in the workbook. */
export abstract class ClientObject<B = unknown> {
  declare _context: EmulatedRequestContext;
  declare _id: number;
  declare _parent: ClientObject<unknown> | null;
  declare _path: string;
  declare _args: readonly unknown[] | undefined;
  declare _resolver: Resolver<B>;
  declare _binding: B | null | undefined;
  declare _failed: boolean;
  declare _isNull: boolean | undefined;
  declare _values: Record<string, unknown>;
  declare _navs: Record<string, ClientObject<unknown>>;

  /** The Office.js class name, used in error locations ("Range.values"). */
  get _typeName(): string {
    return 'ClientObject';
  }

  constructor(init: ClientObjectInit<B>) {
    this._context = init.context;
    this._id = init.context._nextObjectId();
    this._parent = init.parent;
    this._path = init.path;
    this._args = init.args;
    this._resolver = init.resolve;
    this._binding = init.binding;
    this._failed = false;
    this._isNull = init.binding === undefined ? undefined : false;
    this._values = {};
    this._navs = {};
    const guarded = guardUnemulated(this, this._typeName);
    if (init.binding === undefined && !init.context._executing) init.context._enqueueInstantiate(guarded);
    return guarded;
  }

  get context(): EmulatedRequestContext {
    return this._context;
  }

  /** True after sync when the *OrNullObject call found nothing; reading it before a sync throws, as in Office.js. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  /** Runs at the instantiate action (or on first use): binds this object to a workbook item, or null. */
  _ensureBinding(state: WorkbookState): B | null {
    if (this._binding !== undefined) return this._binding;
    if (this._failed) {
      throw new EmulatorError(ErrorCode.invalidObjectPath, `${this._typeName} from ${this._path} failed in an earlier sync and cannot be used`, this._typeName);
    }
    const parentBinding = this._parent ? this._parent._ensureBinding(state) : undefined;
    if (parentBinding === null) {
      this._binding = null;
      return null;
    }
    try {
      this._binding = this._resolver(state, parentBinding);
    } catch (error) {
      this._failed = true;
      throw error;
    }
    return this._binding;
  }

  // ---- properties ----------------------------------------------------------------------------------------

  /** Scalar properties load() without arguments fetches (withAccessors gives them from a table). */
  _scalarNames(): readonly string[] {
    return [];
  }

  /** Reads one scalar from the workbook for a load. */
  _readScalar(name: string, _binding: B, _state: WorkbookState): unknown {
    throw notEmulated(`${this._typeName}.${name}`);
  }

  /** Navigation properties (objects) load() may descend into, e.g. "format" of a Range. */
  _navigationNames(): readonly string[] {
    return [];
  }

  /** A property as the getter reports it: loaded (or assigned) value, else PropertyNotLoaded. */
  _get<T>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (!(name in this._values)) throw propertyNotLoaded(this._typeName, name);
    return this._values[name] as T;
  }

  /** An assignment: kept locally (as Office.js does) and queued to run at sync. */
  _set(name: string, value: unknown, apply: (state: WorkbookState, binding: B, value: unknown, location: string) => void): void {
    this._values[name] = value;
    const location = `${this._typeName}.${name}`;
    this._context._enqueue({
      target: this,
      kind: 'set',
      name,
      args: [value],
      statement: `${location} = ${describeArgs([value])}`,
      run: (scope) => {
        const binding = this._ensureBinding(scope.state);
        if (binding !== null) apply(scope.state, binding, value, location);
      },
    });
  }

  /** A method call with an effect and no result. */
  _invoke(name: string, args: readonly unknown[], run: (state: WorkbookState, binding: B, location: string) => void): void {
    this._enqueueMethod(name, args, (scope, binding, location) => {
      if (binding !== null) run(scope.state, binding, location);
    });
  }

  /** A method call returning a value through ClientResult, available after sync. */
  _invokeForResult<T>(name: string, args: readonly unknown[], run: (state: WorkbookState, binding: B, location: string) => T): ClientResult<T> {
    const result = new ClientResult<T>(`${this._typeName}.${name}`);
    this._enqueueMethod(name, args, (scope, binding, location) => {
      const value = binding === null ? (null as T) : run(scope.state, binding, location);
      scope.response(value);
      scope.after(() => result._resolve(value));
    });
    return result;
  }

  // Queues a method call; the binding is resolved at sync and is null for a null object.
  private _enqueueMethod(name: string, args: readonly unknown[], run: (scope: ExecutionScope, binding: B | null, location: string) => void): void {
    const location = `${this._typeName}.${name}`;
    this._context._enqueue({
      target: this,
      kind: 'method',
      name,
      args,
      statement: `${location}(${describeArgs(args)})`,
      run: (scope) => run(scope, this._ensureBinding(scope.state), location),
    });
  }

  /** A navigation property object (format, fill, font...), created once and bound through this object. */
  _nav<C extends ClientObject<unknown>>(name: string, create: () => C): C {
    const existing = this._navs[name];
    if (existing) return existing as C;
    const created = create();
    this._navs[name] = created;
    return created;
  }

  load(spec?: unknown): this {
    const location = `${this._typeName}.load`;
    const tree = parseLoadSpec(spec, location);
    this._context._enqueue({
      target: this,
      kind: 'load',
      name: 'load',
      args: [spec ?? null],
      statement: `${location}(${describeArgs([spec ?? ''])})`,
      run: (scope) => this._executeLoad(tree, scope),
    });
    return this;
  }

  /** Reads what `tree` asks for now (in queue order) and applies it to this object when the sync succeeds. */
  _executeLoad(tree: LoadTree, scope: ExecutionScope): void {
    const binding = this._ensureBinding(scope.state);
    if (binding === null) {
      scope.after(() => {
        this._isNull = true;
      });
      return;
    }
    const navigation = this._navigationNames();
    const names = tree.all ? [...this._scalarNames(), ...tree.scalars] : [...tree.scalars];
    const loaded: Record<string, unknown> = {};
    const nested = new Map(tree.nested);
    for (const name of names) {
      if (navigation.includes(name)) {
        if (!nested.has(name)) nested.set(name, emptyTree(true));
        continue;
      }
      if (name === 'isNullObject') continue;
      loaded[name] = this._readScalar(name, binding, scope.state);
    }
    scope.response(loaded);
    scope.after(() => {
      Object.assign(this._values, loaded);
      this._isNull = false;
    });
    for (const [name, subtree] of nested) {
      if (!navigation.includes(name)) throw notEmulated(`${this._typeName}.load("${name}/...")`);
      const child = (this as unknown as Record<string, unknown>)[name];
      if (!(child instanceof ClientObject)) throw notEmulated(`${this._typeName}.${name}`);
      child._executeLoad(subtree, scope);
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { ...this._values };
    for (const [name, child] of Object.entries(this._navs)) {
      const nested = child.toJSON();
      if (Object.keys(nested).length > 0) json[name] = nested;
    }
    return json;
  }
}

/** Base of collections: `items` is filled by load(); getItem-style calls bind lazily. */
export abstract class ClientCollection<B, IB, Item extends ClientObject<IB>> extends ClientObject<B> {
  declare _items: Item[] | undefined;

  abstract _itemBindings(binding: B, state: WorkbookState): IB[];
  abstract _createItem(binding: IB): Item;

  get items(): Item[] {
    if (this._isNull === true) return [];
    if (this._items === undefined) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  override _executeLoad(tree: LoadTree, scope: ExecutionScope): void {
    const binding = this._ensureBinding(scope.state);
    if (binding === null) {
      scope.after(() => {
        this._isNull = true;
      });
      return;
    }
    const own = this._scalarNames(); // the collection's own scalars (count); other names in a load go to the items
    const itemTree: LoadTree = tree.nested.get('items') ?? emptyTree(tree.all);
    const ownLoaded: Record<string, unknown> = {};
    for (const name of tree.scalars) {
      if (name === 'items') itemTree.all = true;
      else if (own.includes(name)) ownLoaded[name] = this._readScalar(name, binding, scope.state);
      else itemTree.scalars.add(name);
    }
    for (const [name, subtree] of tree.nested) if (name !== 'items') itemTree.nested.set(name, subtree);
    if (!itemTree.all && itemTree.scalars.size === 0 && itemTree.nested.size === 0 && Object.keys(ownLoaded).length === 0) itemTree.all = true;
    const items = this._itemBindings(binding, scope.state).map((itemBinding) => this._createItem(itemBinding));
    for (const item of items) item._executeLoad(itemTree, scope);
    scope.after(() => {
      this._items = items;
      Object.assign(this._values, ownLoaded);
      this._isNull = false;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { ...this._values, items: (this._items ?? []).map((item) => item.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: a method's return value, readable after the sync that ran it. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  constructor(private readonly location: string) {}

  get value(): T {
    if (!this.loaded) {
      throw new EmulatorError(
        ErrorCode.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        this.location,
      );
    }
    return this.result as T;
  }

  _resolve(value: T): void {
    this.result = value;
    this.loaded = true;
  }

  toJSON(): unknown {
    return this.loaded ? this.result : undefined;
  }
}
