import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { Form, SaveButton, useNotify, useRefresh } from 'react-admin';
import { errorMessage } from './ActionButton';
import { TextButton } from './TextButton';
import { submissionErrors } from './submissionErrors';

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Already translated. */
  title: string;
  /** Where the inputs find their labels (`resources.<resource>.fields.*`). */
  resource: string;
  record?: object;
  /** Sends the values; resolves with a success message (or none), rejects with the api's refusal. */
  submit: (values: Record<string, unknown>) => Promise<string | undefined>;
  children: ReactNode;
}

/**
 * A form in a dialog that sends one request: on success it closes and refreshes the page's
 * data; on refusal it stays open, notifies the server's message and shows its field errors
 * under the inputs.
 */
export const FormDialog = (props: FormDialogProps) => {
  const { open, onClose, title, resource, record, submit, children } = props;
  const notify = useNotify();
  const refresh = useRefresh();
  const onSubmit = async (values: Record<string, unknown>) => {
    try {
      const message = await submit(values);
      if (message) notify(message, { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      return submissionErrors(error);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Form record={record} onSubmit={onSubmit} resource={resource}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <TextButton label="ra.action.cancel" onClick={onClose} />
          <SaveButton />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
