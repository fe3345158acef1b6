import { isMainThread, workerData } from 'worker_threads';
import { OptionSpec, parseArgs, ParsedArgs, UsageError } from './args';
import { isUserFacing, userMessage } from '../core/errors';
import { WORKER_FLAG } from './batch/pool';

/**
 * Every command: its usage lines, its options (parsed here, so a typo in an option is a usage
 * error before anything loads) and how it runs. A command's module is imported only when it runs,
 * so a process loads only what its command needs, and the usage text loads none: the batch's main
 * thread never loads exceljs (its workers do), `generate` as text never loads the .docx writer
 * (test/unit/cli/lazyModules.test.ts).
 */
interface Command {
  readonly usage: string;
  readonly options: readonly OptionSpec[];
  readonly run: (args: ParsedArgs, out: (s: string) => void) => Promise<number>;
}

const COMMANDS = {
  check: {
    usage: `用法：node dist/cli.js check <工作簿.xlsx> [--format text|json] [--profile auto|sichuan-13|national-9] [--annotate <标注副本.xlsx>]
      [--narrative <说明.docx|说明.txt>] [--prior <上年工作簿.xlsx>] [--explanations <说明记录.json>]
      node dist/cli.js check --narrative <说明.docx|说明.txt> [--format text|json]   （只校验说明，不比对附表）
  --narrative 同时校验决算情况说明（Word .docx 或 .txt 文本，GBK 编码亦可）：说明中的数字与附表及说明自身是否一致。
  --prior 上年的决算工作簿：核对本年年初结转和结余是否等于上年年末结转和结余（收入支出决算总表，及财政拨款收入支出决算总表的每项财政拨款）。
  --explanations 警告的说明记录（JSON，格式同任务窗格保存在工作簿中的“已说明”）；工作簿中保存的说明总会读取。`,
    options: [
      { name: 'format', values: ['text', 'json'] },
      { name: 'profile', values: ['auto', 'sichuan-13', 'national-9'] },
      { name: 'annotate' },
      { name: 'narrative' },
      { name: 'prior' },
      { name: 'explanations' },
    ],
    run: async (args: ParsedArgs, out: (s: string) => void): Promise<number> => (await import('./commands/check')).runCheck(args, out),
  },
  batch: {
    usage: `用法：node dist/cli.js batch <文件夹> [--recursive] [--out 报告.xlsx|报告.csv|报告.json] [--details]
      [--profile auto|sichuan-13|national-9] [--narratives <说明文件夹>] [--previous <上一版文件夹>]
  --recursive 连同子文件夹一并校验；文件夹中的每个文件都列出结果（已校验、跳过及原因、无法校验及原因）。
  --out .xlsx 写出“汇总”和“问题明细”两张表；--details 使 CSV 每行一个问题（而非每行一个文件）。
  --narratives 每个工作簿与该文件夹中同名的说明（.docx 或 .txt）一并校验；没有同名说明的工作簿只校验附表。
  --previous 与上一版文件夹中同名（相对路径相同）的工作簿比较，报告增加“变化”一列。`,
    options: [
      { name: 'out' },
      { name: 'profile', values: ['auto', 'sichuan-13', 'national-9'] },
      { name: 'narratives' },
      { name: 'previous' },
      { name: 'recursive', flag: true },
      { name: 'details', flag: true },
    ],
    // The bundle (dist/cli.js) doubles as the worker script; under ts-node/jest there is none.
    run: async (args: ParsedArgs, out: (s: string) => void): Promise<number> => (await import('./commands/batch')).runBatch(args, out, __filename.endsWith('.js') ? __filename : null),
  },
  compare: {
    usage: `用法：node dist/cli.js compare <原报.xlsx> <重报.xlsx> [--format text|json] [--profile auto|sichuan-13|national-9]
  比较同一单位的两个版本：改动了哪些数字（表、行、列、原值 → 新值），哪些问题已修正、仍未修正、新出现。`,
    options: [
      { name: 'format', values: ['text', 'json'] },
      { name: 'profile', values: ['auto', 'sichuan-13', 'national-9'] },
    ],
    run: async (args: ParsedArgs, out: (s: string) => void): Promise<number> => (await import('./commands/compare')).runCompare(args, out),
  },
  generate: {
    usage: `用法：node dist/cli.js generate <工作簿.xlsx> [--prior <上年工作簿.xlsx|上年数据.json>] [--inputs <补充数据.json>] [--out <说明.docx|说明.txt>]
      [--profile auto|sichuan-13|national-9] [--shares samples|fixed2] [--amounts trimmed|fixed]
      [--structure computed|largest-remainder] [--zero list|omit] [--item-amounts yes|no]
  根据附表生成决算情况说明（一至十）。上年数据和原因等表中没有的内容可由 --prior / --inputs 提供（JSON 键见 docs/prior-json.md），
  缺少的内容以【请填写：…】标出。不指定 --out 时输出纯文本。`,
    options: [
      { name: 'prior' },
      { name: 'inputs' },
      { name: 'out' },
      { name: 'profile', values: ['auto', 'sichuan-13', 'national-9'] },
      { name: 'shares', values: ['samples', 'fixed2'] },
      { name: 'amounts', values: ['trimmed', 'fixed'] },
      { name: 'structure', values: ['computed', 'largest-remainder'] },
      { name: 'zero', values: ['list', 'omit'] },
      { name: 'item-amounts', values: ['yes', 'no'] },
    ],
    run: async (args: ParsedArgs, out: (s: string) => void): Promise<number> => (await import('./commands/generate')).runGenerate(args, out),
  },
} as const satisfies Record<string, Command>;

