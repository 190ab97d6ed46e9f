import { fetchUtils, HttpError } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { problemError } from './problem';
import { session } from './session';

const API_URL = '/api/v1';

/**
 * fetchJson with the bearer token and the interface language (the api writes field messages in
 * it), turning problem+json errors into react-admin HttpErrors.
 */
export async function httpClient(path: string, options: fetchUtils.Options = {}) {
  const token = session.token();
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  headers.set('Accept-Language', i18nProvider.getLocale());
  try {
    return await fetchUtils.fetchJson(`${API_URL}${path}`, {
      ...options,
      headers,
      user: { authenticated: token !== null, token: `Bearer ${token}` },
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const { message, body } = problemError(error.body, error.message, i18nProvider.translate);
    throw new HttpError(message, error.status, body);
  }
}
