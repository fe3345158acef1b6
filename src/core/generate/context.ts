import Decimal from 'decimal.js';
import { WorkbookModel } from '../model/types';
import { TABLE_BY_ID, TableId } from '../tables/catalog';
import { GenerateInputs, GenerateOptions } from './types';
import { Money, SectionWriter } from './writer';

/** Everything a section builder reads. */
export interface GenerateContext {
  readonly model: WorkbookModel;
  readonly inputs: GenerateInputs;
  readonly options: GenerateOptions;
  /** "2023年度", or "本年度" when no year is known. */
  readonly yearLabel: string;
  /** "2022年度", or "上年度". */
  readonly priorLabel: string;
  /** "截至2023年12月31日". */
  readonly yearEnd: string;
  /** The unit's name, or 本部门. */
  readonly entity: string;
}

export function makeContext(model: WorkbookModel, inputs: GenerateInputs, options: GenerateOptions): GenerateContext {
  const priorYear = inputs.prior?.year;
  const year = model.year ?? (priorYear !== undefined ? priorYear + 1 : null);
  const entity = inputs.entity?.trim() || model.entity?.trim() || '本部门';
  return {
    model,
    inputs,
    options,
    yearLabel: year === null ? '本年度' : `${year}年度`,
    priorLabel: year === null ? (priorYear !== undefined ? `${priorYear}年度` : '上年度') : `${priorYear ?? year - 1}年度`,
    yearEnd: year === null ? '截至本年度末' : `截至${year}年12月31日`,
    entity,
  };
}

/**
 * "1889.05万元", or a placeholder naming the table the figure should have come from (the
 * workbook lacks it, or the line is missing).
 */
export function wanOrAsk(w: SectionWriter, m: Money | undefined, table: TableId, what: string): string {
  if (m) return w.wan(m);
  return `${w.ask(`tables.${table}`, `${what}（工作簿中未找到“${TABLE_BY_ID[table].title}”的相应数据）`)}万元`;
}

export function isZero(m: Money | undefined): boolean {
  return m !== undefined && m.value.isZero();
}

export function dec(m: Money | undefined): Decimal | undefined {
  return m?.value;
}
