import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { isAppError, RateLimitedError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';

/** A client error raised by the HTTP stack itself (body parser, static files, router, multipart). */
interface HttpClientError {
  status: number;
  code: string;
  message: string;
}

/** What the customer is told for each kind of malformed request; never the library's own words. */
const CLIENT_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body uses an unsupported Content-Encoding.',
  'charset.unsupported': 'The request body uses an unsupported charset.',
  'request.aborted': 'The request body was not received completely.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
  'entity.verify.failed': 'The request body could not be verified.',
};

/** The one place an error becomes a response: a stable code and a safe message, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isAppError(error)) {
      const log =
        error.operational && error.status < 500 ? logger.info.bind(logger) : logger.error.bind(logger);
      log({ err: error, path: req.path, code: error.code }, 'request failed');
      if (error instanceof RateLimitedError) res.set('retry-after', String(error.retryAfterSeconds));
      res.status(error.status).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const client = clientError(error);
    if (client) {
      logger.info({ path: req.path, code: client.code, status: client.status }, 'bad request');
      res.status(client.status).json({ error: { code: client.code, message: client.message } });
      return;
    }
    logger.error({ err: error, path: req.path }, 'unexpected error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ error: { code: 'route_not_found', message: `No route for ${req.method} ${req.path}.` } });
};

/**
 * Errors the client caused, as the HTTP libraries raise them: body-parser (`type`, `status`), `send`
 * for static files (416 for an unsatisfiable Range, 400 for a malformed path), the router (a path that
 * is not valid percent-encoding), zlib on a body whose Content-Encoding lies, and multer's limits.
 */
function clientError(error: unknown): HttpClientError | null {
  if (error instanceof multer.MulterError) {
    const tooLarge = error.code === 'LIMIT_FILE_SIZE' || error.code === 'LIMIT_FIELD_VALUE';
    return {
      status: tooLarge ? 413 : 400,
      code: tooLarge ? 'file_too_large' : 'invalid_upload',
      message: tooLarge ? 'The file is larger than the upload limit.' : `Invalid upload: ${error.message}.`,
    };
  }
  if (typeof error !== 'object' || error === null) return null;
  const fields = error as { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown };
  const status = Number(fields.status ?? fields.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    const type = typeof fields.type === 'string' ? fields.type : '';
    if (type in CLIENT_ERRORS) return { status, code: 'invalid_body', message: CLIENT_ERRORS[type]! };
    if (status === 416)
      return {
        status,
        code: 'range_not_satisfiable',
        message: 'The requested byte range is not satisfiable.',
      };
    return { status, code: 'bad_request', message: 'The request is malformed.' };
  }
  // zlib raises its own errors (Z_DATA_ERROR…) when a body is not the encoding its header claims.
  if (typeof fields.code === 'string' && fields.code.startsWith('Z_'))
    return {
      status: 400,
      code: 'invalid_body',
      message: 'The request body does not match its Content-Encoding.',
    };
  return null;
}
