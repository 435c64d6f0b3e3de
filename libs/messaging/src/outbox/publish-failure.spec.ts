import { publishFailureOf } from './publish-failure';

/** The shape kafkajs gives a broker's error code, and the wrapper its retrier gives up with. */
const protocolError = (type: string) => Object.assign(new Error(type), { name: 'KafkaJSProtocolError', type });
const gaveUp = (originalError: Error) =>
  Object.assign(new Error(originalError.message), { name: 'KafkaJSNonRetriableError', originalError });

describe(publishFailureOf.name, () => {
  it.each(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE'])(
    'treats %s, even wrapped, as a refusal of the records',
    (type) => {
      expect(publishFailureOf(gaveUp(protocolError(type)))).toEqual({ kind: 'message-refused', code: type });
    },
  );

  it.each(['TOPIC_AUTHORIZATION_FAILED', 'NOT_LEADER_FOR_PARTITION', 'UNKNOWN_TOPIC_OR_PARTITION'])(
    'treats %s as unavailable: the rows wait, nothing is dropped',
    (type) => {
      expect(publishFailureOf(gaveUp(protocolError(type)))).toEqual({ kind: 'unavailable' });
    },
  );

  it('treats a lost connection as unavailable', () => {
    expect(
      publishFailureOf(Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' })),
    ).toEqual({ kind: 'unavailable' });
  });
});
