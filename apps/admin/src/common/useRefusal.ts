import { useNotify } from 'react-admin';
import { submissionErrors } from './submissionErrors';

/**
 * What a form's `onSubmit` does with a refused request: the problem's message in a
 * notification, and each refused field's message under its input.
 */
export function useRefusal() {
  const notify = useNotify();
  return (error: unknown) => {
    notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    return submissionErrors(error);
  };
}
