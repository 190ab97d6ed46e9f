import { type ReactElement, useState } from 'react';
import { Confirm, useNotify, useRefresh } from 'react-admin';
import { TextButton } from './TextButton';

interface ActionButtonProps<T> {
  label: string;
  /** The request; the server decides, and its problem message is shown when it refuses. */
  action: () => Promise<T>;
  /** A message, or one built from the server's answer. */
  successMessage?: string | ((result: T) => string);
  /** What follows a success; refreshing the page's data by default. */
  onDone?: (result: T) => void;
  /** A question to confirm first, for actions that cannot be undone. */
  confirm?: string;
  icon?: ReactElement;
  variant?: 'text' | 'outlined' | 'contained';
}

/** A button that runs one api action, then refreshes the page's data. */
export function ActionButton<T>(props: ActionButtonProps<T>) {
  const { label, action, successMessage, onDone, confirm, icon, variant } = props;
  const notify = useNotify();
  const refresh = useRefresh();
  const [running, setRunning] = useState(false);
  const [asking, setAsking] = useState(false);
  const run = async () => {
    setAsking(false);
    setRunning(true);
    try {
      const result = await action();
      const message =
        typeof successMessage === 'function' ? successMessage(result) : successMessage;
      if (message) notify(message, { type: 'success' });
      if (onDone) onDone(result);
      else refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <TextButton
        label={label}
        icon={icon}
        onClick={confirm ? () => setAsking(true) : run}
        disabled={running}
        variant={variant}
      />
      {confirm && (
        <Confirm
          isOpen={asking}
          title={label}
          content={confirm}
          onConfirm={run}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}

/** The server's problem message, or react-admin's generic one. */
export const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : 'ra.notification.http_error';
