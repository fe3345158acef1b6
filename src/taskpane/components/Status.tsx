import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from '@fluentui/react-components';

/** A Fluent ProgressBar while something runs; the label says what. */
export function Busy({ label }: { label: string | null }) {
  if (!label) return null;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar thickness="large" aria-label={label} />
    </Field>
  );
}

/** One error, in Chinese, in a MessageBar. */
export function ErrorBar({ message, title = '操作未完成' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Notices (protected sheets …) and confirmations. */
export function Notices({ notices, intent = 'warning' }: { notices: readonly string[]; intent?: 'warning' | 'info' | 'success' }) {
  if (notices.length === 0) return null;
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {notices.map((n, i) => (
          <div key={i}>{n}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
