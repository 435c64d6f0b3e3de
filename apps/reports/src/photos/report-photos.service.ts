import { Injectable } from '@nestjs/common';
import { Actor, reportPhotoAddedV2 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource } from 'typeorm';
import { ReportNotFoundError } from '../reports/report-errors';
import { ReportPhotosClosedError } from './photo-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';
import { PhotoAttachments } from './photo-attachments.service';
import { PhotoAdditionNotAllowedError, PhotoNotFoundError } from './photo-errors';
import { Photo } from './photo.entity';
import { toReportPhoto } from './report-photo';

export interface AddPhotoResult {
  report: Report;
  /** False when the report had the photo already. */
  added: boolean;
}

/** A report's photos: the reporter adds evidence until the report is reviewed; whoever may read it sees them. */
@Injectable()
export class ReportPhotos {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly attachments: PhotoAttachments,
  ) {}

  /**
   * Attaches an uploaded photo of the reporter's to their report while it is `submitted`, with one
   * `report.photo-added` in the same transaction. The report row is locked, so a review racing with the addition
   * either sees the photo or makes the addition fail with 409.
   */
  async add(reporter: Actor, reportId: string, photoId: string, correlationId: string): Promise<AddPhotoResult> {
    const visible = await this.queries.get(reporter, reportId);
    if (visible.reporterId !== reporter.id) throw new PhotoAdditionNotAllowedError(visible.id);
    const added = await this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(Report, { where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new ReportNotFoundError(reportId);
      if (report.status !== 'submitted') throw new ReportPhotosClosedError(report.id, report.status);
      const addedAt = new Date();
      const [photo] = await this.attachments.attach(manager, reporter, report.id, [photoId], addedAt);
      if (!photo) return false;
      await this.outbox.add(
        manager,
        reportPhotoAddedV2.create({
          aggregateId: report.id,
          correlationId,
          producer: SERVICE_NAME,
          occurredAt: addedAt,
          payload: {
            reportId: report.id,
            reporterId: report.reporterId,
            reporterKind: report.reporterKind,
            private: report.private,
            photo: report.private ? undefined : { ...toReportPhoto(report.id, photo), mime: photo.mime, bytes: photo.bytes },
            photoCount: (photo.position ?? 0) + 1,
            addedAt: addedAt.toISOString(),
          },
        }),
      );
      return true;
    });
    return { report: await this.queries.get(reporter, visible.id), added };
  }

  /** One photo of a report, its reporter's or a department's evidence, for a caller who may read the report. */
  async find(reader: Actor, reportId: string, photoId: string): Promise<Photo> {
    const report = await this.queries.get(reader, reportId);
    const id = photoId.toLowerCase();
    const photo =
      report.photos?.find((candidate) => candidate.id === id) ??
      (await this.dataSource.manager.findOneBy(Photo, { id, evidenceForReportId: report.id }));
    if (!photo) throw new PhotoNotFoundError(photoId);
    return photo;
  }
}
