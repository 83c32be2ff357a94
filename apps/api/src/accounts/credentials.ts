import { Matches, MaxLength, MinLength } from 'class-validator';
import { USERNAME_PATTERN } from '@app/accounts';
import { fieldMessage } from '@app/common';

export const IsUsername = () =>
  Matches(USERNAME_PATTERN, {
    message: fieldMessage('USERNAME_FORMAT', { zh: '用户名须为 3 到 64 位字母、数字或 _ . @ -', en: 'username must be 3-64 letters, digits, _ . @ or -' }),
  });

export const IsPassword = (): PropertyDecorator => (target, key) => {
  MinLength(8, { message: fieldMessage('PASSWORD_TOO_SHORT', { zh: '密码至少 8 位', en: 'password must be at least 8 characters' }) })(target, key);
  MaxLength(128, { message: fieldMessage('PASSWORD_TOO_LONG', { zh: '密码最多 128 位', en: 'password must be at most 128 characters' }) })(target, key);
};
