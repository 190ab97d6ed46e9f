import { localStorageStore } from 'react-admin';

/** react-admin's preferences (locale, list columns…); shared so the login can set the locale. */
export const store = localStorageStore('1', 'Apprenance');
