import { CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { failureKindOf } from '@waystation/platform';
import { from, Observable, switchMap } from 'rxjs';
import { GatewayConfig } from '../config/gateway.config';
import { clientAddressOf } from '../identity/client-info';
import type { AuthenticatedRequest } from '../identity/identity.guard';
import { RateLimit } from './rate-limit-window';
import { RateLimitedError } from './rate-limited.error';
import { RateLimiter } from './rate-limiter.service';

export const API_RATE_LIMITS = Symbol('API_RATE_LIMITS');
export type ApiRateLimits = Pick<
  GatewayConfig,
  'GATEWAY_RATE_LIMIT_WINDOW_SECONDS' | 'GATEWAY_RATE_LIMIT_PER_ACCOUNT' | 'GATEWAY_RATE_LIMIT_PER_ADDRESS'
>;

/** Orchestrators probe these often and must get their answer even while the database is away. */
const UNLIMITED_PATH_PREFIX = '/health/';

/**
 * The public API's general limits, per client address and per signed-in account, on every route (after the
 * identity guard, so the account is known). If the gateway's database is unavailable the request goes on
 * unlimited: the limits protect the services, and refusing everything would be the outage they guard against.
 */
@Injectable()
export class ApiRateLimitInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ApiRateLimitInterceptor.name);

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(API_RATE_LIMITS) private readonly limits: ApiRateLimits,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (request.path.startsWith(UNLIMITED_PATH_PREFIX)) return next.handle();
    return from(this.check(request)).pipe(switchMap(() => next.handle()));
  }

  private async check(request: AuthenticatedRequest): Promise<void> {
    const verdict = await this.limiter.hit(this.limitsOf(request)).catch((error: unknown) => {
      if (failureKindOf(error) === 'unexpected') throw error;
      this.logger.warn({ err: error }, 'rate limits not counted: the gateway database is unavailable');
      return { allowed: true as const };
    });
    if (!verdict.allowed) throw new RateLimitedError('requests', verdict.retryAfterSeconds);
  }

  private limitsOf(request: AuthenticatedRequest): RateLimit[] {
    const windowSeconds = this.limits.GATEWAY_RATE_LIMIT_WINDOW_SECONDS;
    const limits: RateLimit[] = [
      { key: `api:address:${clientAddressOf(request)}`, limit: this.limits.GATEWAY_RATE_LIMIT_PER_ADDRESS, windowSeconds },
    ];
    if (request.actor) {
      limits.push({ key: `api:account:${request.actor.id}`, limit: this.limits.GATEWAY_RATE_LIMIT_PER_ACCOUNT, windowSeconds });
    }
    return limits;
  }
}
