import { Injectable } from '@nestjs/common';
import { reportSubmittedV1 } from '@waystation/contracts';
import { Actor, ReportView, SubmitReport } from '@waystation/http-api';
import { Outbox } from '@waystation/messaging';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { SERVICE_NAME } from '../service-name';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { ReportQueries } from './report-queries.service';
import { IdempotencyKeyReusedError } from './report-errors';
import { Report } from './report.entity';
import { toReportView } from './report-view.mapper';

export interface SubmitResult {
  report: ReportView;
  /** False when the Idempotency-Key matched an earlier submission. */
  created: boolean;
}

@Injectable()
export class ReportIntake {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
  ) {}

  /**
   * Files a report. With an Idempotency-Key, a retry of the same submission answers with the first report, and
   * the key sent again with a different report is refused (422) rather than silently answered with the first.
   */
  async submit(reporter: Actor, command: SubmitReport, idempotencyKey: string | undefined, correlationId: string): Promise<SubmitResult> {
    const keyed = idempotencyKey ? { key: idempotencyKey, fingerprint: fingerprintOf(command) } : undefined;
    if (keyed) {
      const earlier = await this.findEarlier(reporter.id, keyed);
      if (earlier) return { report: earlier, created: false };
    }
    try {
      const reportId = await this.dataSource.transaction((manager) => this.insert(manager, reporter, command, keyed, correlationId));
      return { report: await this.queries.get(reporter, reportId), created: true };
    } catch (error) {
      // Two requests with one key raced; the loser answers with the winner's report.
      if (keyed && isUniqueViolation(error)) {
        const earlier = await this.findEarlier(reporter.id, keyed);
        if (earlier) return { report: earlier, created: false };
      }
      throw error;
    }
  }

  private async insert(manager: EntityManager, reporter: Actor, command: SubmitReport, keyed: KeyedSubmission | undefined, correlationId: string): Promise<string> {
    const submittedAt = new Date();
    const report = manager.create(Report, {
      id: uuidv7(),
      reporterId: reporter.id,
      category: command.category,
      description: command.description,
      lat: command.location.lat,
      lng: command.location.lng,
      address: command.address ?? null,
      photoUrls: command.photoUrls,
      status: 'submitted',
      idempotencyKey: keyed?.key ?? null,
      idempotencyFingerprint: keyed?.fingerprint ?? null,
      submittedAt,
      reviewedAt: null,
      reviewedBy: null,
      rejectionReason: null,
    });
    await manager.insert(Report, report);
    await manager.insert(ReportHistoryEntry, { reportId: report.id, status: 'submitted', actorId: reporter.id, note: null, at: submittedAt });
    await this.outbox.add(
      manager,
      reportSubmittedV1.create({
        aggregateId: report.id,
        correlationId,
        producer: SERVICE_NAME,
        occurredAt: submittedAt,
        payload: {
          reportId: report.id,
          reporterId: report.reporterId,
          category: report.category,
          description: report.description,
          location: command.location,
          address: command.address,
          photoUrls: report.photoUrls,
          submittedAt: submittedAt.toISOString(),
        },
      }),
    );
    return report.id;
  }

  /** The report an earlier submission with this key filed, if any; refuses a key reused for a different report. */
  private async findEarlier(reporterId: string, { key, fingerprint }: KeyedSubmission): Promise<ReportView | undefined> {
    const report = await this.dataSource.getRepository(Report).findOne({
      where: { reporterId, idempotencyKey: key },
      relations: { history: true },
    });
    if (!report) return undefined;
    // Reports filed before fingerprints were kept have none; their key alone decides, as it did then.
    if (report.idempotencyFingerprint !== null && report.idempotencyFingerprint !== fingerprint) {
      throw new IdempotencyKeyReusedError(key, report.id);
    }
    return toReportView(report);
  }
}

interface KeyedSubmission {
  key: string;
  fingerprint: string;
}

/** The validated command's JSON: its keys come out of the schema in one order, whatever order the client used. */
function fingerprintOf(command: SubmitReport): string {
  return createHash('sha256').update(JSON.stringify(command)).digest('base64url');
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
