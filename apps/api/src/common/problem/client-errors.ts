import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem';
import type { RequestReason } from './reasons';

type Details = [status: number, code: string, reason: RequestReason, detail: string];

/** Node's own parser errors, met before Express sees a request. */
const DETAILS: Record<string, Details> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'headers_too_large',
    'request.headers_too_large',
    'The request headers are larger than the server accepts.',
  ],
};

const MALFORMED: Details = [
  400,
  'bad_request',
  'request.malformed_http',
  'The request is not valid HTTP.',
];

/**
 * Node answers a request it cannot parse (headers too large, broken HTTP) with a bare status
 * line; the API promises problem+json for every error, so these are written here.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, code, reason, detail] = DETAILS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify(buildProblem({ status, code, reason, detail }));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
