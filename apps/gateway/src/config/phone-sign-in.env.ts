import { z } from 'zod';

/** Workers' sign-in by phone and one-time code: the SMS provider, the codes, their resend limits, the consent. */
export const phoneSignInEnvFields = {
  /** `dev` writes each code to the log and to GATEWAY_SMS_DEV_OUTBOX; `http` posts it to an SMS gateway. */
  GATEWAY_SMS_PROVIDER: z.enum(['dev', 'http']).default('dev'),
  /** The development provider appends `{phone, code, sentAt}` here, one JSON line per code. */
  GATEWAY_SMS_DEV_OUTBOX: z.string().min(1).default('.waystation/dev/sms-outbox.jsonl'),
  GATEWAY_SMS_HTTP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Sent as `Authorization: Bearer <key>` to GATEWAY_SMS_HTTP_URL. */
  GATEWAY_SMS_HTTP_KEY: z.string().min(1).optional(),
  /**
   * The key codes are hashed with (HMAC-SHA256): a copy of the database alone does not give away a code. The
   * default is for development only.
   */
  GATEWAY_OTP_SECRET: z.string().min(32).default('development-only-one-time-code-secret'),
  GATEWAY_OTP_TTL_SECONDS: z.coerce.number().int().min(1).default(300),
  GATEWAY_OTP_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  /** The shortest wait between two codes for one number (0: none). */
  GATEWAY_OTP_RESEND_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Codes one number may be sent per hour. */
  GATEWAY_OTP_PER_NUMBER_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Codes one client address may request per hour, whatever the numbers. */
  GATEWAY_OTP_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** The privacy notice a worker must consent to at sign-up; an older version is refused. */
  GATEWAY_PRIVACY_NOTICE_VERSION: z.string().trim().min(1).max(40).default('2026-12-01'),
};
