import { openLiveEvents, type ObservedResponse } from '@waystation/testing';
import type { ConformanceContext } from './conformance-context';

const EVENTS = '/api/v1/me/events';

/** The live stream's answers as the document describes them: the stream's headers (closed once they arrive), and its problems. */
export async function observeLiveEvents({ observe, worker, system }: ConformanceContext): Promise<void> {
  const answerOf = async (...args: Parameters<typeof openLiveEvents>): Promise<ObservedResponse> => {
    const connection = await openLiveEvents(...args);
    connection.close();
    return connection;
  };
  const gatewayUrl = system.url('gateway');
  await observe('get', EVENTS, answerOf(gatewayUrl, worker));
  await observe('get', EVENTS, answerOf(gatewayUrl));
  await observe('get', EVENTS, answerOf(gatewayUrl, worker, { query: '?lastEventId=not-an-id' }));
}
