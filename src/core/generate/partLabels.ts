import { EXPENDITURE, EXPENDITURE_PARTS as PARTS, INCOME, INCOME_LINES, SAN_GONG, SAN_GONG_NARRATED, SanGongItem, sanGongParts } from '../tables/lines';

/**
 * The labels the 说明 gives T01's income lines, T03's expenditure columns and T13's 三公 items, in
 * the order the 说明 lists them. The generated text and the pane's charts both take them from
 * here, so a chart never names a part differently from the sentence beside it.
 */
export const INCOME_PARTS: readonly (readonly [string, string])[] = INCOME_LINES.map((k) => [k, INCOME[k].name]);

export const EXPENDITURE_PARTS: readonly (readonly [string, string])[] = PARTS.map((k) => [k, EXPENDITURE[k].name]);

export const SAN_GONG_LABEL = Object.fromEntries(SAN_GONG_NARRATED.map((k) => [k, SAN_GONG[k].narrativeName])) as Readonly<Record<SanGongItem, string>>;

/** The three items of the 三公 total, in the 说明's order. */
export const SAN_GONG_ITEMS: readonly Exclude<SanGongItem, 'total'>[] = sanGongParts('total') as Exclude<SanGongItem, 'total'>[];
