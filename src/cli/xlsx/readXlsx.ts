import { Grid } from '../../core/grid/types';
import { readWorkbookGrids, WorkbookReadError } from '../../xlsx/read';
import { XlsxReadError } from './XlsxReadError';
import { inflateNode } from './zip';

export { XlsxReadError } from './XlsxReadError';
/** The reader's limits (src/xlsx/read.ts); tests lower them to reach the refusals. */
export { LIMITS } from '../../xlsx/read';

/** zlib's inflate, stopped at maxBytes (src/xlsx/read.ts's Inflate); the one in zip.ts. */
export { inflateNode } from './zip';

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
    if (e instanceof WorkbookReadError) throw new XlsxReadError(e.message, e.code);
    throw e;
  }
}
