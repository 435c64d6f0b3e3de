import { DepartmentAssignmentStatus } from '@waystation/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ReportAssignment } from './report-assignment.entity';

/** One step of a department's progress on a report: who moved it from where to where, with a note and photos. */
@Entity({ name: 'report_assignment_history' })
export class ReportAssignmentStep {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'department_code', type: 'text' })
  departmentCode!: string;

  @ManyToOne('ReportAssignment', 'history')
  @JoinColumn([
    { name: 'report_id', referencedColumnName: 'reportId' },
    { name: 'department_code', referencedColumnName: 'departmentCode' },
  ])
  assignment?: Relation<ReportAssignment>;

  /** Null for the dispatch itself. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: DepartmentAssignmentStatus | null;

  @Column('text')
  status!: DepartmentAssignmentStatus;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Photos the department uploaded as progress or evidence (ids of report_photos, not attached to the report). */
  @Column({ name: 'photo_ids', type: 'text', array: true })
  photoIds!: string[];

  @Column({ type: 'timestamptz' })
  at!: Date;
}
