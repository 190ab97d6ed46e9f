import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's theme, fitted to phones: the layout no longer grows to its widest table (it
 * pushed pages to 900 px on a 390 px screen); a table scrolls sideways inside its own box.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
      },
    },
    RaDataTable: {
      styleOverrides: { root: { '& .RaDataTable-tableWrapper': { overflowX: 'auto' } } },
    },
  },
};
