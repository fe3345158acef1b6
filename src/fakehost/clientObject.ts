import { byteLength, FakeCommand, FakeContextCore } from './context';
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from './errors';

/** A parsed load request: property paths such as "name", "items/name", "protection/protected". */
export type LoadSpec = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if ('select' in spec || 'expand' in spec) {
    const o = spec as { select?: string; expand?: string };
    return [...loadPaths(o.select), ...loadPaths(o.expand)];
  }
  // Object form: { name: true, protection: { protected: true } }.
  const out: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key.startsWith('$')) continue;
    if (value === true) out.push(key);
    else if (value && typeof value === 'object') for (const sub of loadPaths(value as LoadSpec)) out.push(`${key}/${sub}`);
  }
  return out;
}

/** Groups "a/b", "a/c", "d" into { a: ["b", "c"], d: [] }. */
export function groupPaths(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const [head, ...rest] = p.split('/');
    const list = groups.get(head) ?? [];
    if (rest.length) list.push(rest.join('/'));
    groups.set(head, list);
  }
  return groups;
}

export interface Loaded {
  readonly bytes: number;
  readonly commit: () => void;
}

/**
 * Base of every fake client object. Values exist on the JavaScript side only after a load and a
 * successful sync; reading earlier throws PropertyNotLoaded, as Office does. Targets are resolved
 * when the sync runs, so an object made by add() in the same batch is found.
 */
export abstract class FakeClientObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly core: FakeContextCore, protected readonly nullable = false) {
    if (nullable) {
      // *OrNullObject: isNullObject is known after the next sync without an explicit load.
      core.watchNull(() => {
        if (this.nullState !== undefined) return;
        let isNull: boolean;
        try {
          isNull = this.tryResolve() === null;
        } catch {
          isNull = true;
        }
        this.nullState = isNull;
      });
    }
  }

  /** Short type name for sync logs, e.g. "Worksheet". */
  protected abstract kind(): string;
  /** The model object, or null when it does not exist. */
  protected abstract tryResolve(): T | null;
  /** Properties loaded when load() is called without arguments. */
  protected abstract defaultScalars(): string[];
  /** A scalar property of a resolved target; throws InvalidArgument for unknown names. */
  protected abstract scalar(target: T, name: string): unknown;
  /** A navigation property (child object) by name, for paths such as "format/fill/color". */
  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  protected resolve(): T {
    const t = this.tryResolve();
    if (t === null) throw itemNotFound(this.kind());
    return t;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.core.enqueue({
      describe: `${this.kind()}.load(${paths.join(',')})`,
      requestBytes: 60 + byteLength(paths),
      run: () => {
        const loaded = this.collect(paths);
        return { responseBytes: loaded.bytes, commit: loaded.commit };
      },
    });
    return this;
  }

  /** Reads the requested paths now (inside sync) and returns how to apply them afterwards. */
  collect(paths: readonly string[]): Loaded {
    const target = this.tryResolve();
    if (target === null) {
      if (!this.nullable) throw itemNotFound(this.kind());
      return { bytes: 10, commit: () => (this.nullState = true) };
    }
    const groups = groupPaths(paths.length ? paths : this.defaultScalars());
    const scalars: [string, unknown][] = [];
    const children: Loaded[] = [];
    let bytes = 10;
    for (const [head, rest] of groups) {
      const child = this.navigation(head);
      if (child) {
        const loaded = child.collect(rest);
        bytes += loaded.bytes;
        children.push(loaded);
      } else {
        if (rest.length) throw new FakeOfficeError('InvalidArgument', `'${head}' has no child properties (${this.kind()})`);
        const value = this.scalar(target, head);
        bytes += byteLength(head) + byteLength(value ?? null);
        scalars.push([head, value]);
      }
    }
    return {
      bytes,
      commit: () => {
        if (this.nullable) this.nullState = false;
        for (const [k, v] of scalars) this.loadedValues.set(k, v);
        for (const c of children) c.commit();
      },
    };
  }

  /** The loaded value of a property; throws PropertyNotLoaded before load + sync. */
  protected get<V>(name: string): V {
    if (this.nullState === true) throw new FakeOfficeError('InvalidOperation', `${this.kind()} is a null object; '${name}' cannot be read.`);
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  /** Queues a change; it happens when the next sync runs. */
  protected command(command: Omit<FakeCommand, 'requestBytes'> & { payload?: unknown }): void {
    const { payload, ...rest } = command;
    this.core.enqueue({ requestBytes: 80 + byteLength(payload ?? null), ...rest });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

export function unknownProperty(kind: string, name: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `${kind} has no property '${name}' in this fake.`);
}
