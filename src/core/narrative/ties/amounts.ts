import Decimal from 'decimal.js';
import { narrativeRule } from '../rule';
import { formatAmount, formatAmountTrimmed, roundHalfUp } from '../../amount/round';
import { fromYuan } from '../../amount/units';
import { a1 } from '../../grid/cellRef';
import { nameOf, report, shown } from '../context';
import { Claim } from '../types';
import { absentPath, cellsOf, pathRowCode, tableFiguresFor, TableFigure, tableTitle, unitOf, wanOf, yuanOf } from './cells';
import { TieContext, TieStatus } from './types';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const TABLE_AMOUNT = narrativeRule({
  id: 'narrative-table-amount',
  title: '说明：金额与表格不符',
  severity: 'error',
  doc: '说明中复述表格的金额（收支总计、各项收入支出、功能分类类/款/项、人员经费/公用经费及经济分类款、“三公”经费预算与决算、政府性基金和国有资本经营预算支出）换算为文中单位并按两位小数四舍五入后，应与对应单元格相等；258.6万元与258.60相符。只按文中较少的小数位相符（如1889万元对1889.05万元、715.9万元对715.87万元）时：亿元为提示，万元为警告（可能是四舍五入，也可能是省略了末尾0）。',
  identity: 'narrative.md §1 各部分复述的表格数字',
  certainWhen: '错误：金额与其主语对应的表格单元格换算到同一单位、按两位小数四舍五入后不等，且按文中写出的位数四舍五入也不等。',
});

export const OPERATING_COST = narrativeRule({
  id: 'narrative-operating-cost',
  title: '说明：机关运行经费与公用经费不符',
  severity: 'warning',
  doc: '行政单位（含参照公务员法管理的事业单位）的机关运行经费等于一般公共预算财政拨款基本支出决算表的公用经费合计；不等时提示核对（事业单位不涉及机关运行经费）。同句的增减额、增长率按文中金额推算不符、换成公用经费合计后全部相符时为错误（文字自相矛盾，只有表中数字能使其一致），由此推算的增长率不再另报。',
  identity: 'narrative.md §1 十 机关运行经费',
  certainWhen: '只报警告：机关运行经费与公用经费合计不等（事业单位可能不适用）。',
});

/** A table figure (元) in the claim's unit (元, 亿元; anything else is taken as 万元). */
export function inClaimUnit(yuan: Decimal, unit: string): Decimal {
  return fromYuan(yuan, unit === '元' || unit === '亿元' ? unit : '万元');
}

/**
 * Equal when the table figure rounded half-up at the table's precision (two decimals, or more if
 * the text wrote more) is the written number. The samples trim trailing zeros, so 258.6 stands
 * for 258.60 and matches it, while 691.5 stands for 691.50 and does not match 691.51.
 * Equal only at the fewer decimals written (715.9 for 715.87, 1889 for 1889.05) is 'rounded':
 * 亿元 figures are prose roundings (1.2亿元); a shorter 万元 figure may be a rounding as well as a
 * trimmed one, so it is neither certain nor wrong.
 */
function compare(claim: Claim, unit: string, t: TableFigure): TieStatus {
  const v = inClaimUnit(yuanOf(t), unit);
  if (roundHalfUp(v, Math.max(2, claim.decimals)).eq(claim.value)) return 'ok';
  if (claim.decimals < 2 && unit !== '元' && roundHalfUp(v, claim.decimals).eq(claim.value)) return 'rounded';
  return 'wrong';
}

const RANK: Readonly<Record<TieStatus, number>> = { ok: 0, rounded: 1, wrong: 2 };

/** "表“收入支出决算总表”E7 为 18890512.34元，即 1889.05万元". */
export function describeFigure(t: TableFigure, unit: string): string {
  if (t.absent) return `表“${tableTitle(t)}”中没有${t.label}这一行（即为0）`;
  const where = t.figures.map((f) => a1(f.cell.row, f.cell.col)).join(' + ');
  const sheetUnit = unitOf(t);
  const printed = t.figures.reduce((a, f) => a.plus(f.value), new Decimal(0));
  const yuan = yuanOf(t);
  const asClaim = `${formatAmountTrimmed(inClaimUnit(yuan, unit))}${unit}`;
  const head = `表“${tableTitle(t)}”${t.label ? t.label + ' ' : ''}${where} 为 ${formatAmount(printed)}${sheetUnit}`;
  return sheetUnit === unit ? head : `${head}，即 ${asClaim}`;
}

