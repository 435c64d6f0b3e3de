import { PointsCreditedV1, Topics } from '@waystation/contracts';
import { type KafkaEndpoint, kafkaClient } from '@waystation/infra';
import { logLevel } from 'kafkajs';

/** Watches points.events: a credit is visible once points has committed it and published `points.credited`. */
export async function watchCredits(kafka: KafkaEndpoint) {
  const consumer = kafkaClient(kafka, 'bench-watch', logLevel.NOTHING).consumer({ groupId: `bench-watch-${Date.now()}` });
  const seen = new Map<string, number>();
  await consumer.connect();
  await consumer.subscribe({ topic: Topics.points, fromBeginning: true });
  // It commits nothing: each run starts a new group, and commits would add broker work that is not the pipeline's.
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ message }) => {
      const event = JSON.parse(String(message.value)) as PointsCreditedV1;
      if (event.type === 'points.credited') seen.set(event.payload.referenceId, performance.now());
    },
  });
  return {
    seenAt: (reportId: string) => seen.get(reportId),
    async allSeen(reportIds: string[]): Promise<number> {
      const deadline = Date.now() + 300_000;
      while (reportIds.some((id) => !seen.has(id))) {
        if (Date.now() > deadline) throw new Error(`credits missing for ${reportIds.filter((id) => !seen.has(id)).length} reports`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return Math.max(...reportIds.map((id) => seen.get(id) ?? NaN));
    },
    stop: () => consumer.disconnect(),
  };
}
