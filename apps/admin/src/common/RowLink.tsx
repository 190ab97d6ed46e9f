import type { MouseEvent, ReactNode } from 'react';
import { Link, useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

const keepRowClickOut = (event: MouseEvent) => event.stopPropagation();

/**
 * A list row's first cell as a link to the record: a clickable row cannot be reached or opened
 * from the keyboard, a link can (and says where it goes).
 */
export const RowLink = ({
  type = 'show',
  children,
}: {
  type?: 'show' | 'edit';
  children: ReactNode;
}) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return <>{children}</>;
  return (
    <Link to={createPath({ resource, id: record.id, type })} onClick={keepRowClickOut}>
      {children}
    </Link>
  );
};
