import { Body1Strong, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
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

/** Alt+↓ / Alt+↑ step while the pane has the keyboard (keys typed in the grid go to Excel, not to the pane). */
export const SUSPECT_KEYS = { next: 'Alt+ArrowDown', previous: 'Alt+ArrowUp' } as const;

/**
 * The cells most likely to need changing, shown before the findings: the current one in words,
 * 上一个 / 下一个 (and Alt+↓ / Alt+↑) to move the selection from one to the next across sheets.
 */
export function SuspectList({ suspects, select }: SuspectListProps) {
  const styles = useStyles();
  const [index, setIndex] = useState<number | null>(null);
  const go = (step: 1 | -1) => {
    const next = stepSuspect(index, step, suspects.length);
    setIndex(next);
    if (next !== null) select(suspects[next].cell);
  };
  // The listener is registered once; it calls the latest go through a ref.
  const latest = useRef(go);
  latest.current = go;
  const count = suspects.length;
  useEffect(() => {
    if (count === 0) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      e.preventDefault();
      latest.current(e.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count]);
  if (suspects.length === 0) return null;
  const shown = suspects[index ?? 0];
  return (
    <section className={styles.box} aria-label="最可能需要修改的单元格" data-testid="suspects">
      <Body1Strong>{`最可能需要修改的单元格${suspects.length > 1 ? `（${(index ?? 0) + 1}/${suspects.length}）` : ''}`}</Body1Strong>
      <Caption1 data-testid="suspect">{suspectLine(shown)}</Caption1>
      <div className={styles.row} role="group" aria-label="逐个查看">
        <Button size="small" onClick={() => go(-1)} aria-keyshortcuts={SUSPECT_KEYS.previous} title="上一个（Alt+↑）">
          上一个
        </Button>
        <Button size="small" appearance="primary" onClick={() => go(1)} aria-keyshortcuts={SUSPECT_KEYS.next} title="下一个（Alt+↓）">
          下一个
        </Button>
      </div>
    </section>
  );
}
