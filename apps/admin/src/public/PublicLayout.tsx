import { Alert, AppBar, Box, Container, Link, Stack, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { PUBLIC_CATALOGUE, PUBLIC_HOME } from './paths';

/** The open-data export of the whole commons: courses, material and the catalogue. */
export const OPEN_DATA_URL = '/api/v1/public/commons.zip';

const navLink = { color: 'inherit', fontWeight: 500 } as const;

/** The frame of the public side: its navigation, the language switch and the page's content. */
export const PublicLayout = ({
  title,
  error,
  children,
}: {
  title: string;
  error?: Error;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <>
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar sx={{ flexWrap: 'wrap', gap: 2, py: 1 }}>
          <Link href={`#${PUBLIC_HOME}`} sx={{ ...navLink, fontSize: '1.25rem' }} underline="none">
            {translate('apprenance.title')}
          </Link>
          <Stack
            component="nav"
            direction="row"
            aria-label={translate('screens.public.navigation')}
            sx={{ gap: 2, flexWrap: 'wrap', flexGrow: 1 }}
          >
            <Link href={`#${PUBLIC_HOME}`} sx={navLink}>
              {translate('screens.public.commons')}
            </Link>
            <Link href={`#${PUBLIC_CATALOGUE}`} sx={navLink}>
              {translate('screens.public.catalogue')}
            </Link>
            <Link href={OPEN_DATA_URL} sx={navLink} download>
              {translate('screens.public.open_data')}
            </Link>
            <Link href="#/login" sx={navLink}>
              {translate('screens.public.sign_in')}
            </Link>
          </Stack>
          <Box sx={{ bgcolor: 'background.paper', borderRadius: 1 }}>
            <LanguageSwitch />
          </Box>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 3 }}>
        <Typography component="h1" variant="h4" gutterBottom>
          {title}
        </Typography>
        {error && <Alert severity="error">{error.message}</Alert>}
        {children}
      </Container>
    </>
  );
};
