import type { Response } from 'express';

/**
 * Sends JSON the way Magento's REST renderer does: PHP `json_encode` without flags escapes `/`
 * as `\/` and non-ASCII as `\uXXXX`. Scalars (a token, `true`, an id) are sent bare.
 */
export function sendMagento(res: Response, value: unknown, status = 200): void {
  const body = JSON.stringify(value ?? [])
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  res.status(status).type('application/json; charset=utf-8').send(body);
}

/** Magento's error body: raw phrase plus `parameters` (object for `%name`, array for `%1`). */
export function sendError(
  res: Response,
  status: number,
  message: string,
  parameters?: Record<string, unknown> | unknown[],
): void {
  sendMagento(res, parameters === undefined ? { message } : { message, parameters }, status);
}

export const MESSAGES = {
  productNotFound: "The product that was requested doesn't exist. Verify the product and try again.",
  entityNotFound: "The entity that was requested doesn't exist. Verify the entity and try again.",
  signInFailed:
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
  unauthorized: "The consumer isn't authorized to access %resources.",
  noRoute: 'Request does not match any route.',
  noSuchEntity: 'No such entity with %fieldName = %fieldValue',
} as const;
