import { isMainThread, workerData } from 'worker_threads';
import { UsageError } from './args';
import { isUserFacing, userMessage } from '../core/errors';
import { WORKER_FLAG } from './batch/pool';

// Each command is imported when it runs, so a process loads only what its command needs: the
// batch's main thread never loads exceljs (its workers do), `generate` as text never loads the
// .docx writer (test/unit/cli/lazyModules.test.ts).

async function usage(): Promise<string> {
  const [{ CHECK_USAGE }, { BATCH_USAGE }, { COMPARE_USAGE }, { GENERATE_USAGE }] = await Promise.all([
    import('./commands/check'),
    import('./commands/batch'),
    import('./commands/compare'),
    import('./commands/generate'),
  ]);
  return `决算校验 命令行

${CHECK_USAGE}
${BATCH_USAGE}
${COMPARE_USAGE}
${GENERATE_USAGE}

退出码：0 未发现错误；1 发现错误；2 无法校验（原因见错误输出）。`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => {
    if (!outputClosed) process.stdout.write(s);
  };
  try {
    switch (command) {
      case 'check':
        return await (await import('./commands/check')).runCheck(rest, out);
      case 'compare':
        return await (await import('./commands/compare')).runCompare(rest, out);
      case 'generate':
        return await (await import('./commands/generate')).runGenerate(rest, out);
      case 'batch':
        // The bundle (dist/cli.js) doubles as the worker script; under ts-node/jest there is none.
        return await (await import('./commands/batch')).runBatch(rest, out, __filename.endsWith('.js') ? __filename : null);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out((await usage()) + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`不认识的命令“${command}”`);
    }
  } catch (e) {
    process.stderr.write(oneLine(e, command === 'generate' ? '无法生成' : '无法校验') + '\n');
    if (e instanceof UsageError) process.stderr.write((await usage()) + '\n');
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
