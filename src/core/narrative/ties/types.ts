import Decimal from 'decimal.js';
import { CellRef } from '../../grid/cellRef';
import { WorkbookModel } from '../../model/types';
import { TableId } from '../../tables/catalog';
import { NarrativeContext } from '../context';

/** How a figure of the 说明 compares with the table cell(s) it restates. */
export type TieStatus =
  | 'ok' // equal at the table's precision (258.6 = 258.60)
  | 'rounded' // equal only at the fewer decimals written (1.2亿元 for 1.19亿元, 715.9万元 for 715.87)
  | 'wrong';

export interface ClaimTie {
  readonly claim: number;
  readonly table: TableId;
  readonly cells: readonly CellRef[];
  readonly status: TieStatus;
  /** The table figure in 万元, unrounded: what shares and rates are recomputed from. */
  readonly wan: Decimal;
  /** The other tables holding the same figure (本年支出合计: T01 and T03 合计), for findingCells.ts. */
  readonly elsewhere: readonly TiePlace[];
}

export interface TiePlace {
  readonly table: TableId;
  readonly cells: readonly CellRef[];
}

/** What the tie checks share: the text's context, the tables, and what is already reported. */
export interface TieContext {
  readonly ctx: NarrativeContext;
  readonly model: WorkbookModel;
  readonly ties: Map<number, ClaimTie>;
}

/** A table figure a share or rate is recomputed from: its value in 万元 and its cells. */
export interface Valued {
  readonly wan: Decimal;
  readonly cells: readonly CellRef[];
  /** True when the text states this figure and it agrees with the table at its precision. */
  readonly statedOk: boolean;
}

/** The table figure behind a stated claim, as its tie found it. */
export function valuedOfTie(tie: ClaimTie): Valued {
  return { wan: tie.wan, cells: tie.cells, statedOk: tie.status === 'ok' };
}
