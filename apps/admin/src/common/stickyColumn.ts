/** A grid's first column stays in view while the other columns scroll sideways in its box. */
export const stickyColumn = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
} as const;
