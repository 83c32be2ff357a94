import { isLoopback, metricsAccess } from './metrics-access.js';

const TOKEN = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';

describe('metricsAccess', () => {
  it('knows loopback peers, IPv4, IPv6 and IPv4-mapped, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(address)).toBe(true);
    for (const address of ['192.0.2.2', '10.0.0.1', '::ffff:10.0.0.1', 'fd00::2', '::', '0.0.0.0', undefined, '', '128.0.0.1']) {
      expect(isLoopback(address)).toBe(false);
    }
  });

  it('serves loopback callers without a token', () => {
    expect(metricsAccess({ remoteAddress: '::ffff:127.0.0.1', headers: {} }, undefined)).toEqual({ allowed: true, via: 'loopback' });
    expect(metricsAccess({ remoteAddress: '127.0.0.1', headers: {} }, TOKEN)).toEqual({ allowed: true, via: 'loopback' });
  });

  it('refuses any other address without a token: 403 when none is configured, 401 with a challenge when one is', () => {
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: {} }, undefined)).toMatchObject({ allowed: false, status: 403 });
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: {} }, TOKEN)).toMatchObject({
      allowed: false,
      status: 401,
      challenge: 'Bearer realm="metrics"',
    });
    // A client cannot claim to be loopback: only the TCP peer counts, and a proxied request is not local.
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: { 'x-forwarded-for': '127.0.0.1' } }, undefined)).toMatchObject({ allowed: false });
    for (const name of ['forwarded', 'x-forwarded-for', 'x-real-ip']) {
      expect(metricsAccess({ remoteAddress: '127.0.0.1', headers: { [name]: '203.0.113.7' } }, undefined)).toMatchObject({ allowed: false, status: 403 });
    }
  });

  it('serves the configured token from anywhere and refuses a wrong one even from loopback', () => {
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN)).toEqual({ allowed: true, via: 'token' });
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: { authorization: `bearer ${TOKEN}` } }, TOKEN)).toEqual({ allowed: true, via: 'token' });
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: { authorization: `Bearer ${TOKEN}x` } }, TOKEN)).toMatchObject({ allowed: false, status: 401 });
    expect(metricsAccess({ remoteAddress: '127.0.0.1', headers: { authorization: 'Bearer wrong' } }, TOKEN)).toMatchObject({ allowed: false, status: 401 });
    // Without a configured token a bearer proves nothing (it is a user's access token, read by the account guard).
    expect(metricsAccess({ remoteAddress: '192.0.2.2', headers: { authorization: `Bearer ${TOKEN}` } }, undefined)).toMatchObject({
      allowed: false,
      status: 403,
    });
  });
});
