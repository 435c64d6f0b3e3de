import { Injectable, Logger } from '@nestjs/common';
import { departmentsAddressedBy, LocalizedText } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Notification } from '../notifications/notification.entity';
import { storeNotifications } from '../notifications/store-notifications';
import { composeReportProgress, ReportProgressEvent } from './report-progress-composer';
import { reportersOf } from './report-reporters';

/**
 * Tells the reporter of each department move on their report (dispatched, acknowledged, in progress, resolved, being
 * re-routed): one inbox message per event, in the caller's inbox transaction (DepartmentEventIntake), learning the
 * departments' names from the dispatches. A report whose confirmation this service never saw has no known reporter and tells no one.
 */
@Injectable()
export class ReportProgressDelivery {
  private readonly logger = new Logger(ReportProgressDelivery.name);

  constructor(private readonly outbox: Outbox) {}

  async deliverIn(manager: EntityManager, fresh: ReportProgressEvent[]): Promise<void> {
    await rememberNames(manager, fresh);
    const names = await namesOf(manager, fresh);
    const reporters = await reportersOf(
      manager,
      fresh.map((event) => event.payload.reportId),
    );
    const createdAt = new Date();
    const notifications = fresh.flatMap((event) => {
      const recipientId = reporters.get(event.payload.reportId.toLowerCase());
      if (!recipientId) {
        this.logger.warn(`No reporter known for report ${event.payload.reportId}; ${event.type} ${event.id} tells no one`);
        return [];
      }
      const message = composeReportProgress(event, (code) => names.get(code));
      return [manager.create(Notification, { id: uuidv7(), recipientId, ...message, sourceEventId: event.id, createdAt, readAt: null })];
    });
    await storeNotifications(manager, this.outbox, notifications, fresh);
  }
}

async function rememberNames(manager: EntityManager, events: ReportProgressEvent[]): Promise<void> {
  const named = events.flatMap((event) =>
    event.type === 'report.dispatched' ? event.payload.departments.flatMap(({ code, name }) => (name ? [{ code, name }] : [])) : [],
  );
  if (named.length === 0) return;
  const latest = [...new Map(named.map((department) => [department.code, department.name])).entries()];
  await manager.query(
    `INSERT INTO department_names (code, name_zh, name_en) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en`,
    [latest.map(([code]) => code), latest.map(([, name]) => name['zh-CN']), latest.map(([, name]) => name.en)],
  );
}

async function namesOf(manager: EntityManager, events: ReportProgressEvent[]): Promise<Map<string, LocalizedText>> {
  const codes = [...new Set(events.flatMap(departmentsAddressedBy))];
  const rows = await manager.query<{ code: string; name_zh: string; name_en: string }[]>(
    `SELECT code, name_zh, name_en FROM department_names WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Map(rows.map((row) => [row.code, { 'zh-CN': row.name_zh, en: row.name_en }]));
}
