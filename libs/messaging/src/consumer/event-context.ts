import { BaseRpcContext } from '@nestjs/microservices';
import { IHeaders } from 'kafkajs';

type EventContextArgs = [topic: string, partition: number, offset: string, headers: IHeaders];

/** Where an event came from, for handlers that log or measure it. */
export class EventContext extends BaseRpcContext<EventContextArgs> {
  get topic(): string {
    return this.args[0];
  }

  get partition(): number {
    return this.args[1];
  }

  get offset(): string {
    return this.args[2];
  }

  get headers(): IHeaders {
    return this.args[3];
  }
}
