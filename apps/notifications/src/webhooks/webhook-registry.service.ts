import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, Page, PageRequest, WebhookEventType } from '@waystation/contracts';
import { createOnce, EarlierCreation, findPageById, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertManagesWebhooks, managesWebhooksOf } from './webhook-access';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import {
  WebhookDepartmentNotYoursError,
  WebhookDepartmentRequiredError,
  WebhookEndpointNotFoundError,
  WebhookUrlNotAllowedError,
} from './webhook-errors';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';
import { webhookUrlProblem } from './webhook-url-policy';

export interface NewWebhookEndpoint {
  departmentCode?: string;
  url: string;
  eventTypes: WebhookEventType[];
  description?: string;
}

/** An endpoint with its signing secret in the clear: only the answers to creating it and rotating the secret. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

export interface WebhookEndpointChanges {
  url?: string;
  eventTypes?: WebhookEventType[];
  active?: boolean;
  description?: string | null;
}

/** Departments' webhook endpoints: registered, changed, their secrets rotated, removed, each by whom may. */
@Injectable()
export class WebhookRegistry {
  constructor(
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly cipher: WebhookSecretCipher,
  ) {}

  async create(
    actor: Actor,
    command: NewWebhookEndpoint,
    idempotencyKey: string | undefined,
  ): Promise<{ endpoint: EndpointWithSecret; created: boolean }> {
    const departmentCode = this.departmentFor(actor, command.departmentCode);
    this.assertUrlAllowed(command.url);
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.insert(actor, departmentCode, command, idempotency),
    });
    return { endpoint: result, created };
  }

  /** The caller's department's endpoints (the city office's: every department's, or `department`'s), oldest first. */
  list(actor: Actor, query: PageRequest & { department?: string }): Promise<Page<WebhookEndpoint>> {
    assertManagesWebhooks(actor);
    const departmentCode = actor.role === 'admin' ? query.department : actor.scopes.department;
    return findPageById(this.endpoints, departmentCode ? { departmentCode } : {}, query);
  }

  /** The endpoint, if the actor may manage it; anyone else's is not found. */
  async get(actor: Actor, id: string): Promise<WebhookEndpoint> {
    assertManagesWebhooks(actor);
    const endpoint = await this.endpoints.findOneBy({ id });
    if (!endpoint || !managesWebhooksOf(actor, endpoint.departmentCode)) throw new WebhookEndpointNotFoundError(id);
    return endpoint;
  }

  async update(actor: Actor, id: string, changes: WebhookEndpointChanges): Promise<WebhookEndpoint> {
    const endpoint = await this.get(actor, id);
    if (changes.url !== undefined) this.assertUrlAllowed(changes.url);
    Object.assign(endpoint, changes, { updatedAt: new Date() });
    return this.endpoints.save(endpoint);
  }

  /** A new secret, signing every attempt from now on (also retries of deliveries queued before). */
  async rotateSecret(actor: Actor, id: string): Promise<EndpointWithSecret> {
    const endpoint = await this.get(actor, id);
    const now = new Date();
    const secret = newSecret();
    Object.assign(endpoint, { sealedSecret: this.cipher.seal(secret), secretRotatedAt: now, updatedAt: now });
    return { endpoint: await this.endpoints.save(endpoint), secret };
  }

  /** Removes the endpoint with its deliveries and their log; the pending ones are never sent. */
  async remove(actor: Actor, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(actor, id);
    await this.endpoints.delete({ id });
    return endpoint;
  }

  private departmentFor(actor: Actor, named: string | undefined): string {
    assertManagesWebhooks(actor);
    if (actor.role === 'admin') {
      if (!named) throw new WebhookDepartmentRequiredError();
      return named;
    }
    const own = actor.scopes.department;
    if (!own || (named !== undefined && named !== own)) throw new WebhookDepartmentNotYoursError(named ?? '(none)');
    return own;
  }

  private assertUrlAllowed(url: string): void {
    const problem = webhookUrlProblem(url, this.settings.allowLoopback);
    if (problem) throw new WebhookUrlNotAllowedError(url, problem);
  }

  private async insert(
    actor: Actor,
    departmentCode: string,
    command: NewWebhookEndpoint,
    idempotency: IdempotencyKey | undefined,
  ): Promise<EndpointWithSecret> {
    const now = new Date();
    const secret = newSecret();
    const endpoint = this.endpoints.create({
      id: uuidv7(),
      departmentCode,
      url: command.url,
      eventTypes: command.eventTypes,
      active: true,
      description: command.description ?? null,
      sealedSecret: this.cipher.seal(secret),
      secretRotatedAt: now,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
    });
    await this.endpoints.insert(endpoint);
    return { endpoint, secret };
  }

  private async findEarlier(createdBy: string, idempotencyKey: string): Promise<EarlierCreation<EndpointWithSecret> | undefined> {
    const endpoint = await this.endpoints.findOneBy({ createdBy, idempotencyKey });
    if (!endpoint) return undefined;
    return {
      id: endpoint.id,
      fingerprint: endpoint.idempotencyFingerprint,
      result: { endpoint, secret: this.cipher.open(endpoint.sealedSecret) },
    };
  }
}

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
