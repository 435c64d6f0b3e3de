import { DomainError } from '@waystation/platform';
import { AreaFeatureProblem } from './area-import-validation';

export class AreaImportNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'area-import-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot import the city map; the city office can`, { role });
  }
}

/** The import was refused whole; `features` lists each problem by the feature's index and code. */
export class AreaImportInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'area-import-invalid';

  constructor(features: AreaFeatureProblem[]) {
    const affected = new Set(features.map((feature) => feature.index)).size;
    super(`${affected} feature(s) of the map are not valid; nothing was imported`, { features });
  }
}

export class AreaNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'area-not-found';

  constructor(code: string) {
    super(`Area ${code} is not in the city map`, { areaCode: code });
  }
}

export class UnknownCommunityError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'unknown-community';

  constructor(code: string) {
    super(`Community ${code} is not in the city map`, { communityCode: code });
  }
}