type CommandName = keyof typeof COMMANDS;

/** What a command's run gets: only the options its entry declares (a misspelt one is a type error). */
export type CommandArgs<C extends CommandName> = ParsedArgs<(typeof COMMANDS)[C]['options'][number]['name']>;

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

function usage(): string {
  return `决算校验 命令行

${COMMANDS.check.usage}
${COMMANDS.batch.usage}
${COMMANDS.compare.usage}
${COMMANDS.generate.usage}

退出码：0 未发现错误；1 发现错误；2 无法校验（原因见错误输出）。`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => {
    if (!outputClosed) process.stdout.write(s);
  };
  try {
    if (isCommand(command)) {
      const { options, run } = COMMANDS[command];
      return await run(parseArgs(rest, options), out);
    }
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(usage() + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`不认识的命令“${command}”`);
    }
  } catch (e) {
    process.stderr.write(oneLine(e, command === 'generate' ? '无法生成' : '无法校验') + '\n');
    // A command's own usage after its mistake; the whole list when the command itself is unknown.
    if (e instanceof UsageError) process.stderr.write((isCommand(command) ? COMMANDS[command].usage : usage()) + '\n');
    return 2;
  }
}

/** Set when the reader of our output went away (`| head`): the rest of the output is dropped. */
let outputClosed = false;

/**
 * `node dist/cli.js check big.xlsx | head` : when the pipe closes, the write fails with EPIPE.
 * That is the reader's choice, not an error: stop writing and finish quietly with the command's
 * own exit code (no stack trace). Any other stream error is an internal one, said in one line.
 */
export function guardOutput(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      outputClosed = true;
      return;
    }
    process.stderr.write(`${userMessage(e)}\n`);
    process.exit(2);
  });
}

/** One Chinese line for any failure; never a stack trace. */
function oneLine(e: unknown, what: string): string {
  return isUserFacing(e) ? `${what}：${e.message}` : `${what}：${userMessage(e)}，请将此文件反馈给开发者。`;
}

if (!isMainThread && workerData === WORKER_FLAG) {
  // Messages the pool sends before the listener is attached wait in the port.
  void import('./batch/worker').then((w) => w.runWorker());
} else if (require.main === module) {
  guardOutput(process.stdout);
  process.stderr.on('error', () => undefined);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
