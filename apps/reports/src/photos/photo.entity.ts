import { PhotoMimeType } from '@waystation/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Report } from '../reports/report.entity';

/** An uploaded photo as stored (processed, metadata stripped); attached to at most one report, as its photo or as evidence. */
@Entity({ name: 'report_photos' })
export class Photo {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'uploader_id', type: 'text' })
  uploaderId!: string;

  /** Null until the uploader attaches it to a report of theirs. */
  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId!: string | null;

  // By name: Report lists its photos, so importing it here would make the two modules load each other.
  @ManyToOne('Report', 'photos')
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;

  /** Set when a department posted it as progress or evidence on this report (never with `reportId`). */
  @Column({ name: 'evidence_for_report_id', type: 'uuid', nullable: true })
  evidenceForReportId!: string | null;

  /** Its place among the report's photos, from 0, in the order they were attached. */
  @Column({ type: 'smallint', nullable: true })
  position!: number | null;

  /** Where the processed image is in the photo store. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column('integer')
  bytes!: number;

  @Column('integer')
  width!: number;

  @Column('integer')
  height!: number;

  @Column('text')
  mime!: PhotoMimeType;

  /** Of the stored image; its ETag. */
  @Column('text')
  sha256!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** A digest of the uploaded bytes, to tell a retry from another photo sent with the same key. */
  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt!: Date | null;
}
