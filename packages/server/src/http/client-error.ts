import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { AppError, ERROR_CODES } from '../errors.ts';
import { PROBLEM_BASE, problemTitle } from './problem.ts';

/**
 * What Node's HTTP parser refuses before Fastify sees a request (an address holding raw bytes that
 * are not ASCII, a header name with a space, an unknown method, headers over 16 KiB, a request
 * that never finished arriving), answered as problem+json naming the part at fault, like every
 * other refusal, instead of Fastify's own `{"error":"Bad Request"}`. The connection is closed
 * after it, as Node does: what follows on it cannot be read.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A connection reset, or a socket already gone: nobody is there to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = problemOf(error.code);
  const status = ERROR_CODES[problem.code];
  const body = JSON.stringify({
    type: PROBLEM_BASE + problem.code,
    title: problemTitle(problem.code),
    status,
    detail: problem.message,
    code: problem.code,
    errors: problem.errors,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function problemOf(code: string | undefined): AppError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new AppError('request_timeout', 'The request did not arrive in time. Nothing was changed.', {
      errors: [{ path: 'request', message: 'Not received in time', code: 'malformed' }],
    });
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new AppError('headers_too_large', 'The request headers are over the limit of 16 KiB. Nothing was changed.', {
      errors: [{ path: 'headers', message: 'Over the limit of 16 KiB', code: 'too_big' }],
    });
  }
  const part = code === 'HPE_INVALID_URL' ? 'url' : code === 'HPE_INVALID_METHOD' ? 'method' : code?.includes('HEADER') ? 'headers' : 'request';
  const message = part === 'url' ? 'Not a readable address: characters outside ASCII must be percent-encoded' : `Not readable HTTP (${part})`;
  return new AppError('malformed_request', 'The request could not be read. Nothing was changed.', {
    errors: [{ path: part, message, code: 'malformed' }],
  });
}
