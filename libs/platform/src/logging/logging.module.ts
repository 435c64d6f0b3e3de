import { DynamicModule, Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { v7 as uuidv7 } from 'uuid';
import { CORRELATION_ID_HEADER } from '../http/correlation-id';

export interface LoggingOptions {
  serviceName: string;
  level: string;
}

/** Structured JSON logs; every request line carries its correlation id (taken from the caller or minted here). */
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
              const incoming = request.headers[CORRELATION_ID_HEADER];
              const id = typeof incoming === 'string' && incoming.length > 0 ? incoming : uuidv7();
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
