import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../sidecar/http/loopback.js';

/** The demo storefront is mounted only when HOST is one of these, and served only to such peers. */
describe('loopback hosts', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '0:0:0:0:0:0:0:1',
  ])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true));

  it.each([
    '0.0.0.0',
    '::',
    '',
    '10.0.0.5',
    '192.168.1.2',
    '::ffff:10.0.0.5',
    'example.com',
    'localhost.example.com',
    '128.0.0.1',
  ])('%s is not', (host) => expect(isLoopbackHost(host)).toBe(false));
});
