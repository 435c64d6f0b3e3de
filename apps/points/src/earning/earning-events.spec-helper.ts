import { AnyEventDefinition, EventOf, ownerOfTopic, ReportCategoryGroup } from '@waystation/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';

/** A valid event of `definition` as its fixture has it, with these payload fields. */
export function eventLike<D extends AnyEventDefinition>(definition: D, payload: Record<string, unknown>): EventOf<D> {
  const fixture = JSON.parse(
    readFileSync(
      join(__dirname, `../../../../libs/contracts/src/events/fixtures/${definition.type.replace('.', '-')}.v${definition.version}.json`),
      'utf8',
    ),
  );
  const merged = { ...fixture.payload, ...payload };
  return definition.create({
    aggregateId: String(merged.reportId ?? merged.workerId ?? merged.accountId ?? merged.stationId),
    correlationId: `points-spec-${uuidv7()}`,
    producer: ownerOfTopic(definition.topic),
    payload: merged,
  } as never) as EventOf<D>;
}

/** A report category of `group` as events carry it. */
export const categoryOf = (group: ReportCategoryGroup) => ({ code: `${group}-test`, group, name: { 'zh-CN': group, en: group } });
