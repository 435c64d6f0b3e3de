// The full metadata: the default one cannot tell a landline from a mobile number.
import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'zod';

/** Numbers written without a leading + are read as Chinese national numbers (a landline with its area code). */
const NATIONAL_COUNTRY = 'CN';

function isAcceptedPhone(value: string): boolean {
  if (value.startsWith('+')) return isValidPhoneNumber(value);
  if (!isValidPhoneNumber(value, NATIONAL_COUNTRY)) return false;
  const type = parsePhoneNumberWithError(value, NATIONAL_COUNTRY).getType();
  return type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE';
}

/**
 * A station's contact phone: an E.164 number (`+8613912345678`) or a Chinese landline with its area code
 * (`027-87654321`). Stored and published as E.164 (see `toE164`).
 */
export const contactPhoneSchema = z
  .string()
  .trim()
  .max(30)
  .refine(isAcceptedPhone, { error: 'Must be an E.164 number (+8613912345678) or a Chinese landline with its area code (027-87654321)' });

/** The E.164 form of a number `contactPhoneSchema` accepted. */
export function toE164(phone: string): string {
  return parsePhoneNumberWithError(phone, NATIONAL_COUNTRY).number;
}
