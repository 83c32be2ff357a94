import { type FieldCatalogue, type FieldProblem, fieldProblem } from '@app/common';

/**
 * An organisation's published contact (issue 17): a business phone and a street address shown to job seekers, e.g. on
 * registrationHelp's list of agencies. Both belong to the organisation, not a person: never a worker's data, and the
 * sign-up form says they are public. Empty or blank clears a field.
 */
export const CONTACT_PHONE_MIN = 7;
export const CONTACT_PHONE_MAX = 20;
export const ADDRESS_MIN = 2;
export const ADDRESS_MAX = 200;

export enum ContactReason {
  CONTACT_PHONE_FORMAT = 'CONTACT_PHONE_FORMAT',
  ADDRESS_LENGTH = 'ADDRESS_LENGTH',
  ADDRESS_CHARACTERS = 'ADDRESS_CHARACTERS',
}

export const CONTACT_MESSAGES: FieldCatalogue<ContactReason> = {
  CONTACT_PHONE_FORMAT: {
    zh: '联系电话只能由数字和短横线组成，{min} 到 {max} 位，以数字开头和结尾，例如 0854-6221234 或 13800000000',
    en: 'contactPhone must be {min} to {max} digits and dashes, starting and ending with a digit, e.g. 0854-6221234',
  },
  ADDRESS_LENGTH: { zh: '地址须为 {min} 到 {max} 个字', en: 'address must be {min} to {max} characters' },
  ADDRESS_CHARACTERS: { zh: '地址不能包含换行或控制字符', en: 'address cannot contain line breaks or control characters' },
};

export interface OrganizationContact {
  contactPhone: string | null;
  address: string | null;
}

/** Blank is no value; otherwise trimmed. */
function cleaned(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * The contact as stored, or every problem with it (each naming its field). Only the fields given are judged: an
 * omitted (undefined) field stays undefined, so an edit changes what it names and nothing else.
 */
export function normalizeContact(input: { contactPhone?: string | null; address?: string | null }): {
  contact: Partial<OrganizationContact>;
  problems: FieldProblem[];
} {
  const contact: Partial<OrganizationContact> = {};
  const problems: FieldProblem[] = [];
  if (input.contactPhone !== undefined) {
    const phone = cleaned(input.contactPhone);
    const valid =
      phone === null || (/^\d[\d-]*\d$/.test(phone) && !phone.includes('--') && phone.length >= CONTACT_PHONE_MIN && phone.length <= CONTACT_PHONE_MAX);
    if (valid) contact.contactPhone = phone;
    else problems.push(fieldProblem('contactPhone', CONTACT_MESSAGES, ContactReason.CONTACT_PHONE_FORMAT, { min: CONTACT_PHONE_MIN, max: CONTACT_PHONE_MAX }));
  }
  if (input.address !== undefined) {
    const address = cleaned(input.address);
    const length = address === null ? 0 : [...address].length;
    if (address !== null && /[\u0000-\u001f\u007f]/.test(address)) problems.push(fieldProblem('address', CONTACT_MESSAGES, ContactReason.ADDRESS_CHARACTERS));
    else if (address !== null && (length < ADDRESS_MIN || length > ADDRESS_MAX))
      problems.push(fieldProblem('address', CONTACT_MESSAGES, ContactReason.ADDRESS_LENGTH, { min: ADDRESS_MIN, max: ADDRESS_MAX }));
    else contact.address = address;
  }
  return { contact, problems };
}
