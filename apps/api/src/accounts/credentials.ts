import { Matches, MaxLength, MinLength } from 'class-validator';
import { USERNAME_PATTERN } from '@app/accounts';

export const IsUsername = () =>
  Matches(USERNAME_PATTERN, { message: 'username must be 3-64 letters, digits, _ . @ or -' });

export const IsPassword = (): PropertyDecorator => (target, key) => {
  MinLength(8, { message: 'password must be at least 8 characters' })(target, key);
  MaxLength(128, { message: 'password must be at most 128 characters' })(target, key);
};
