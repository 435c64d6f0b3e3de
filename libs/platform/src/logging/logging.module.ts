import { DynamicModule, Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { CORRELATION_ID_HEADER, correlationIdFrom } from '../http/correlation-id';

export interface LoggingOptions {
  serviceName: string;
  level: string;
}

/** Structured JSON logs; every request line carries its correlation id (the caller's when well formed, else minted here). */
@Module({})
export class LoggingModule {
  static forRoot({ serviceName, level }: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level,
            base: { service: serviceName },
            genReqId: (request: IncomingMessage, response: ServerResponse) => {
              const id = correlationIdFrom(request.headers[CORRELATION_ID_HEADER]);
              response.setHeader(CORRELATION_ID_HEADER, id);
              return id;
            },
            customProps: (request: IncomingMessage) => ({ correlationId: (request as { id?: unknown }).id }),
            autoLogging: { ignore: (request: IncomingMessage) => /^\/(health|metrics)/.test(request.url ?? '') },
          },
        }),
      ],
    };
  }
}
