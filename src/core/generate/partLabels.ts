import { EXPENDITURE, EXPENDITURE_PARTS, INCOME, INCOME_LINES, SanGongItem, sanGongParts } from '../tables/lines';

/**
 * The parts the 说明 lists, in its order, as [key, label]: T01's income lines and T03's
 * expenditure columns (their names in tables/lines.ts), and T13's three 三公 items (labelled by
 * SAN_GONG[k].narrativeName). The generated text and the pane's charts both take them from here,
 * so a chart never names a part differently from the sentence beside it.
 */
export const INCOME_PART_LABELS: readonly (readonly [string, string])[] = INCOME_LINES.map((k) => [k, INCOME[k].name]);

export const EXPENDITURE_PART_LABELS: readonly (readonly [string, string])[] = EXPENDITURE_PARTS.map((k) => [k, EXPENDITURE[k].name]);

/** The three items of the 三公 total, in the 说明's order. */
export const SAN_GONG_ITEMS: readonly Exclude<SanGongItem, 'total'>[] = sanGongParts('total') as Exclude<SanGongItem, 'total'>[];
