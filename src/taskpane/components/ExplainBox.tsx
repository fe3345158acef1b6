import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { MAX_NOTE_LENGTH, noteProblem } from '../../core/findings/explanations';
import type { Finding } from '../../core/findings/types';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  field: { minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ExplainBoxProps {
  /** A warning (only warnings can be explained). */
  readonly finding: Finding;
  /** The inline field is open. */
  readonly open: boolean;
  readonly onOpen: () => void;
  readonly onCancel: () => void;
  /** The name offered in 说明人 (the last one used in this workbook). */
  readonly defaultBy: string;
  readonly disabled: boolean;
  readonly onSave: (note: string, by: string) => void;
  readonly onRemove: () => void;
}

/**
 * Under a warning: 已说明… opens a short note (and who wrote it) inline; an explained warning
 * offers 修改说明 and 撤销说明. Everything wraps, so it fits a 320 px pane.
 */
export function ExplainBox({ finding, open, onOpen, onCancel, defaultBy, disabled, onSave, onRemove }: ExplainBoxProps) {
  const styles = useStyles();
  const [note, setNote] = useState(finding.explained?.note ?? '');
  const [by, setBy] = useState(finding.explained?.by || defaultBy);
  const [tried, setTried] = useState(false);
  const problem = noteProblem(note);

  if (!open) {
    return (
      <div className={styles.actions}>
        <Button size="small" appearance="transparent" disabled={disabled} onClick={onOpen}>
          {finding.explained ? '修改说明' : '已说明…'}
        </Button>
        {finding.explained ? (
          <Button size="small" appearance="transparent" disabled={disabled} onClick={onRemove}>
            撤销说明
          </Button>
        ) : null}
      </div>
    );
  }
  const save = () => {
    setTried(true);
    if (problem === null) onSave(note, by);
  };
  return (
    <div className={styles.form} role="group" aria-label="说明此警告" data-testid="explain-form">
      <Field
        className={styles.field}
        label="说明"
        hint={`为什么这个警告不需要修改（${note.trim().length}/${MAX_NOTE_LENGTH} 字），随工作簿保存`}
        validationMessage={tried && problem ? problem : undefined}
        validationState={tried && problem ? 'error' : 'none'}
      >
        <Textarea value={note} resize="vertical" maxLength={MAX_NOTE_LENGTH + 20} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <Field className={styles.field} label="说明人（可选）">
        <Input value={by} maxLength={40} onChange={(_, d) => setBy(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={disabled} onClick={save}>
          保存说明
        </Button>
        <Button size="small" disabled={disabled} onClick={onCancel}>
          取消
        </Button>
      </div>
    </div>
  );
}
