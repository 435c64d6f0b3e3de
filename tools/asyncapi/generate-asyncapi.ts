// Writes docs/asyncapi.yaml from libs/contracts: `npm run asyncapi`; `npm run asyncapi -- --check` only compares.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ConsumerGroups,
  DEPARTMENT_FACING_EVENTS,
  departmentConsumerGroupPrefix,
  departmentReportsTopic,
  eventCatalog,
  eventJsonSchema,
  eventMessageName,
  ProvisionedDepartmentCodes,
  Subscriptions,
  TOPIC_PARTITIONS,
  Topics,
  type AnyEventDefinition,
  type TopicName,
} from '@waystation/contracts';
import { stringify } from 'yaml';
import { departmentUpdatesChannels, departmentUpdatesOperations } from './department-updates-channels';

export const asyncApiPath = join(__dirname, '..', '..', 'docs', 'asyncapi.yaml');
const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

const KAFKA_BINDING_VERSION = '0.5.0';

type ChannelId = keyof typeof Topics;
type ConsumerGroupKey = keyof typeof ConsumerGroups;

const DESCRIPTION = `Every message is a JSON envelope: \`id\` (UUID v7), \`type\`, \`version\`, \`occurredAt\` (ISO-8601 UTC),
\`producer\`, \`aggregateId\`, \`correlationId\`, \`causationId\` and the \`payload\` of that type and version.

- The Kafka key is \`aggregateId\`, so the events of one aggregate stay in order; \`type\` and \`version\` also travel
  as headers.
- Delivery is at least once: consumers deduplicate on \`id\`.
- Within a version a payload only gains optional fields, so ignore fields you do not know. A breaking change is a
  new version, published alongside the old one until every consumer reads it.
- A message a consumer group cannot validate or handle goes to \`<topic>.dlq.<consumer-group>\` with the reason.
- The departments' updates are the exception: plain JSON they write, refused to their own
  \`departments.<code>.updates.rejected\`.`;

export function renderAsyncApi(): string {
  const header = '# Generated from libs/contracts by tools/asyncapi/generate-asyncapi.ts. Do not edit: run `npm run asyncapi`.\n';
  return header + stringify(asyncApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
}

function asyncApiDocument() {
  const channelIds = Object.keys(Topics) as ChannelId[];
  return {
    asyncapi: '3.0.0',
    info: { title: 'Waystation events', version, description: DESCRIPTION },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The broker of the local development setup' },
    },
    channels: {
      ...Object.fromEntries(channelIds.map((id) => [id, channel(Topics[id])])),
      departmentReports: departmentReportsChannel(),
      ...departmentUpdatesChannels(KAFKA_BINDING_VERSION),
    },
    operations: Object.fromEntries([
      ...channelIds.map((id) => [`send-${id}`, sendOperation(id)]),
      ['send-departmentReports', departmentReportsOperation('send')],
      ['departments-receive-departmentReports', departmentReportsOperation('receive')],
      ...Object.entries(departmentUpdatesOperations(KAFKA_BINDING_VERSION)),
      ...(Object.keys(Subscriptions) as ConsumerGroupKey[]).flatMap((group) => {
        const subscribed: readonly TopicName[] = Subscriptions[group];
        return channelIds
          .filter((id) => subscribed.includes(Topics[id]))
          .map((id) => [`${group}-receive-${id}`, receiveOperation(id, group)]);
      }),
    ]),
  };
}

function eventsOn(topic: TopicName): AnyEventDefinition[] {
  return eventCatalog.filter((definition) => definition.topic === topic);
}

function channel(topic: TopicName) {
  return {
    address: topic,
    messages: Object.fromEntries(eventsOn(topic).map((definition) => [eventMessageName(definition), message(definition)])),
    bindings: { kafka: { topic, partitions: TOPIC_PARTITIONS, bindingVersion: KAFKA_BINDING_VERSION } },
  };
}

function message(definition: AnyEventDefinition) {
  return {
    name: eventMessageName(definition),
    title: `${definition.type} v${definition.version}`,
    summary: definition.description,
    contentType: 'application/json',
    headers: {
      type: 'object',
      required: ['type', 'version'],
      properties: {
        type: { type: 'string', const: definition.type },
        version: { type: 'string', const: String(definition.version) },
      },
    },
    payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: eventJsonSchema(definition) },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The aggregateId of the envelope' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function messageRefs(id: ChannelId) {
  return eventsOn(Topics[id]).map((definition) => ({
    $ref: `#/channels/${id}/messages/${eventMessageName(definition)}`,
  }));
}

function sendOperation(id: ChannelId) {
  return {
    action: 'send',
    channel: { $ref: `#/channels/${id}` },
    summary: `The ${id} domain publishes its events.`,
    messages: messageRefs(id),
  };
}

function receiveOperation(id: ChannelId, group: ConsumerGroupKey) {
  return {
    action: 'receive',
    channel: { $ref: `#/channels/${id}` },
    summary: `Consumer group ${ConsumerGroups[group]} reads ${Topics[id]}.`,
    messages: messageRefs(id),
    bindings: {
      kafka: { groupId: { type: 'string', enum: [ConsumerGroups[group]] }, bindingVersion: KAFKA_BINDING_VERSION },
    },
  };
}

/** One channel for every department's topic; the messages are the department-facing ones of `reports.events`. */
function departmentReportsChannel() {
  return {
    address: departmentReportsTopic('{code}'),
    title: "A department's reports",
    description:
      'The department-facing events of the reports routed to the department `code`, copies (same envelope, same id) ' +
      'of those on reports.events. Only the principal `department-<code>` may read it (docs/departments.md).',
    parameters: { code: { enum: [...ProvisionedDepartmentCodes], description: 'The department code' } },
    messages: Object.fromEntries(
      DEPARTMENT_FACING_EVENTS.map((definition) => [
        eventMessageName(definition),
        { $ref: `#/channels/reports/messages/${eventMessageName(definition)}` },
      ]),
    ),
    bindings: { kafka: { partitions: TOPIC_PARTITIONS, bindingVersion: KAFKA_BINDING_VERSION } },
  };
}

function departmentReportsOperation(action: 'send' | 'receive') {
  const messages = DEPARTMENT_FACING_EVENTS.map((definition) => ({
    $ref: `#/channels/departmentReports/messages/${eventMessageName(definition)}`,
  }));
  if (action === 'send') {
    return { action, channel: { $ref: '#/channels/departmentReports' }, summary: 'The reports domain feeds each department.', messages };
  }
  return {
    action,
    channel: { $ref: '#/channels/departmentReports' },
    summary: `A department reads its own topic, with consumer groups named ${departmentConsumerGroupPrefix('<code>')}<anything>.`,
    messages,
    bindings: {
      kafka: { groupId: { type: 'string', pattern: '^department-[a-z][a-z0-9-]*\\.' }, bindingVersion: KAFKA_BINDING_VERSION },
    },
  };
}

function main(args: string[]): void {
  const rendered = renderAsyncApi();
  const displayPath = relative(process.cwd(), asyncApiPath);
  if (!args.includes('--check')) {
    writeFileSync(asyncApiPath, rendered);
    console.log(`Wrote ${displayPath}`);
    return;
  }
  const current = existsSync(asyncApiPath) ? readFileSync(asyncApiPath, 'utf8') : '';
  if (current !== rendered) {
    console.error(`${displayPath} is out of date with libs/contracts: run \`npm run asyncapi\`.`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2));
}
