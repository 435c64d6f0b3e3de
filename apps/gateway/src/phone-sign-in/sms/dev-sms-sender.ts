import { Logger } from '@nestjs/common';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SmsSender } from './sms-sender';

/** One line of the development outbox file. */
export interface DevSmsMessage {
  phone: string;
  code: string;
  sentAt: string;
}

/**
 * DEVELOPMENT ONLY: sends nothing; logs each code and appends it as a JSON line to a file, which `npm start`
 * names and the test harness reads.
 */
export class DevSmsSender extends SmsSender {
  private readonly logger = new Logger(DevSmsSender.name);

  constructor(private readonly outboxFile: string) {
    super();
  }

  async sendCode(phone: string, code: string): Promise<void> {
    const message: DevSmsMessage = { phone, code, sentAt: new Date().toISOString() };
    await mkdir(dirname(this.outboxFile), { recursive: true });
    await appendFile(this.outboxFile, `${JSON.stringify(message)}\n`, { mode: 0o600 });
    this.logger.log({ phone, code, outbox: this.outboxFile }, 'one-time code (development SMS provider)');
  }
}
