import { Button, type ButtonProps } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';

interface TextButtonProps extends Omit<ButtonProps, 'children' | 'startIcon'> {
  /** A translation key; the text stays visible at every width. */
  label: string;
  icon?: ReactElement;
}

/**
 * A button that keeps its text on phones. react-admin's `Button` shows only its icon below the
 * `sm` breakpoint, so a button without an icon would be a blank square there.
 */
export const TextButton = ({ label, icon, size = 'small', ...props }: TextButtonProps) => {
  const translate = useTranslate();
  return (
    <Button size={size} startIcon={icon} {...props}>
      {translate(label, { _: label })}
    </Button>
  );
};
