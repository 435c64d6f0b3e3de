/** Texts a one-time code to a phone number. A code never travels on Kafka, only through this. */
export abstract class SmsSender {
  abstract sendCode(phone: string, code: string): Promise<void>;
}
