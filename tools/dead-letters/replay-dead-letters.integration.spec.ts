import { MessageHeaders } from '@waystation/contracts';
import { createMissingTopics } from '@waystation/infra';
import { publishRaw, readTestInfra, readTopic, testKafka } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { replayDeadLetters } from './replay-dead-letters';

describe(replayDeadLetters.name, () => {
  // Topics of their own, so no service of another spec ever sees these messages.
  const originalTopic = `replay-it-${uuidv7()}`;
  const deadLetterTopic = `${originalTopic}.dlq.waystation-points`;
  const kafka = () => testKafka('replay-it');

  const deadLetter = (key: string, value: string) => ({
    key,
    value,
    headers: {
      type: 'report.confirmed',
      'correlation-id': `corr-${key}`,
      'dlq-reason': 'handler-failed',
      'dlq-error': 'the ledger was down',
      'dlq-original-topic': originalTopic,
      'dlq-consumer-group': 'waystation-points',
    },
  });

  beforeAll(async () => {
    await createMissingTopics(readTestInfra().kafka, [
      { topic: originalTopic, numPartitions: 3 },
      { topic: deadLetterTopic, numPartitions: 2 },
    ]);
  });

  it('republishes each dead letter to its topic with its key, value and original headers, once', async () => {
    await publishRaw(deadLetterTopic, [
      { ...deadLetter('report-1', '{"n":1}'), partition: 0 },
      { ...deadLetter('report-2', '{"n":2}'), partition: 1 },
      { ...deadLetter('report-3', '{"n":3}'), partition: 1 },
      { key: 'stray', value: 'no origin', headers: { 'dlq-reason': 'malformed-json' }, partition: 0 },
    ]);

    expect(await replayDeadLetters(kafka(), deadLetterTopic)).toEqual({ replayed: 3, unknownOrigin: 1 });

    const replayed = await readTopic(originalTopic, (messages) => messages.length >= 3);
    expect(replayed.map(({ key, value }) => [key, value]).sort()).toEqual([
      ['report-1', '{"n":1}'],
      ['report-2', '{"n":2}'],
      ['report-3', '{"n":3}'],
    ]);
    for (const { key, headers } of replayed) {
      expect(headers).toEqual({
        type: 'report.confirmed',
        'correlation-id': `corr-${key}`,
        [MessageHeaders.replayedFrom]: deadLetterTopic,
      });
    }
    expect(await replayDeadLetters(kafka(), deadLetterTopic)).toEqual({ replayed: 0, unknownOrigin: 0 });
  });

  it('replays only what arrived since the last run', async () => {
    await publishRaw(deadLetterTopic, [deadLetter('report-4', '{"n":4}')]);

    expect(await replayDeadLetters(kafka(), deadLetterTopic)).toEqual({ replayed: 1, unknownOrigin: 0 });
    const all = await readTopic(originalTopic, (messages) => messages.length >= 4);
    expect(all.filter(({ key }) => key === 'report-4')).toHaveLength(1);
  });
});
