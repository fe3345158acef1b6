import Decimal from 'decimal.js';
import { GenerateContext, wanOrAsk } from '../context';
import { optWan } from '../figures';
import { PERFORMANCE_SECTION_TITLE } from '../../narrativeSections';
import { changeFigures } from '../sentences';
import { Section } from '../types';
import { SectionWriter } from '../writer';

/**
 * 其他重要事项的情况说明: 机关运行经费 (T08 公用经费 for a 行政单位), 政府采购 and 国有资产 from
 * the user's inputs; 预算绩效管理 as （四） in the Sichuan order (national: its own section).
 */
export function otherSection(ctx: GenerateContext, w: SectionWriter, withPerformance: boolean): Section {
  w.subsection(runningCost(ctx, w.child('other.runningCost', '（一）机关运行经费支出情况')));
  w.subsection(procurement(ctx, w.child('other.procurement', '（二）政府采购支出情况')));
  w.subsection(assets(ctx, w.child('other.assets', '（三）国有资产占有使用情况')));
  if (withPerformance) w.subsection(performanceSection(ctx, w.child('other.performance', `（四）${PERFORMANCE_SECTION_TITLE}`)));
  return w.done();
}

/**
 * 机关运行经费: a 行政单位's is T08's 公用经费 (with last year's, its change and reason); a 事业单位
 * has none. The user's 行政单位 answer wins; without one the tables and the name decide
 * (unitKind.ts) and a note beside the text says so; when they cannot, the sentence asks.
 */
function runningCost(ctx: GenerateContext, w: SectionWriter): Section {
  const publicCost = optWan(ctx.model.tables.T08?.publicTotal);
  const lead = `${ctx.yearLabel}，${ctx.entity}`;
  const inferred = ctx.adminInference;
  if (inferred && inferred.adminUnit !== undefined) {
    w.note(
      'adminUnit',
      inferred.adminUnit
        ? `按行政单位写机关运行经费（即六中的公用经费合计）：${inferred.basis}。如不是行政单位，请将“行政单位”改为“否”。`
        : `按事业单位写（不涉及机关运行经费）：${inferred.basis}。如是行政单位（含参照公务员法管理的事业单位），请将“行政单位”改为“是”。`,
    );
  }
  if (ctx.adminUnit === false) {
    w.paragraph(`${lead}为事业单位，不涉及机关运行经费。`);
    return w.done();
  }
  if (ctx.adminUnit === undefined) {
    if (inferred) w.note('adminUnit', `无法判断是否为行政单位：${inferred.basis}。`);
    // No figure inside the question: the narrative check would read it as a claim.
    w.paragraph(`${lead}机关运行经费支出${w.ask('adminUnit', '是否为行政单位（行政单位的机关运行经费即六中的公用经费合计，事业单位不涉及）')}。`);
    return w.done();
  }
  let text = `${lead}机关运行经费支出${wanOrAsk(w, publicCost, 'T08', '机关运行经费（公用经费合计）')}`;
  const prior = ctx.inputs.prior?.runningCost;
  if (publicCost && prior === undefined) {
    text += `，与${ctx.priorLabel}相比${w.ask('prior.runningCost', `增减情况（需${ctx.priorLabel}机关运行经费）`)}。`;
    text += `主要原因是${w.reason(ctx.reasons, 'runningCostChange', '变动原因')}。`;
  } else if (publicCost && prior !== undefined) {
    const change = publicCost.value.minus(prior);
    if (change.isZero()) text += `，与${ctx.priorLabel}持平。`;
    else text += `，比${ctx.priorLabel}${changeFigures(w, publicCost.value, prior)}。主要原因是${w.reason(ctx.reasons, 'runningCostChange', '变动原因')}。`;
  } else {
    text += '。';
  }
  w.paragraph(text);
  return w.done();
}

const ZERO = new Decimal(0);

