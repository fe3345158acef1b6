import zlib from 'zlib';
import { Grid } from '../../core/grid/types';
import { ZipTooLargeError } from '../../zip/directory';
import { readWorkbookGrids, WorkbookReadError } from '../../xlsx/read';
import { XlsxReadError } from './XlsxReadError';

export { XlsxReadError } from './XlsxReadError';
export type { XlsxReadErrorCode } from './XlsxReadError';
/** The reader's limits (src/xlsx/read.ts); tests lower them to reach the refusals. */
export { LIMITS } from '../../xlsx/read';

/** zlib's inflate, stopped at maxBytes (src/xlsx/read.ts's Inflate). */
export function inflateNode(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError('inflate');
    throw err;
  }
}

function toBytes(input: Buffer | ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof ArrayBuffer ? new Uint8Array(input) : input;
}

/**
 * Reads an .xlsx into Grids, one per worksheet in workbook order, with the one workbook reader
 * (src/xlsx). Throws XlsxReadError (Chinese message, code) for anything it cannot read.
 * exceljs is not involved: it only writes annotated copies (annotate.ts).
 */
export async function readXlsx(input: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  try {
    return await readWorkbookGrids(toBytes(input), inflateNode);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new XlsxReadError(e.code, e.message);
    throw e;
  }
}
