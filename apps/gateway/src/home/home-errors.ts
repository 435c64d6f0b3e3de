import { DomainError } from '@waystation/platform';

export class HomeWorkersOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'home-workers-only';

  constructor() {
    super("The home screen is the worker app's; staff use their consoles");
  }
}
