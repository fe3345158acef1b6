import { Body1Strong, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellRef } from '../../core/grid/cellRef';
import type { Suspect } from '../../core/suspects';
import { stepSuspect, suspectLine } from '../viewModel/suspects';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `4px solid #C50F1F`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface SuspectListProps {
  readonly suspects: readonly Suspect[];
  /** Selects the cell in the workbook. */
  readonly select: (cell: CellRef) => void;
}

/**
 * The cells most likely to need changing, shown before the findings: the current one in words,
 * 上一个 / 下一个 to move the selection from one to the next across sheets.
 */
export function SuspectList({ suspects, select }: SuspectListProps) {
  const styles = useStyles();
  const [index, setIndex] = useState<number | null>(null);
  if (suspects.length === 0) return null;
  const go = (step: 1 | -1) => {
    const next = stepSuspect(index, step, suspects.length);
    setIndex(next);
    if (next !== null) select(suspects[next].cell);
  };
  const shown = suspects[index ?? 0];
  return (
    <section className={styles.box} aria-label="最可能需要修改的单元格" data-testid="suspects">
      <Body1Strong>{`最可能需要修改的单元格${suspects.length > 1 ? `（${(index ?? 0) + 1}/${suspects.length}）` : ''}`}</Body1Strong>
      <Caption1 data-testid="suspect">{suspectLine(shown)}</Caption1>
      <div className={styles.row} role="group" aria-label="逐个查看">
        <Button size="small" onClick={() => go(-1)}>
          上一个
        </Button>
        <Button size="small" appearance="primary" onClick={() => go(1)}>
          下一个
        </Button>
      </div>
    </section>
  );
}