/**
 * Every amount (and 三公 budget) the tables hold, compared with its cell(s). A missing-unit
 * figure is tried as 万元, then as 元.
 */
export function tieAmounts(t: TieContext): void {
  const { ctx, model } = t;
  const claimed = new Set<string>();
  for (const c of ctx.claims) {
    const code = c.measure === 'amount' ? pathRowCode(model, c) : null;
    if (code) claimed.add(code);
  }
  for (const c of ctx.claims) {
    if (c.measure !== 'amount' && c.measure !== 'budget') continue;
    const figures = tableFiguresFor(model, c);
    if (figures.length === 0 && c.measure === 'amount' && c.subject.startsWith('funcPath:')) {
      const absent = absentPath(model, c, claimed);
      if (absent) figures.push(absent);
    }
    if (figures.length === 0) continue;
    const units = c.unitStated ? [c.unit] : ['万元', '元'];
    let best: { status: TieStatus; figure: TableFigure; unit: string } | null = null;
    for (const unit of units) {
      for (const figure of figures) {
        const status = compare(c, unit, figure);
        if (!best || RANK[status] < RANK[best.status]) best = { status, figure, unit };
      }
    }
    if (!best) continue;
    // A wrong figure is cited against the table the section restates (the first candidate).
    const cited = best.status === 'wrong' ? figures[0] : best.figure;
    const unit = best.status === 'wrong' ? units[0] : best.unit;
    if (c.subject === 'operatingCost' && best.status === 'wrong' && c.value.isZero()) continue; // 事业单位: 不涉及
    // A group closed by 等 may hold lines it does not name: more than its members is unverified.
    if (cited.group && best.status === 'wrong' && c.value.gt(inClaimUnit(yuanOf(cited), unit))) continue;
    const wan = wanOf(cited);
    const elsewhere = figures
      .filter((f) => !f.absent && f.table !== cited.table && wanOf(f).eq(wan))
      .map((f) => ({ table: f.table, cells: cellsOf(f) }));
    t.ties.set(c.id, { claim: c.id, table: cited.table, cells: cellsOf(cited), status: best.status, wan, elsewhere });
    ctx.verified.add(c.id);
    // Always said, even where a text-internal check flagged the same figure (五（二） against 五（三）,
    // 一 against 四): the table tells which side is wrong.
    if (best.status === 'ok') continue;
    const expected = `${formatAmountTrimmed(inClaimUnit(yuanOf(cited), unit))}${unit}`;
    const described = describeFigure(cited, unit);
    if (best.status === 'rounded' && unit === '亿元') {
      report(ctx, TABLE_AMOUNT, 'info', c.span,
        `说明写“${shown(c)}”，${described}；按写出的位数四舍五入相符。`,
        { expected, actual: shown(c), cells: cellsOf(cited), table: cited.table });
    } else if (best.status === 'rounded') {
      // 691.5万元 against 691.51: a rounding to one decimal, or 691.50 with its zero trimmed.
      report(ctx, TABLE_AMOUNT, 'warning', c.span,
        `说明写“${shown(c)}”，${described}；按写出的位数（${c.decimals}位小数）四舍五入相符，但若“${shown(c)}”是省略末尾0的写法则两者不符，请核对并按表中两位小数填写。`,
        { expected, actual: shown(c), cells: cellsOf(cited), table: cited.table });
    } else if (c.subject === 'operatingCost') {
      report(ctx, OPERATING_COST, 'warning', c.span,
        `说明写机关运行经费“${shown(c)}”，${described}。行政单位（含参公事业单位）的机关运行经费应等于基本支出中的公用经费合计；事业单位不涉及机关运行经费。`,
        { expected, actual: shown(c), cells: cellsOf(cited), table: cited.table });
    } else if (cited.group) {
      report(ctx, TABLE_AMOUNT, 'error', c.span,
        `说明写“${nameOf(c)}${shown(c)}”，${described}，所列各项至少为此数（“等”可另含未列项目，不会更少）。`,
        { expected: `≥${expected}`, actual: shown(c), cells: cellsOf(cited), table: cited.table });
    } else {
      report(ctx, TABLE_AMOUNT, 'error', c.span,
        `说明写“${shown(c)}”，${described}，两者不符。`,
        { expected, actual: shown(c), cells: cellsOf(cited), table: cited.table });
    }
  }
}
