import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/** Numbers written without a country code are read as mainland China's, the common case. */
const DEFAULT_COUNTRY = 'CN';
const SMS_CAPABLE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * A mobile number a code can be texted to, as people type it (`138 7123 4567`, `+86 138-7123-4567`), normalised
 * to E.164 (`+8613871234567`) so one person has one number however they write it.
 */
export const phoneNumberSchema = z
  .string()
  .max(32)
  .transform((text, context) => {
    const parsed = parsePhoneNumberFromString(text, DEFAULT_COUNTRY);
    if (!parsed?.isValid() || !SMS_CAPABLE_TYPES.has(parsed.getType() ?? '')) {
      context.addIssue({ code: 'custom', message: 'Must be a mobile number, e.g. +8613871234567' });
      return z.NEVER;
    }
    return parsed.number;
  })
  .describe('A mobile number in E.164 (+8613871234567); without a country code it is read as mainland China');
