/**
 * Issue 15, item 4: the three ways the project could read a workbook, on the same files.
 * - exceljs (what the CLI used until 2026-12; it still writes annotated copies),
 * - @e965/xlsx (the SheetJS 0.20.3 build on npm; a devDependency for this comparison only),
 * - the project's own reader (src/xlsx, used by the CLI, the pane and the web page).
 * Each one is asked for what the checker needs: every sheet's values as rows. In process, warm.
 * `--with hostile-readers` also runs each reader over the hostile corpus, one child process per
 * case and reader (a zip bomb must not take the bench down), and counts how each one ends.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readXlsx } from '../src/cli/xlsx/readXlsx';
import { row, timeAsync } from './lib';

export type ReaderName = 'exceljs' | 'sheetjs' | 'own';

/** Every sheet's values as rows (what a Grid holds), by each reader. */
export const READERS: Record<ReaderName, (buf: Buffer) => Promise<unknown>> = {
  async exceljs(buf) {
    const book = await new ExcelJS.Workbook().xlsx.load(buf as unknown as ArrayBuffer);
    return book.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow({ includeEmpty: false }, (r, n) => (rows[n - 1] = r.values as unknown[]));
      return rows;
    });
  },
  async sheetjs(buf) {
    const book = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: true });
    return book.SheetNames.map((n) => XLSX.utils.sheet_to_json(book.Sheets[n], { header: 1, raw: true, defval: null }));
  },
  async own(buf) {
    return readXlsx(buf);
  },
};

export async function compareReaders(files: readonly { label: string; file: string }[]): Promise<Record<string, Record<ReaderName, number>>> {
  const out: Record<string, Record<ReaderName, number>> = {};
  for (const { label, file } of files) {
    const buf = await fs.readFile(file);
    const runs = buf.length > 1024 * 1024 ? 5 : 20;
    const figures = {} as Record<ReaderName, number>;
    for (const name of Object.keys(READERS) as ReaderName[]) {
      figures[name] = await timeAsync(() => READERS[name](buf), runs);
    }
    out[label] = figures;
    row(`read ${label} (${(buf.length / 1024).toFixed(0)} KB), median of ${runs}: exceljs / SheetJS / own`, `${figures.exceljs.toFixed(1)} / ${figures.sheetjs.toFixed(1)} / ${figures.own.toFixed(1)} ms`);
  }
  return out;
}

const run = promisify(execFile);

/** How one reader ends on one hostile file: read, a clean refusal, a plain exception, a crash or out of time. */
export type Ending = 'read' | 'refused' | 'exception' | 'crash' | 'timeout';

const CHILD = `
const [reader, file] = process.argv.slice(1);
require('ts-node').register({ transpileOnly: true });
const { READERS } = require(${JSON.stringify(path.join(__dirname, 'readers.ts'))});
const buf = require('fs').readFileSync(file);
READERS[reader](buf).then(
  () => console.log('read'),
  (e) => console.log(e && e.name === 'XlsxReadError' ? 'refused' : 'exception:' + String(e && e.message).slice(0, 80)),
);
`;

export async function hostileReaders(dir: string): Promise<void> {
  const { HOSTILE_CASES } = await import('../test/robustness/hostile/corpus');
  const names = Object.keys(READERS) as ReaderName[];
  const tally = Object.fromEntries(names.map((n) => [n, { read: 0, refused: 0, exception: 0, crash: 0, timeout: 0, expected: 0 }])) as Record<ReaderName, Record<Ending | 'expected', number>>;
  for (const [i, c] of HOSTILE_CASES.entries()) {
    const file = path.join(dir, `hostile-${i}.xlsx`);
    await fs.writeFile(file, await c.build());
    for (const n of names) {
      let ending: Ending;
      try {
        const { stdout } = await run(process.execPath, ['--max-old-space-size=1024', '-e', CHILD, n, file], { timeout: 30_000, cwd: path.join(__dirname, '..') });
        ending = stdout.startsWith('read') ? 'read' : stdout.startsWith('refused') ? 'refused' : 'exception';
      } catch (e) {
        ending = (e as { killed?: boolean }).killed ? 'timeout' : 'crash';
      }
      tally[n][ending]++;
      // The corpus says what a correct reader does: read it, or refuse it (another reader's exception counts as a refusal, without the Chinese sentence).
      if ('check' in c.expect ? ending === 'read' : ending === 'refused' || ending === 'exception') tally[n].expected++;
    }
  }
  for (const n of names) {
    const t = tally[n];
    row(
      `hostile corpus, ${n}: as the corpus expects (of ${HOSTILE_CASES.length}); read / refused in Chinese / other exception / crash / > 30 s`,
      `${t.expected}; ${t.read} / ${t.refused} / ${t.exception} / ${t.crash} / ${t.timeout}`,
    );
  }
}
