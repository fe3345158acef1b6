import { UserFacingError } from '../core/errors';

/**
 * A small argument parser: positional words and `--name value` / `--name=value` options, each
 * option declared with the values it accepts so a typo gets a Chinese message instead of being ignored.
 */
export interface OptionSpec {
  readonly name: string;
  /** Allowed values; undefined means any value. */
  readonly values?: readonly string[];
  /** A flag takes no value. */
  readonly flag?: boolean;
}

/** The words and options of a command line; `Name` the option names its command declares. */
export interface ParsedArgs<Name extends string = string> {
  readonly positional: string[];
  readonly options: Readonly<Partial<Record<Name, string | true>>>;
}

export class UsageError extends UserFacingError<'usage'> {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, 'usage');
  }
}

export function parseArgs<const S extends readonly OptionSpec[]>(argv: readonly string[], specs: S): ParsedArgs<S[number]['name']> {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new UsageError(`不认识的选项 --${name}`);
    if (spec.flag) {
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`选项 --${name} 需要一个值`);
    if (spec.values && !spec.values.includes(value)) {
      throw new UsageError(`选项 --${name} 的值只能是 ${spec.values.join(' / ')}，不能是“${value}”`);
    }
    options[name] = value;
  }
  return { positional, options: options as ParsedArgs<S[number]['name']>['options'] };
}
