import { AccountErrorReason, ThrottledError } from './account.exception.js';

describe('ThrottledError', () => {
  it('says the wait in seconds up to two minutes, in whole minutes beyond', () => {
    expect(new ThrottledError(1).text).toEqual({ zh: '登录失败次数过多，请 1 秒后再试', en: 'Too many failed sign-ins: try again in 1 second' });
    expect(new ThrottledError(119).text.zh).toBe('登录失败次数过多，请 119 秒后再试');
    expect(new ThrottledError(512).text).toEqual({ zh: '登录失败次数过多，请 9 分钟后再试', en: 'Too many failed sign-ins: try again in 9 minutes' });
    expect(new ThrottledError(900, AccountErrorReason.PASSWORD_CHECK_THROTTLED).text.zh).toBe('密码错误次数过多，请 15 分钟后再试');
  });

  it('carries retryAfterSeconds beside code and reason', () => {
    expect(new ThrottledError(8).extensions('zh')).toEqual({ code: 'UNAUTHENTICATED', reason: 'LOGIN_THROTTLED', retryAfterSeconds: 8 });
  });
});
