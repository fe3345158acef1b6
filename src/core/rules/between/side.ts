import { Unit } from '../../amount/units';
import { Figure } from '../../model/types';
import { TableId } from '../../tables/catalog';
import { Side } from '../compare';
import { CellSide } from '../labels';

/**
 * A side naming its table, row and column; an absent figure (a row the table does not print)
 * reads as zero and says so.
 */
export function tableSide(table: TableId, unit: Unit, rowLabel: string, colLabel: string | undefined, fig: Figure | undefined): Side {
  return new CellSide(table, rowLabel, colLabel, fig, unit);
}

export function present(list: readonly (Figure | undefined)[]): Figure[] {
  return list.filter((f): f is Figure => f !== undefined);
}
