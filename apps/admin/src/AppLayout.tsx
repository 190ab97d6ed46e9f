import { MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { openQueueDashboard } from './certificates/certificateApi';
import { useRole } from './common/useRole';
import {
  AppBar,
  Layout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';

/** The user menu named by the name it shows, so speech commands and screen readers agree. */
const NamedUserMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const isAdmin = useRole() === 'admin';
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
      {isAdmin && (
        <MenuItem onClick={openQueueDashboard}>
          {translate('apprenance.certificates.queue_dashboard')}
        </MenuItem>
      )}
      <Logout />
    </UserMenu>
  );
};

/** react-admin's toolbar, with a name on the loading spinner (a bare progressbar has none). */
const Toolbar = () => {
  const translate = useTranslate();
  return (
    <>
      <LocalesMenuButton />
      <LoadingIndicator aria-label={translate('ra.page.loading')} />
    </>
  );
};

const NamedAppBar = () => <AppBar toolbar={<Toolbar />} userMenu={<NamedUserMenu />} />;

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={NamedAppBar}>{children}</Layout>
);
