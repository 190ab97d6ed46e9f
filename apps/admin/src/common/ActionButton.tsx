import { type ReactElement, useState } from 'react';
import { Button, Confirm, useNotify, useRefresh } from 'react-admin';

interface ActionButtonProps {
  label: string;
  /** The request; the server decides, and its problem message is shown when it refuses. */
  action: () => Promise<unknown>;
  successMessage?: string;
  /** A question to confirm first, for actions that cannot be undone. */
  confirm?: string;
  icon?: ReactElement;
  variant?: 'text' | 'outlined' | 'contained';
}

/** A button that runs one api action, then refreshes the page's data. */
export const ActionButton = (props: ActionButtonProps) => {
  const { label, action, successMessage, confirm, icon, variant } = props;
  const notify = useNotify();
  const refresh = useRefresh();
  const [running, setRunning] = useState(false);
  const [asking, setAsking] = useState(false);
  const run = async () => {
    setAsking(false);
    setRunning(true);
    try {
      await action();
      if (successMessage) notify(successMessage, { type: 'success' });
      refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Button
        label={label}
        onClick={confirm ? () => setAsking(true) : run}
        disabled={running}
        variant={variant}
      >
        {icon}
      </Button>
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
};
