import { problemResponses } from '../problem/problem.dto';

/**
 * What each problem status means in this api, where the generic wording says too little.
 * Also used for the answers derived from the access rules (see `access-responses.ts`).
 */
export const PROBLEM_MEANINGS: Record<number, string> = {
  401: 'no valid bearer token, or the account is not active',
  403: 'the caller’s role may not do this, or the caller does not run this course or cohort',
  404: 'no such item, or not one the caller may see (for the public endpoints: not published)',
  409:
    'the slug is taken, cohorts still run the course, or a member is already in a pair of ' +
    'this cohort or of another unfinished cohort',
  413: 'the file is larger than UPLOAD_MAX_SIZE; `errors.file` says the limit',
  415: 'the file’s content is not an accepted format',
  422: 'a rule is broken; `errors` names the fields or CSV lines, and nothing was written',
  429: 'too many requests from this address',
};

/** Documents the problem+json answers an endpoint may give. */
export const ApiProblems = problemResponses(PROBLEM_MEANINGS);

/** Problems of any authenticated read, plus the given ones. */
export const ApiReadProblems = (...statuses: number[]) => ApiProblems(400, 401, 404, ...statuses);

/** Problems of any authenticated write, plus the given ones. */
export const ApiWriteProblems = (...statuses: number[]) =>
  ApiProblems(400, 401, 403, 404, ...statuses);

/** The header every list answers with, as react-admin reads it. */
export const CONTENT_RANGE_HEADER = {
  'Content-Range': {
    description: 'the window and the total, e.g. `courses 0-24/319`',
    schema: { type: 'string' },
  },
};

/** The headers of a file download. */
export const DOWNLOAD_HEADERS = {
  'Content-Disposition': {
    description: 'attachment, with the file name (ASCII fallback and RFC 8187 UTF-8)',
    schema: { type: 'string' },
  },
  'X-Content-Type-Options': {
    description: '`nosniff`: browsers keep to the type sniffed at upload',
    schema: { type: 'string' },
  },
};
