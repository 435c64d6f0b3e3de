import { ReportStatus } from '@waystation/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Report } from './report.entity';

/** One step of a report's life, shown to the reporter as its progress. */
@Entity({ name: 'report_history' })
export class ReportHistoryEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => Report, (report) => report.history)
  @JoinColumn({ name: 'report_id' })
  report?: Report;

  /** Where the report came from; null for its submission (and for entries older than the lifecycle). */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ReportStatus | null;

  /** Where it went. */
  @Column('text')
  status!: ReportStatus;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  /** The mover's role then (`scheduler` for the service's own timer); null on entries older than the lifecycle. */
  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  /** Why, as a code (a rejection reason); the note says it in words. */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
