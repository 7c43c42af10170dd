import { describe, expect, it } from 'vitest';
import { clientAddressKey } from '../../../sidecar/http/client-address.js';

describe('the address a per-address limit counts under', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    // Node writes an IPv4 client of a dual-stack server this way; it is that IPv4 client, not an IPv6 /56.
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['::FFFF:c633:6407', '198.51.100.7'],
    ['2001:db8:1234:5678:9abc:def0:1234:5678', '2001:db8:1234:5600:0:0:0:0/56'],
    // Another address of the same home's /56 is the same client: rotating it wins no fresh budget.
    ['2001:db8:1234:56ff::1', '2001:db8:1234:5600:0:0:0:0/56'],
    ['2001:db8:1234:5700::1', '2001:db8:1234:5700:0:0:0:0/56'],
    ['::1', '0:0:0:0:0:0:0:0/56'],
    ['fe80::1%eth0', 'fe80:0:0:0:0:0:0:0/56'],
    [undefined, 'unknown'],
  ])('%s → %s', (ip, key) => {
    expect(clientAddressKey(ip)).toBe(key);
  });
});
