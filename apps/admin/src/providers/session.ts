import type { User } from '../types';

const TOKEN_KEY = 'apprenance.token';
const USER_KEY = 'apprenance.user';

/** The signed-in user and their access token, kept in localStorage across reloads. */
export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),

  user: (): User | null => {
    const stored = localStorage.getItem(USER_KEY);
    return stored ? (JSON.parse(stored) as User) : null;
  },

  save(token: string, user: User): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },

  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
};
