import { kafkaClient, kafkaToolingEndpoint } from '@waystation/infra';

/**
 * `npm run kafka:tail -- <topic> [--from-beginning]`: prints each message of a topic as it arrives
 * (partition, offset, key, headers, value), for watching the events flow. Uses a throwaway consumer group.
 */
async function main(): Promise<void> {
  const [topic, ...flags] = process.argv.slice(2);
  if (!topic) {
    console.error('usage: npm run kafka:tail -- <topic> [--from-beginning]   e.g. reports.events');
    process.exit(2);
  }
  const endpoint = kafkaToolingEndpoint();
  const consumer = kafkaClient(endpoint, 'waystation-tail').consumer({
    groupId: `waystation-tail-${process.pid}-${Date.now()}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: flags.includes('--from-beginning') });
  const stop = () => void consumer.disconnect().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.error(`tailing ${topic} on ${endpoint.brokers.join(',')} (Ctrl-C to stop)`);
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
      const value = message.value?.toString() ?? '';
      let body: unknown = value;
      try {
        body = JSON.parse(value);
      } catch {
        // not JSON: print it as it is
      }
      console.log(JSON.stringify({ partition, offset: message.offset, key: message.key?.toString(), headers, value: body }));
    },
  });
}

void main();
