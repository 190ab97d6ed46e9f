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

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    try {
      const { json } = await httpClient('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email, password }),
      });
      const { accessToken, user } = json as LoginResponse;
      session.save(accessToken, user);
      store.setItem('locale', user.locale);
    } catch (error) {
      const key = error instanceof HttpError ? LOGIN_ERRORS[error.status] : undefined;
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
