import { useRef } from 'react';
import { Button, ButtonProps, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ hiddenInput: { display: 'none' } });

/** What a workbook picker offers: .xlsx, and the old .xls / WPS .et too, so that choosing one gets the
 * message saying how to save it as .xlsx instead of the file not showing in the dialog. */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FilePickerProps {
  readonly label: string;
  /** The file input's accessible name. */
  readonly ariaLabel: string;
  readonly accept: string;
  readonly disabled: boolean;
  readonly size?: ButtonProps['size'];
  readonly onFile: (file: File) => Promise<void> | void;
}

/**
 * A button that opens the file dialog (the native input stays hidden). The input is emptied once
 * onFile is done, so choosing the same file again fires again.
 */
export function FilePicker({ label, ariaLabel, accept, disabled, size, onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const picked = async (file: File | undefined) => {
    if (!file) return;
    try {
      await onFile(file);
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <Button size={size} onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </Button>
      <input ref={input} className={styles.hiddenInput} type="file" accept={accept} aria-label={ariaLabel} onChange={(e) => void picked(e.target.files?.[0])} />
    </>
  );
}
