import { type AuthProvider, HttpError } from 'react-admin';
import type { LoginResponse } from '../types';
import { httpClient } from './http';
import { session } from './session';
import { store } from './store';

/** Translation keys for the login failures a person can act on. */
const LOGIN_ERRORS: Record<number, string> = {
  401: 'ra.auth.sign_in_error',
  429: 'apprenance.auth.too_many_attempts',
};

/** A password chosen from a mailed link: it signs the person in like a login. */
export interface LinkLogin {
  link: 'activate' | 'password-reset/confirm';
  token: string;
  password: string;
}
type Credentials = { email: string; password: string } | LinkLogin;

export const authProvider: AuthProvider = {
  async login(credentials: Credentials) {
    const [path, body] =
      'link' in credentials
        ? [
            `/auth/${credentials.link}`,
            { token: credentials.token, password: credentials.password },
          ]
        : ['/auth/login', credentials];
    try {
      const { json } = await httpClient(path, { method: 'POST', body: JSON.stringify(body) });
      const { accessToken, user } = json as LoginResponse;
      session.save(accessToken, user);
      store.setItem('locale', user.locale);
    } catch (error) {
      const key =
        error instanceof HttpError && !('link' in credentials)
          ? LOGIN_ERRORS[error.status]
          : undefined;
      throw key ? new Error(key) : error;
    }
  },

  async logout() {
    session.clear();
  },

  // `message: false` sends a visitor without a session to the login page without a notification.
  checkAuth: () => (session.token() ? Promise.resolve() : Promise.reject({ message: false })),

  async checkError(error: { status?: number }) {
    // Rejecting makes react-admin call logout(), which clears the session. A 403 means "not
    // allowed", not "not signed in": the user stays and sees the request's notification.
    if (error.status === 401) throw new Error('ra.notification.logged_out');
  },

  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.displayName };
  },

  getPermissions: async () => session.user()?.role ?? null,
};
