import { Injectable } from '@nestjs/common';
import { Actor, GeoPoint, ReportCategory, reportSubmittedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { PhotoAttachments } from '../photos/photo-attachments.service';
import { toReportPhoto } from '../photos/report-photo';
import { SERVICE_NAME } from '../service-name';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { ReportQueries } from './report-queries.service';
import { Report } from './report.entity';

/** What a reporter files. */
export interface NewReport {
  category: ReportCategory;
  description: string;
  location: GeoPoint;
  address?: string;
  /** Uploaded photos of the reporter's, attached in the submission's transaction. */
  photoIds: string[];
}

export interface SubmitResult {
  report: Report;
  /** False when the Idempotency-Key matched an earlier submission. */
  created: boolean;
}

@Injectable()
export class ReportIntake {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly photos: PhotoAttachments,
  ) {}

  /** Files a report; with an Idempotency-Key, a retry answers with the first report (see `createOnce`). */
  async submit(reporter: Actor, command: NewReport, idempotencyKey: string | undefined, correlationId: string): Promise<SubmitResult> {
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(reporter.id, key),
      create: async () => {
        const reportId = await this.dataSource.transaction((manager) =>
          this.insert(manager, reporter, command, idempotency, correlationId),
        );
        return this.queries.get(reporter, reportId);
      },
    });
    return { report: result, created };
  }

  private async insert(
    manager: EntityManager,
    reporter: Actor,
    command: NewReport,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
  ): Promise<string> {
    const submittedAt = new Date();
    const report = manager.create(Report, {
      id: uuidv7(),
      reporterId: reporter.id,
      category: command.category,
      description: command.description,
      lat: command.location.lat,
      lng: command.location.lng,
      address: command.address ?? null,
      status: 'submitted',
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
      submittedAt,
      reviewedAt: null,
      reviewedBy: null,
      rejectionReason: null,
    });
    await manager.insert(Report, report);
    const photos = await this.photos.attach(manager, reporter, report.id, command.photoIds, submittedAt);
    await manager.insert(ReportHistoryEntry, {
      reportId: report.id,
      status: 'submitted',
      actorId: reporter.id,
      note: null,
      at: submittedAt,
    });
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
          photos: photos.map((photo) => toReportPhoto(report.id, photo)),
          submittedAt: submittedAt.toISOString(),
        },
      }),
    );
    return report.id;
  }

  private async findEarlier(reporterId: string, idempotencyKey: string): Promise<EarlierCreation<Report> | undefined> {
    const report = await this.dataSource.getRepository(Report).findOne({
      where: { reporterId, idempotencyKey },
      relations: { history: true, photos: true },
    });
    return report ? { id: report.id, fingerprint: report.idempotencyFingerprint, result: report } : undefined;
  }
}
