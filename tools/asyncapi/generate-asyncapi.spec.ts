import { readFileSync } from 'node:fs';
import { eventCatalog, eventMessageName, Topics } from '@waystation/contracts';
import { parse } from 'yaml';
import { asyncApiPath, renderAsyncApi } from './generate-asyncapi';

interface Channel {
  address: string;
  messages: Record<string, unknown>;
}

describe(renderAsyncApi.name, () => {
  const channels = Object.values<Channel>(parse(renderAsyncApi()).channels);

  it('matches docs/asyncapi.yaml', () => {
    const committed = readFileSync(asyncApiPath, 'utf8');

    if (committed !== renderAsyncApi()) {
      throw new Error('docs/asyncapi.yaml is out of date with libs/contracts: run `npm run asyncapi` and commit it.');
    }
  });

  it("has a channel for every domain topic, and one for each of every department's topics", () => {
    expect(channels.map(({ address }) => address)).toEqual([
      ...Object.values(Topics),
      'departments.{code}.reports',
      'departments.{code}.updates',
      'departments.{code}.updates.rejected',
    ]);
  });

  it.each(eventCatalog)('documents $type v$version as a message on its topic', (definition) => {
    const channel = channels.find(({ address }) => address === definition.topic);

    expect(channel?.messages).toHaveProperty([eventMessageName(definition)]);
  });
});
