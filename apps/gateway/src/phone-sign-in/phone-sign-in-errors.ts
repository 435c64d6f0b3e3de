import { DomainError } from '@waystation/platform';

export class CodeIncorrectError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'code-incorrect';

  constructor(attemptsLeft: number) {
    super(
      attemptsLeft > 0
        ? `The code is not the one sent; ${attemptsLeft} attempts left`
        : 'The code is not the one sent, and it was the last attempt: request a new code',
      { attemptsLeft },
    );
  }
}

export class NoLiveCodeError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'code-expired';

  constructor() {
    super('No code is waiting for this number: it expired, was used, or none was sent. Request a new code');
  }
}

export class ProfileRequiredError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'profile-required';

  constructor() {
    super('This number has no account yet: send `profile` to sign up');
  }
}

export class PrivacyNoticeOutdatedError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'privacy-notice-outdated';

  constructor(consentedVersion: string, currentVersion: string) {
    super(`Consent was given to privacy notice ${consentedVersion}; the current one is ${currentVersion}`, { currentVersion });
  }
}

export class SmsDeliveryFailedError extends DomainError {
  readonly kind = 'unavailable';
  readonly code = 'sms-delivery-failed';

  constructor(reason: string) {
    super(`The code could not be sent (${reason}); try again shortly`);
  }
}
