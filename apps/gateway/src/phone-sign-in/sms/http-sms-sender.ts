import { SmsDeliveryFailedError } from '../phone-sign-in-errors';
import { SmsSender } from './sms-sender';

/**
 * Posts each code to an SMS gateway: `POST <url>` with `Authorization: Bearer <key>` and the JSON body
 * `{ phone, code }`; any 2xx answer means it took the message.
 */
export class HttpSmsSender extends SmsSender {
  constructor(
    private readonly url: string,
    private readonly key: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async sendCode(phone: string, code: string): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ phone, code }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new SmsDeliveryFailedError(error instanceof Error ? error.message : String(error));
    }
    await response.body?.cancel();
    if (!response.ok) throw new SmsDeliveryFailedError(`the SMS gateway answered ${response.status}`);
  }
}
