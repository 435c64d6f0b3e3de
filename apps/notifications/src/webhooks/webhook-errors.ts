import { DomainError } from '@waystation/platform';

/** Someone else's endpoint answers as if it did not exist: which departments have webhooks is private. */
export class WebhookEndpointNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'webhook-endpoint-not-found';

  constructor(endpointId: string) {
    super(`There is no webhook endpoint ${endpointId}`, { endpointId });
  }
}

export class WebhookDeliveriesNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'webhook-deliveries-not-found';

  constructor(endpointId: string, deliveryIds: string[]) {
    super(`The endpoint ${endpointId} has no deliveries ${deliveryIds.join(', ')}; nothing was replayed`, { endpointId, deliveryIds });
  }
}

/** Webhooks are a department's (and the city office's) to manage. */
export class WebhooksDepartmentOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'webhooks-department-only';

  constructor(role: string) {
    super(`A ${role} has no webhooks; department users and the city office manage them`, { role });
  }
}

export class WebhookDepartmentNotYoursError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'webhook-department-not-yours';

  constructor(departmentCode: string) {
    super(`You may register endpoints for your own department only, not for "${departmentCode}"`, { departmentCode });
  }
}

export class WebhookDepartmentRequiredError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'webhook-department-required';

  constructor() {
    super('Name the department the endpoint is for (departmentCode)');
  }
}

export class WebhookUrlNotAllowedError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'webhook-url-not-allowed';

  constructor(url: string, reason: string) {
    super(reason, { url });
  }
}
