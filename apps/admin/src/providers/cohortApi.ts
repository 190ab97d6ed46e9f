import { HttpError } from 'react-admin';
import type { AttendanceStatus, Cohort, CohortStatus, Pair, Session } from '../types';
import { httpClient } from './http';
import { i18nProvider } from '../i18n/i18nProvider';
import { problemError } from './problem';
import { session } from './session';

const cohortPath = (cohortId: string, rest = '') =>
  `/cohorts/${encodeURIComponent(cohortId)}${rest}`;

const post = async (path: string, body?: unknown, method = 'POST') =>
  (await httpClient(path, { method, body: body === undefined ? undefined : JSON.stringify(body) }))
    .json;

export type PairAction = 'accept' | 'decline' | 'withdraw';

/** What a pair import did, or would do on a dry run; errors are keyed "line N: field". */
export interface ImportReport {
  dryRun: boolean;
  encoding: string;
  pairs: number;
  enrolled: number;
  waitlisted: number;
  errors: Record<string, string[] | string>;
}

export type SessionChanges = Partial<
  Pick<Session, 'date' | 'startTime' | 'endTime' | 'venue' | 'onlineUrl'>
>;

export interface AttendanceEntry {
  participantId: string;
  dayIndex: number;
  status: AttendanceStatus;
}

/** The cohort endpoints that are actions rather than records. */
export const cohortApi = {
  changeStatus: (cohortId: string, status: CohortStatus): Promise<Cohort> =>
    post(cohortPath(cohortId, '/status'), { status }),
  enrol: (cohortId: string, pair: { politicalId: string; technicalId: string }) =>
    post(cohortPath(cohortId, '/pairs'), pair),
  pairAction: (cohortId: string, pairId: string, action: PairAction): Promise<Pair> =>
    post(cohortPath(cohortId, `/pairs/${encodeURIComponent(pairId)}/${action}`)),
  /** Local date and hours, in the cohort's time zone. */
  updateSession: (cohortId: string, sessionId: string, changes: SessionChanges): Promise<Session> =>
    post(cohortPath(cohortId, `/sessions/${encodeURIComponent(sessionId)}`), changes, 'PATCH'),
  /** The file's bytes as they are: the api reads UTF-8 and Windows-1252. */
  importPairs: async (cohortId: string, file: Blob, dryRun: boolean): Promise<ImportReport> =>
    (
      await httpClient(cohortPath(cohortId, `/pairs/import?dryRun=${dryRun}`), {
        method: 'POST',
        headers: new Headers({ Accept: 'application/json', 'Content-Type': 'text/csv' }),
        body: file,
      })
    ).json,
  recordAttendance: (cohortId: string, sessionId: string, entries: AttendanceEntry[]) =>
    post(
      cohortPath(cohortId, `/sessions/${encodeURIComponent(sessionId)}/attendance`),
      { entries },
      'PUT',
    ),
  calendarLink: async (cohortId: string): Promise<string> =>
    (await post(cohortPath(cohortId, '/calendar-link'))).url,
  download: (cohortId: string, file: 'roster.csv' | 'attendance.csv') =>
    downloadFile(`/api/v1${cohortPath(cohortId, `/${file}`)}`, file),
};

/** Fetches a file with the bearer token (a plain link cannot send it) and saves it. */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${session.token()}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    const { message } = problemError(body, response.statusText, i18nProvider.translate);
    throw new HttpError(message, response.status, body);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
