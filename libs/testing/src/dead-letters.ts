import { ConsumerGroups, DeadLetterHeaders, deadLetterTopic, Subscriptions } from '@waystation/contracts';
import { readTopicToEnd, type TopicEnds, topicEnds } from './topic-to-end';

/** Every dead-letter topic of the system: one per consumer group and topic it subscribes to. */
export function allDeadLetterTopics(): string[] {
  return (Object.keys(Subscriptions) as (keyof typeof Subscriptions)[]).flatMap((group) =>
    Subscriptions[group].map((topic) => deadLetterTopic(topic, ConsumerGroups[group])),
  );
}

/** Where each dead-letter topic ends at one moment, to count what is dead-lettered after it. */
export type DeadLetterMark = Map<string, TopicEnds>;

export interface DeadLetter {
  topic: string;
  key: string | null;
  reason: string;
  error: string;
}

export async function markDeadLetters(topics: string[] = allDeadLetterTopics()): Promise<DeadLetterMark> {
  return new Map(await Promise.all(topics.map(async (topic) => [topic, await topicEnds(topic)] as const)));
}

/** How many messages were dead-lettered since `mark` (from offsets alone, so cheap enough to poll). */
export async function countDeadLettersSince(mark: DeadLetterMark): Promise<number> {
  const now = await markDeadLetters([...mark.keys()]);
  return [...mark].reduce(
    (sum, [topic, ends]) =>
      sum +
      [...(now.get(topic) ?? new Map<number, bigint>())].reduce((n, [partition, end]) => n + Number(end - (ends.get(partition) ?? 0n)), 0),
    0,
  );
}

/** The dead letters written since `mark`, with the reason and error their headers give. */
export async function deadLettersSince(mark: DeadLetterMark): Promise<DeadLetter[]> {
  const perTopic = await Promise.all(
    [...mark].map(async ([topic, ends]) =>
      (await readTopicToEnd(topic, ends)).map(({ key, headers }) => ({
        topic,
        key,
        reason: headers[DeadLetterHeaders.reason] ?? '',
        error: headers[DeadLetterHeaders.error] ?? '',
      })),
    ),
  );
  return perTopic.flat();
}
