import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isAppError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';

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
      res.status(error.status).json({ error: { code: error.code, message: error.message } });
      return;
    }
    if (isBodyParserError(error)) {
      res
        .status(error.status)
        .json({ error: { code: 'invalid_body', message: 'The request body is not valid JSON.' } });
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

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as { status: unknown }).status === 'number' &&
    (error as { status: number }).status < 500
  );
}
