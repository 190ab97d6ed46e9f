import { useEffect } from 'react';
import { Confirm, useBlocker } from 'react-admin';

/**
 * Asks before leaving a screen with unsaved changes: a route change inside the app (another tab,
 * the menu) opens a confirmation, and closing or reloading the page gets the browser's warning.
 */
export const UnsavedChangesGuard = ({ when }: { when: boolean }) => {
  const blocker = useBlocker(when);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  return (
    <Confirm
      isOpen={blocker.state === 'blocked'}
      title="screens.unsaved.title"
      content="screens.unsaved.content"
      confirm="screens.unsaved.leave"
      cancel="screens.unsaved.stay"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
};
