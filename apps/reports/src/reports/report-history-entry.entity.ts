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

  @Column('text')
  status!: ReportStatus;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
