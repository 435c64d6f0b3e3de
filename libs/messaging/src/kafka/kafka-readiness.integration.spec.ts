import { INestApplication } from '@nestjs/common';
import { ReadinessService } from '@waystation/platform';
import { closeApp, createScratchDatabase, startMessagingTestApp } from '@waystation/testing';
import type { Admin } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { KafkaConnection } from './kafka-connection';

/** Longer than the registry's cache window, so each round runs the Kafka check again. */
const PAST_THE_CACHE_MS = 2_100;
const ROUNDS = 3;
const CALLS_PER_ROUND = 10;

describe('Kafka readiness', () => {
  let app: INestApplication;
  const readinessAdmins = new Set<Admin>();
  let metadataRequests = 0;

  beforeAll(async () => {
    app = await startMessagingTestApp({
      database: await createScratchDatabase('kafka_readiness'),
      messaging: { serviceName: 'readiness-spec' },
    });
    // Calls through to the real broker; only notes which admin clients the checks use.
    const { kafka } = app.get(KafkaConnection);
    const admin = kafka.admin.bind(kafka);
    jest.spyOn(kafka, 'admin').mockImplementation((config) => {
      const client = admin(config);
      const describeCluster = client.describeCluster.bind(client);
      client.describeCluster = () => {
        readinessAdmins.add(client);
        metadataRequests += 1;
        return describeCluster();
      };
      return client;
    });
  }, 60_000);

  afterAll(async () => {
    await closeApp(app);
  });

  it(`asks the broker once per cache window over one admin connection (${ROUNDS} rounds of ${CALLS_PER_ROUND} concurrent checks)`, async () => {
    const sut = app.get(ReadinessService);

    for (let round = 0; round < ROUNDS; round += 1) {
      const results = await Promise.all(Array.from({ length: CALLS_PER_ROUND }, () => sut.check()));
      expect(results.map((result) => result.details.kafka?.status)).toEqual(Array(CALLS_PER_ROUND).fill('up'));
      await sleep(PAST_THE_CACHE_MS);
    }

    console.log(
      `${ROUNDS * CALLS_PER_ROUND} readiness checks → ${metadataRequests} metadata requests over ${readinessAdmins.size} admin connection(s)`,
    );
    expect(metadataRequests).toBe(ROUNDS);
    expect(readinessAdmins.size).toBe(1);
  });
});
