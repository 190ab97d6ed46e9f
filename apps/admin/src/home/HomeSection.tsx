import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** One block of a home, titled for screen readers' heading navigation. */
export const HomeSection = ({
  title,
  testId,
  children,
}: {
  title: string;
  testId?: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card component="section" variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** A thing to do now, pointing to where it is done. */
export interface TodoItem {
  key: string;
  text: string;
  href: string;
}

/**
 * "What to do now": the items each feature contributes (attendance to record today;
 * prototypes, reviews and follow-ups as those land), or a line saying there is nothing.
 */
export const TodoList = ({ items }: { items: TodoItem[] }) => {
  const translate = useTranslate();
  if (items.length === 0) {
    return (
      <Typography color="text.secondary">{translate('screens.home.nothing_to_do')}</Typography>
    );
  }
  return (
    <ul data-testid="todo">
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.href}>{item.text}</a>
        </li>
      ))}
    </ul>
  );
};
