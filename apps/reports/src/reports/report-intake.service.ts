import { Injectable } from '@nestjs/common';
import { Actor, ReportAnswers, ReportCategoryCode, ReporterKind, ReportLocation, reportSubmittedV3 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { CommunityLocator, ReportPlace } from '../areas/community-locator.service';
import { CategoryCatalog } from '../categories/category-catalog.service';
import { categoryRefOf } from '../categories/category-view.mapper';
import { answerProblemsOf, emergencyIn } from '../categories/report-answers';
import { ReportCategory } from '../categories/report-category.entity';
import { DuplicateDetection } from '../duplicates/duplicate-detection.service';
import { PhotoAttachments } from '../photos/photo-attachments.service';
import { Photo } from '../photos/photo.entity';
import { toReportPhoto } from '../photos/report-photo';
import { SERVICE_NAME } from '../service-name';
import { IntakeRules, reporterKindOf } from './intake-rules';
import { AnswersInvalidError, DailyReportLimitError, EmergencyReportError, OutsideServiceAreaError } from './report-errors';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { ReportQueries } from './report-queries.service';
import { Report } from './report.entity';

/** What a reporter files. */
export interface NewReport {
  category: ReportCategoryCode;
  description: string;
  location: ReportLocation;
  address?: string;
  stationId?: string;
  /** Uploaded photos of the reporter's, attached in the submission's transaction. */
  photoIds: string[];
  answers: ReportAnswers;
  /** ISO-8601: when the reporter saw it, if earlier than now (a report made offline). */
  capturedAt?: string;
}

export interface SubmitResult {
  report: Report;
  /** False when the Idempotency-Key matched an earlier submission. */
  created: boolean;
}

/** How long a submission waits behind the same reporter's others (see withinDailyLimit). */
const OWN_SUBMISSIONS_LOCK_TIMEOUT_MS = 15_000;

/**
 * Files reports of workers and of city systems over Open311, the same way: in a category on offer, with answers
 * that fit its questions (an emergency answer is refused with whom to call), inside a community of the city map,
 * then duplicates and the review queue. A worker's are within the daily limit; a city system files for many people,
 * so only the gateway's rate limit per client bounds it.
 */
@Injectable()
export class ReportIntake {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly catalog: CategoryCatalog,
    private readonly locator: CommunityLocator,
    private readonly rules: IntakeRules,
    private readonly duplicates: DuplicateDetection,
    private readonly photos: PhotoAttachments,
  ) {}

  /** Files a report; with an Idempotency-Key, a retry answers with the first report (see `createOnce`). */
  async submit(reporter: Actor, command: NewReport, idempotencyKey: string | undefined, correlationId: string): Promise<SubmitResult> {
    const reporterKind = reporterKindOf(reporter);
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(reporter.id, key),
      create: async () => {
        const reportId = await this.dataSource.transaction((manager) =>
          this.insert(manager, reporter, reporterKind, command, idempotency, correlationId),
        );
        return this.queries.get(reporter, reportId);
      },
    });
    return { report: result, created };
  }

  private async insert(
    manager: EntityManager,
    reporter: Actor,
    reporterKind: ReporterKind,
    command: NewReport,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
  ): Promise<string> {
    const submittedAt = new Date();
    const category = await this.catalog.offered(manager, command.category);
    checkAnswers(category, command.answers);
    const capturedAt = this.rules.capturedAt(command.capturedAt ? new Date(command.capturedAt) : undefined, submittedAt);
    const place = await this.locator.locate(manager, command.location);
    if (!place) throw new OutsideServiceAreaError(command.location);
    if (reporterKind === 'worker') await this.withinDailyLimit(manager, reporter.id, submittedAt);

    const report = manager.create(Report, {
      id: uuidv7(),
      reporterId: reporter.id,
      reporterKind,
      category: category.code,
      description: command.description,
      lat: command.location.lat,
      lng: command.location.lng,
      accuracyMeters: command.location.accuracyMeters,
      address: command.address ?? null,
      stationId: command.stationId ?? null,
      answers: command.answers,
      status: 'submitted',
      communityCode: place.communityCode,
      districtCode: place.districtCode,
      private: category.private,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
      capturedAt,
      submittedAt,
      reviewedAt: null,
      reviewedBy: null,
      rejectionReason: null,
    });
    await manager.insert(Report, report);
    const photos = await this.photos.attach(manager, reporter, report.id, command.photoIds, submittedAt);
    await this.duplicates.flag(manager, report);
    await manager.insert(ReportHistoryEntry, {
      reportId: report.id,
      status: 'submitted',
      actorId: reporter.id,
      actorRole: reporter.role,
      note: null,
      at: submittedAt,
    });
    await this.outbox.add(manager, submittedEvent(report, category, place, photos, command, correlationId));
    return report.id;
  }

  /**
   * Refuses a submission over the reporter's daily limit. The advisory lock makes a reporter's submissions count
   * one after another, so a burst sent at once cannot slip past the limit together.
   */
  private async withinDailyLimit(manager: EntityManager, reporterId: string, now: Date): Promise<void> {
    // Only the reporter's own submissions queue here, so a burst of them may wait longer than the pool's
    // lock_timeout allows a lock on shared rows; the timeout is back to its default once the lock is held.
    await manager.query(`SET LOCAL lock_timeout = ${OWN_SUBMISSIONS_LOCK_TIMEOUT_MS}`);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`report-intake:${reporterId}`]);
    await manager.query(`SET LOCAL lock_timeout TO DEFAULT`);
    const day = this.rules.dayOf(now);
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM reports WHERE reporter_id = $1 AND submitted_at >= $2 AND submitted_at < $3`,
      [reporterId, day.start, day.end],
    );
    if (count >= this.rules.dailyLimit) {
      throw new DailyReportLimitError(this.rules.dailyLimit, Math.ceil((day.end.getTime() - now.getTime()) / 1_000));
    }
  }

  private async findEarlier(reporterId: string, idempotencyKey: string): Promise<EarlierCreation<Report> | undefined> {
    const report = await this.dataSource.getRepository(Report).findOne({
      where: { reporterId, idempotencyKey },
      relations: { history: true, categoryDefinition: true, photos: true },
    });
    return report ? { id: report.id, fingerprint: report.idempotencyFingerprint, result: report } : undefined;
  }
}

/** An emergency answer first: whoever faces one must be told to call, whatever else the answers lack. */
function checkAnswers(category: ReportCategory, answers: ReportAnswers): void {
  const emergency = emergencyIn(category.questions, answers);
  if (emergency) throw new EmergencyReportError(emergency);
  const problems = answerProblemsOf(category.questions, answers);
  if (problems.length > 0) throw new AnswersInvalidError(category.code, problems);
}

function submittedEvent(
  report: Report,
  category: ReportCategory,
  place: ReportPlace,
  photos: Photo[],
  command: NewReport,
  correlationId: string,
) {
  // A care referral's content stays in reports: its event on the shared topic says only that it arrived, and where in the city map.
  const content = report.private
    ? {}
    : {
        description: report.description,
        location: command.location,
        address: command.address,
        stationId: command.stationId,
        photos: photos.map((photo) => toReportPhoto(report.id, photo)),
        answers: report.answers,
      };
  return reportSubmittedV3.create({
    aggregateId: report.id,
    correlationId,
    producer: SERVICE_NAME,
    occurredAt: report.submittedAt,
    payload: {
      reportId: report.id,
      reporterId: report.reporterId,
      reporterKind: report.reporterKind,
      category: categoryRefOf(category),
      ...content,
      communityCode: place.communityCode,
      districtCode: place.districtCode,
      private: report.private,
      capturedAt: report.capturedAt.toISOString(),
      submittedAt: report.submittedAt.toISOString(),
    },
  });
}