function amountOrAsk(w: SectionWriter, v: Decimal | undefined, input: string, label: string): string {
  return v === undefined ? `${w.ask(input, label)}万元` : `${w.amount(v)}万元`;
}

/** 政府采购支出总额 = 货物 + 工程 + 服务; 授予中小企业 and 小微企业 with their shares of the total. */
function procurement(ctx: GenerateContext, w: SectionWriter): Section {
  const p = ctx.inputs.procurement ?? {};
  const lead = `${ctx.yearLabel}，${ctx.entity}`;
  const parts = [p.goods, p.works, p.services];
  const total = parts.every((v) => v !== undefined) ? parts.reduce((a: Decimal, b) => a.plus(b as Decimal), ZERO) : undefined;
  if (total && total.isZero()) {
    w.paragraph(`${lead}未发生政府采购支出。`);
    return w.done();
  }
  const totalText = total ? `${w.amount(total)}万元` : `${w.ask('procurement', '政府采购支出总额')}万元`;
  let text =
    `${lead}政府采购支出总额${totalText}，其中：` +
    `政府采购货物支出${amountOrAsk(w, p.goods, 'procurement.goods', '政府采购货物支出')}、` +
    `政府采购工程支出${amountOrAsk(w, p.works, 'procurement.works', '政府采购工程支出')}、` +
    `政府采购服务支出${amountOrAsk(w, p.services, 'procurement.services', '政府采购服务支出')}。`;
  // A share is computed whenever its two operands are known; else it asks for the one missing
  // (the amount, or the total through its parts).
  const share = (v: Decimal | undefined, input: string) =>
    v !== undefined && total ? w.share(v, total) : `${w.ask(v === undefined ? input : 'procurement', '占政府采购支出总额的比例')}`;
  text +=
    `授予中小企业合同金额${amountOrAsk(w, p.sme, 'procurement.sme', '授予中小企业合同金额')}，占政府采购支出总额的${share(p.sme, 'procurement.sme')}，` +
    `其中：授予小微企业合同金额${amountOrAsk(w, p.smallMicro, 'procurement.smallMicro', '授予小微企业合同金额')}，占政府采购支出总额的${share(p.smallMicro, 'procurement.smallMicro')}。`;
  w.paragraph(text);
  return w.done();
}

function assets(ctx: GenerateContext, w: SectionWriter): Section {
  const a = ctx.inputs.assets ?? {};
  const vehicles = a.vehicles !== undefined ? String(a.vehicles) : w.ask('assets.vehicles', '车辆数');
  const equipment = a.equipmentOver1m !== undefined ? String(a.equipmentOver1m) : w.ask('assets.equipmentOver1m', '单价100万元（含）以上设备台（套）数');
  w.paragraph(`${ctx.yearEnd}，${ctx.entity}共有车辆${vehicles}辆，单价100万元（含）以上设备${equipment}台（套）。`);
  return w.done();
}

/** 预算绩效管理情况: project counts and the unit's own 绩效自评 paragraph. */
export function performanceSection(ctx: GenerateContext, w: SectionWriter): Section {
  const p = ctx.inputs.performance ?? {};
  const n = (v: number | undefined, input: string, label: string) => (v !== undefined ? String(v) : w.ask(`performance.${input}`, label));
  w.paragraph(
    `根据预算绩效管理要求，${ctx.entity}在${ctx.yearLabel}预算编制阶段，组织对${n(p.evaluated, 'evaluated', '事前绩效评估项目数')}个项目开展了预算事前绩效评估，` +
      `对${n(p.targets, 'targets', '编制绩效目标项目数')}个项目编制了绩效目标，预算执行过程中，选取${n(p.monitored, 'monitored', '绩效监控项目数')}个项目开展绩效监控。`,
  );
  const self = p.selfEvaluation?.trim();
  w.paragraph(self ? self : w.ask('performance.selfEvaluation', '绩效自评情况（自评范围、得分和综述）'));
  return w.done();
}

