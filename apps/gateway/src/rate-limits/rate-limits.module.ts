import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GatewayConfig } from '../config/gateway.config';
import { API_RATE_LIMITS, ApiRateLimitInterceptor } from './api-rate-limit.interceptor';
import { RateLimiter } from './rate-limiter.service';

/** The one RateLimiter (counters in the gateway's database, for any feature) and the public API's limits on every route. */
@Module({})
export class RateLimitsModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: RateLimitsModule,
      global: true,
      providers: [
        RateLimiter,
        { provide: API_RATE_LIMITS, useValue: config },
        { provide: APP_INTERCEPTOR, useClass: ApiRateLimitInterceptor },
      ],
      exports: [RateLimiter],
    };
  }
}
