import { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { ApiRateLimitInterceptor } from './api-rate-limit.interceptor';
import { RateLimit, RateLimitVerdict } from './rate-limit-window';
import { RateLimitedError } from './rate-limited.error';
import { RateLimiter } from './rate-limiter.service';

const LIMITS = { GATEWAY_RATE_LIMIT_WINDOW_SECONDS: 60, GATEWAY_RATE_LIMIT_PER_ACCOUNT: 300, GATEWAY_RATE_LIMIT_PER_ADDRESS: 1_200 };

/** A limiter that records the limits it was asked about and answers `answer`. */
function limiter(answer: () => Promise<RateLimitVerdict>): { limiter: RateLimiter; asked: RateLimit[][] } {
  const asked: RateLimit[][] = [];
  const fake = { hit: (limits: RateLimit[]) => (asked.push(limits), answer()) } as unknown as RateLimiter;
  return { limiter: fake, asked };
}

function httpContext(request: object): ExecutionContext {
  return { getType: () => 'http', switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

const handler: CallHandler = { handle: () => of('handled') };
const request = (extra: object = {}) => ({ path: '/api/v1/me', ip: '203.0.113.7', socket: {}, ...extra });

describe(ApiRateLimitInterceptor.name, () => {
  it('counts a signed-in request against its account and its address', async () => {
    const { limiter: fake, asked } = limiter(async () => ({ allowed: true }));
    const sut = new ApiRateLimitInterceptor(fake, LIMITS);

    await lastValueFrom(sut.intercept(httpContext(request({ actor: { id: 'a-1' } })), handler));

    expect(asked).toEqual([
      [
        { key: 'api:address:203.0.113.7', limit: 1_200, windowSeconds: 60 },
        { key: 'api:account:a-1', limit: 300, windowSeconds: 60 },
      ],
    ]);
  });

  it('counts an anonymous request against its address only', async () => {
    const { limiter: fake, asked } = limiter(async () => ({ allowed: true }));

    await lastValueFrom(new ApiRateLimitInterceptor(fake, LIMITS).intercept(httpContext(request()), handler));

    expect(asked.flat().map((limit) => limit.key)).toEqual(['api:address:203.0.113.7']);
  });

  it('refuses a request over a limit with rate-limited, before the route runs', async () => {
    const { limiter: fake } = limiter(async () => ({ allowed: false, retryAfterSeconds: 17 }));

    const answer = lastValueFrom(new ApiRateLimitInterceptor(fake, LIMITS).intercept(httpContext(request()), handler));

    await expect(answer).rejects.toThrow(RateLimitedError);
    await expect(answer).rejects.toMatchObject({ details: { retryAfterSeconds: 17 } });
  });

  it('lets the request through when the database is unavailable, rather than refusing everyone', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54320'), { code: 'ECONNREFUSED' });
    const { limiter: fake } = limiter(() => Promise.reject(refused));

    expect(await lastValueFrom(new ApiRateLimitInterceptor(fake, LIMITS).intercept(httpContext(request()), handler))).toBe('handled');
  });

  it('fails the request on a defect, which must not pass unnoticed', async () => {
    const { limiter: fake } = limiter(() => Promise.reject(new TypeError('undefined is not a function')));

    await expect(lastValueFrom(new ApiRateLimitInterceptor(fake, LIMITS).intercept(httpContext(request()), handler))).rejects.toThrow(
      TypeError,
    );
  });

  it('leaves the health endpoints alone', async () => {
    const { limiter: fake, asked } = limiter(async () => ({ allowed: false, retryAfterSeconds: 1 }));

    await lastValueFrom(new ApiRateLimitInterceptor(fake, LIMITS).intercept(httpContext(request({ path: '/health/live' })), handler));

    expect(asked).toEqual([]);
  });
});
