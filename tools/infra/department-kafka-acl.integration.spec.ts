import {
  departmentConsumerGroupPrefix,
  departmentPrincipal,
  departmentRejectedUpdatesTopic,
  departmentReportsTopic,
  departmentUpdatesTopic,
  reportDispatchedV1,
  Topics,
} from '@waystation/contracts';
import { v7 as uuidv7 } from 'uuid';
import { consumeAs, produceAs } from './kafka-principal-probes.spec-helper';

const SANITATION = departmentPrincipal('sanitation');

/** A consumer group of the sanitation department's own, new for each probe so no real offsets move. */
const sanitationGroup = () => `${departmentConsumerGroupPrefix('sanitation')}acl-spec-${uuidv7()}`;

function dispatchedToSanitation(reportId: string) {
  return reportDispatchedV1.create({
    aggregateId: reportId,
    correlationId: `department-acl-spec-${uuidv7()}`,
    producer: 'reports',
    payload: {
      reportId,
      category: { code: 'exposed-garbage', group: 'environment', name: { 'zh-CN': '暴露垃圾', en: 'Exposed garbage' } },
      severity: 'medium',
      private: false,
      location: { lat: 30.3721, lng: 114.3217 },
      communityCode: '420115001001',
      districtCode: '420115',
      departments: [{ code: 'sanitation', ruleId: null }],
      dispatchedBy: 'staff-department-acl-spec',
      dispatchedAt: new Date().toISOString(),
    },
  });
}

describe("A department's Kafka principal on the embedded broker", () => {
  it("lets the reports service write a department's topic, and the department read its dispatched report there", async () => {
    const event = dispatchedToSanitation(uuidv7());

    expect(await produceAs('reports', departmentReportsTopic('sanitation'), { key: event.aggregateId, value: JSON.stringify(event) })).toBe(
      'written',
    );

    const seen = await consumeAs(SANITATION, departmentReportsTopic('sanitation'), sanitationGroup(), (message) => {
      const envelope = JSON.parse(message.value?.toString() ?? '{}') as { id?: string };
      return message.key?.toString() === event.aggregateId && envelope.id === event.id;
    });
    expect(seen).toBe('received');
  });

  it("refuses a department reading another department's topic (TOPIC_AUTHORIZATION_FAILED)", async () => {
    expect(await consumeAs(SANITATION, departmentReportsTopic('fire'), sanitationGroup())).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('refuses a department reading reports.events (TOPIC_AUTHORIZATION_FAILED)', async () => {
    expect(await consumeAs(SANITATION, Topics.reports, sanitationGroup())).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("refuses a department a consumer group outside its own prefix, even another department's (GROUP_AUTHORIZATION_FAILED)", async () => {
    const firesGroup = `${departmentConsumerGroupPrefix('fire')}acl-spec-${uuidv7()}`;

    expect(await consumeAs(SANITATION, departmentReportsTopic('sanitation'), firesGroup)).toBe('GROUP_AUTHORIZATION_FAILED');
  });

  it('refuses a department writing its own reports topic (TOPIC_AUTHORIZATION_FAILED, idempotent producer or not)', async () => {
    const topic = departmentReportsTopic('sanitation');

    expect(await produceAs(SANITATION, topic, { value: 'forged' }, { idempotent: false })).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs(SANITATION, topic, { value: 'forged' })).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  // The probe is no valid update: a reports service consuming the run's broker later refuses it at once.
  const probe = { key: 'acl-spec', value: JSON.stringify({ probe: 'department-acl-spec' }) };

  it('lets a department write its own updates topic with the idempotent producer', async () => {
    expect(await produceAs(SANITATION, departmentUpdatesTopic('sanitation'), probe)).toBe('written');
  });

  it("refuses a department writing another department's updates topic (TOPIC_AUTHORIZATION_FAILED)", async () => {
    expect(await produceAs(SANITATION, departmentUpdatesTopic('fire'), probe)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('refuses a department reading its updates topic back: only the reports service reads it (TOPIC_AUTHORIZATION_FAILED)', async () => {
    expect(await consumeAs(SANITATION, departmentUpdatesTopic('sanitation'), sanitationGroup())).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("lets the reports service write a department's rejected topic, and the department read what was refused there", async () => {
    const refused = { key: `acl-spec-${uuidv7()}`, value: probe.value };

    expect(await produceAs('reports', departmentRejectedUpdatesTopic('sanitation'), refused)).toBe('written');

    const seen = await consumeAs(SANITATION, departmentRejectedUpdatesTopic('sanitation'), sanitationGroup(), (message) => {
      return message.key?.toString() === refused.key;
    });
    expect(seen).toBe('received');
  });

  it("refuses a department reading another department's rejected topic (TOPIC_AUTHORIZATION_FAILED)", async () => {
    expect(await consumeAs(SANITATION, departmentRejectedUpdatesTopic('fire'), sanitationGroup())).toBe('TOPIC_AUTHORIZATION_FAILED');
  });
});
