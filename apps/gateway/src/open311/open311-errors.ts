import { HttpStatus } from '@nestjs/common';
import { problem, ProblemException } from '@waystation/platform';

/** A category Open311 does not offer (deactivated, or a care referral) is no service there. */
export class ServiceNotOfferedException extends ProblemException {
  constructor(code: string) {
    super(problem(HttpStatus.NOT_FOUND, 'service-not-offered', 'Not Found', `No service ${code} is offered over Open311`));
  }
}

/** GeoReport v2: a jurisdiction_id this endpoint does not serve is a 404. */
export class JurisdictionUnknownException extends ProblemException {
  constructor(given: string, served: string) {
    super(
      problem(
        HttpStatus.NOT_FOUND,
        'jurisdiction-unknown',
        'Not Found',
        `jurisdiction_id ${given} is not served here; this API serves ${served}`,
      ),
    );
  }
}

export class FormatUnknownException extends ProblemException {
  constructor(extension: string, known: readonly string[]) {
    super(
      problem(
        HttpStatus.NOT_FOUND,
        'format-unknown',
        'Not Found',
        `Open311 answers in ${known.map((name) => `.${name}`).join(' or ')}, not .${extension}`,
      ),
    );
  }
}
