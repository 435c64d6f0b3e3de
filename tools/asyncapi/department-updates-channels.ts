import {
  ConsumerGroups,
  DEAD_LETTER_TOPIC_PARTITIONS,
  DeadLetterHeaders,
  departmentConsumerGroupPrefix,
  departmentRejectedUpdatesTopic,
  departmentUpdateMessageSchema,
  departmentUpdatesTopic,
  MessageHeaders,
  ProvisionedDepartmentCodes,
  TOPIC_PARTITIONS,
} from '@waystation/contracts';
import { z } from 'zod';

const codeParameter = { code: { enum: [...ProvisionedDepartmentCodes], description: 'The department code' } };
const departmentGroup = (bindingVersion: string) => ({
  kafka: { groupId: { type: 'string', pattern: '^department-[a-z][a-z0-9-]*\\.' }, bindingVersion },
});

/** The channels of what departments answer: their updates, and those the reports service refused. */
export function departmentUpdatesChannels(bindingVersion: string) {
  return {
    departmentUpdates: {
      address: departmentUpdatesTopic('{code}'),
      title: "A department's updates",
      description:
        'What the department `code` does with the reports routed to it, as plain JSON (no envelope). Only the principal ' +
        "`department-<code>` may write it; the department is the topic's, never one named in the message. Applied once per " +
        'updateId (docs/departments.md, "Answering over Kafka").',
      parameters: codeParameter,
      messages: {
        'department.update': {
          name: 'department.update',
          title: 'A department update',
          contentType: 'application/json',
          headers: {
            type: 'object',
            properties: {
              [MessageHeaders.correlationId]: { type: 'string', description: 'Optional: an id of yours to find the update by in our logs' },
            },
          },
          payload: {
            schemaFormat: 'application/schema+json;version=draft-07',
            schema: z.toJSONSchema(departmentUpdateMessageSchema, { target: 'draft-07', io: 'input' }),
          },
          bindings: {
            kafka: { key: { type: 'string', description: 'The reportId, so one report’s updates stay in order' }, bindingVersion },
          },
        },
      },
      bindings: { kafka: { partitions: TOPIC_PARTITIONS, bindingVersion } },
    },
    departmentRejectedUpdates: {
      address: departmentRejectedUpdatesTopic('{code}'),
      title: "A department's refused updates",
      description:
        'Each update of the department `code` that can never be applied: the original key, value and headers, and ' +
        'headers saying why. Only the principal `department-<code>` may read it.',
      parameters: codeParameter,
      messages: {
        'department.update-rejected': {
          name: 'department.update-rejected',
          title: 'A refused department update',
          summary: 'The value is exactly what the department wrote, which may not be JSON at all.',
          headers: {
            type: 'object',
            required: [DeadLetterHeaders.reason, DeadLetterHeaders.code, DeadLetterHeaders.error],
            properties: {
              [DeadLetterHeaders.reason]: { type: 'string', enum: ['malformed-json', 'invalid-event', 'handler-failed'] },
              [DeadLetterHeaders.code]: {
                type: 'string',
                description:
                  'malformed-json, invalid-event, or the refusal: report-not-found, assignment-move-not-allowed, update-id-reused',
              },
              [DeadLetterHeaders.error]: { type: 'string', description: 'What was wrong, in words' },
              [DeadLetterHeaders.originalTopic]: { type: 'string' },
              [DeadLetterHeaders.originalPartition]: { type: 'string' },
              [DeadLetterHeaders.originalOffset]: { type: 'string' },
              [DeadLetterHeaders.failedAt]: { type: 'string', format: 'date-time' },
            },
          },
          payload: { description: 'The update as the department wrote it' },
        },
      },
      bindings: { kafka: { partitions: DEAD_LETTER_TOPIC_PARTITIONS, bindingVersion } },
    },
  };
}

/** Departments write updates and read refusals; the reports service reads the one and writes the other. */
export function departmentUpdatesOperations(bindingVersion: string) {
  const updates = [{ $ref: '#/channels/departmentUpdates/messages/department.update' }];
  const rejected = [{ $ref: '#/channels/departmentRejectedUpdates/messages/department.update-rejected' }];
  return {
    'departments-send-departmentUpdates': {
      action: 'send',
      channel: { $ref: '#/channels/departmentUpdates' },
      summary: 'A department answers on its own updates topic.',
      messages: updates,
    },
    'reports-receive-departmentUpdates': {
      action: 'receive',
      channel: { $ref: '#/channels/departmentUpdates' },
      summary: `Consumer group ${ConsumerGroups.reports} applies every provisioned department's updates.`,
      messages: updates,
      bindings: { kafka: { groupId: { type: 'string', enum: [ConsumerGroups.reports] }, bindingVersion } },
    },
    'send-departmentRejectedUpdates': {
      action: 'send',
      channel: { $ref: '#/channels/departmentRejectedUpdates' },
      summary: 'The reports domain returns what it refused of a department’s updates.',
      messages: rejected,
    },
    'departments-receive-departmentRejectedUpdates': {
      action: 'receive',
      channel: { $ref: '#/channels/departmentRejectedUpdates' },
      summary: `A department reads its refused updates, with consumer groups named ${departmentConsumerGroupPrefix('<code>')}<anything>.`,
      messages: rejected,
      bindings: departmentGroup(bindingVersion),
    },
  };
}
