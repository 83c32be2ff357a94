import { Matches, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_FIELD_MESSAGES, AccountFieldReason, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@app/accounts';
import { fieldMessage, render } from '@app/common';

/** The accounts catalogue's text for a field reason, as a class-validator message. */
const message = (reason: AccountFieldReason, params: Record<string, number> = {}) => fieldMessage(reason, render(ACCOUNT_FIELD_MESSAGES[reason], params));

export const IsUsername = () => Matches(USERNAME_PATTERN, { message: message(AccountFieldReason.USERNAME_FORMAT) });

export const IsPassword = (): PropertyDecorator => (target, key) => {
  MinLength(PASSWORD_MIN_LENGTH, { message: message(AccountFieldReason.PASSWORD_TOO_SHORT, { min: PASSWORD_MIN_LENGTH }) })(target, key);
  MaxLength(PASSWORD_MAX_LENGTH, { message: message(AccountFieldReason.PASSWORD_TOO_LONG, { max: PASSWORD_MAX_LENGTH }) })(target, key);
};
