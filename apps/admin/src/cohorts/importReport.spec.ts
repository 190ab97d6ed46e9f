import type { ImportReport } from '../providers/cohortApi';
import { canImport, errorLines, refusedLines } from './importReport';

const report: ImportReport = {
  dryRun: true,
  encoding: 'utf-8',
  pairs: 2,
  enrolled: 1,
  waitlisted: 1,
  errors: {},
};

/** What the http client throws: an Error with the problem's body (field errors joined). */
const httpError = (message: string, body: object) => Object.assign(new Error(message), { body });

describe('pair import report', () => {
  it('lists every "line N: field" problem with its messages, in order', () => {
    const errors = {
      'line 3: political_email': ['must be an email address'],
      'line 4: territory_level': ['must be one of municipality, region', 'is required'],
    };
    expect(errorLines(errors)).toEqual([
      'line 3: political_email — must be an email address',
      'line 4: territory_level — must be one of municipality, region is required',
    ]);
  });

  it('reads the joined field errors of a refused import, or its message', () => {
    const refused = httpError('Lines have problems.', {
      errors: { 'line 2: technical_email': 'is already a trainer' },
    });
    expect(refusedLines(refused)).toEqual(['line 2: technical_email — is already a trainer']);
    expect(refusedLines(httpError('The file is larger than 2 MB.', {}))).toEqual([
      'The file is larger than 2 MB.',
    ]);
  });

  it('imports only a checked file with pairs and no problem', () => {
    expect(canImport(report)).toBe(true);
    expect(canImport(null)).toBe(false);
    expect(canImport({ ...report, pairs: 0 })).toBe(false);
    expect(canImport({ ...report, errors: { 'line 2: x': ['bad'] } })).toBe(false);
  });
});
