import { problemResponses } from '../../common/problem/problem.dto';

/** Documents the problem+json answers of a cohort endpoint. */
export const ApiProblems = problemResponses({
  404: 'no such cohort (or not one the caller may see), pair, session or calendar',
  409: 'a member is already in a pair of this cohort or in another unfinished cohort',
  422: 'a rule is broken; `errors` names the fields or CSV lines, and nothing was written',
  429: 'too many submissions from this address',
});

/** Problems of any authenticated cohort endpoint, plus the given ones. */
export const ApiMemberProblems = (...statuses: number[]) =>
  ApiProblems(400, 401, 403, 404, ...statuses);
