import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings/types';
import { explainedLine } from '../../core/findings/explanations';
import { a1, describeCell } from '../../core/grid/cellRef';
import { HIGHLIGHT_COLORS } from '../../excel/highlight';

const ACCENT: Readonly<Record<Severity, string>> = { error: '#C50F1F', warning: '#BC4B09', info: '#0F6CBD' };

const useStyles = makeStyles({
  button: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: '2px' },
  explained: { color: tokens.colorNeutralForeground2 },
  note: { display: 'block', marginTop: '2px', fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1, overflowWrap: 'anywhere' },
});

export interface FindingButtonProps {
  readonly finding: Finding;
  readonly location: string;
  readonly current: boolean;
  readonly testId: 'finding' | 'narrative-finding';
  readonly onActivate: () => void;
  /** Shown above the message (the quote of a 说明 finding). */
  readonly quote?: string;
}

/** One finding as a button: Enter or a click takes the user to its cells. */
export function FindingButton({ finding, location, current, testId, onActivate, quote }: FindingButtonProps) {
  const styles = useStyles();
  // The values belong to the finding's suspect, which need not be the figure the message is about.
  // On another sheet than the finding's own cells (the list is grouped by table), the sheet is named.
  const suspect = finding.suspect;
  const where = suspect ? `${suspect.sheet === finding.cells[0]?.sheet ? a1(suspect.row, suspect.col) : describeCell(suspect)} ` : '';
  const expected = finding.expected !== undefined && finding.actual !== undefined ? `${where}应为 ${finding.expected}，实为 ${finding.actual}` : '';
  return (
    <button
      type="button"
      data-testid={testId}
      data-severity={finding.severity}
      data-explained={finding.explained ? 'true' : undefined}
      aria-current={current ? 'true' : undefined}
      className={mergeClasses(styles.button, current && styles.current, finding.explained && styles.explained)}
      style={{
        // 已说明: answered, so the accent is the neutral stroke, not the warning's orange.
        borderLeftColor: finding.explained ? tokens.colorNeutralStroke1 : ACCENT[finding.severity],
        boxShadow: current ? `inset 0 0 0 2px ${HIGHLIGHT_COLORS[finding.severity]}` : undefined,
      }}
      onClick={onActivate}
    >
      {quote ? <span className={styles.detail}>“{quote}”</span> : null}
      {finding.message}
      {expected || location ? (
        <span className={styles.detail}>
          {[expected, location].filter(Boolean).join(' · ')}
        </span>
      ) : null}
      {finding.explained ? (
        <span className={styles.note} data-testid="explained-note">
          {explainedLine(finding.explained)}
        </span>
      ) : null}
    </button>
  );
}
