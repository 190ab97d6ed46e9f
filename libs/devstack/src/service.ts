/** A backing service the stack resolved: where to reach it and how to release it. */
export interface ResolvedService {
  url: string;
  /** Where the URL came from, for the start-up banner. */
  origin: string;
  stop(): Promise<void>;
}

/** A problem the person running the command must fix; printed without a stack trace. */
export class StackError extends Error {
  override name = 'StackError';
}
