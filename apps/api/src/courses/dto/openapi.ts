import { problemResponses } from '../../common/problem/problem.dto';

/** Documents the problem+json answers of a course, catalogue or commons endpoint. */
export const ApiProblems = problemResponses({
  403: 'the caller’s role may not do this, or a trainer is not assigned to the course',
  404: 'no such item, or not one the caller may see (unpublished, for the public endpoints)',
  409: 'the slug is taken, or cohorts still run the course',
  413: 'the file is larger than UPLOAD_MAX_SIZE; `errors.file` says the limit',
  415: 'the file’s content is not an accepted format',
});

/** Problems of any authenticated endpoint (reads), plus the given ones. */
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
