import { isIP } from 'node:net';

/** True for `localhost`, 127.0.0.0/8 and ::1 (also IPv4-mapped): addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  const address = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  if (isIP(address) === 4) return address.startsWith('127.');
  return isIP(address) === 6 && /^(?:0{0,4}:){7}0{0,3}1$|^::1$/.test(address);
}
