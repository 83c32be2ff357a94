import { addressKey } from './client-address.js';

describe('addressKey', () => {
  it('counts IPv4 addresses as they are, IPv4-mapped ones in their IPv4 form', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64, so one subscriber has one budget', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('does not count loopback, nothing, or what is not an address', () => {
    for (const value of ['127.0.0.1', '::ffff:127.0.0.1', '::1', undefined, null, '', 'not-an-ip']) expect(addressKey(value)).toBeNull();
  });
});
