import {
  ReportAnswers,
  ReportCategoryCode,
  ReporterKind,
  ReportRejectionReason,
  ReportSeverity,
  ReportStatus,
} from '@waystation/contracts';
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { ReportCategory } from '../categories/report-category.entity';
import type { ReportAssignment } from '../dispatch/report-assignment.entity';
import { Photo } from '../photos/photo.entity';
import { ReportHistoryEntry } from './report-history-entry.entity';

@Entity({ name: 'reports' })
export class Report {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'reporter_id', type: 'text' })
  reporterId!: string;

  /** A worker, or a city system over Open311 (then reporterId is its client's id). */
  @Column({ name: 'reporter_kind', type: 'text' })
  reporterKind!: ReporterKind;

  @Column('text')
  category!: ReportCategoryCode;

  @ManyToOne(() => ReportCategory)
  @JoinColumn({ name: 'category', referencedColumnName: 'code' })
  categoryDefinition?: ReportCategory;

  @Column('text')
  description!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  /** How sure the device was of the point (metres); null for reports filed before it was asked for. */
  @Column({ name: 'accuracy_meters', type: 'double precision', nullable: true })
  accuracyMeters!: number | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** The station the reporter named as nearby. */
  @Column({ name: 'station_id', type: 'text', nullable: true })
  stationId!: string | null;

  /** Answers to the category's questions, by question code. */
  @Column('jsonb')
  answers!: ReportAnswers;

  @Column('text')
  status!: ReportStatus;

  /** The community the location falls in, from the city map; null while the map does not cover it yet. */
  @Column({ name: 'community_code', type: 'text', nullable: true })
  communityCode!: string | null;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode!: string | null;

  /** A care referral: seen only by the reporter, the community's staff and civil affairs, never in public feeds. */
  @Column('boolean')
  private!: boolean;

  /** The client's Idempotency-Key: the same key from the same reporter returns the first report. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** A digest of the keyed submission, to tell a retry from a different report sent with the same key. */
  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;

  /** When the reporter saw it: earlier than the submission for a report made offline. */
  @Column({ name: 'captured_at', type: 'timestamptz' })
  capturedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'rejection_code', type: 'text', nullable: true })
  rejectionCode!: ReportRejectionReason | null;

  /** Set by the confirming reviewer. */
  @Column({ type: 'text', nullable: true })
  severity!: ReportSeverity | null;

  /** A likely duplicate of this earlier open report (flagged at submission; cleared when staff keep them apart). */
  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;

  /** The case (an earlier report's id) this report was merged into. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto!: string | null;

  @OneToMany(() => ReportHistoryEntry, (entry) => entry.report)
  history?: ReportHistoryEntry[];

  /** Uploaded photos, 1 to 4; their `position` orders them. */
  @OneToMany(() => Photo, (photo) => photo.report)
  photos?: Photo[];

  /** The departments it was sent to, each with its own progress (by name: the assignment imports this entity). */
  @OneToMany('ReportAssignment', 'report')
  assignments?: Relation<ReportAssignment>[];
}
