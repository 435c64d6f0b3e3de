import { DepartmentAssignmentStatus } from '@waystation/contracts';
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { Department } from '../departments/department.entity';
import type { Report } from '../reports/report.entity';
import { ReportAssignmentStep } from './report-assignment-step.entity';

/** A report sent to one department, with that department's own progress on it. */
@Entity({ name: 'report_assignments' })
export class ReportAssignment {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @PrimaryColumn({ name: 'department_code', type: 'text' })
  departmentCode!: string;

  // By name: Report lists its assignments, so importing it here would make the two modules load each other.
  @ManyToOne('Report', 'assignments')
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;

  @ManyToOne(() => Department)
  @JoinColumn({ name: 'department_code' })
  department?: Department;

  @Column('text')
  status!: DepartmentAssignmentStatus;

  /** The routing rule (its version) that chose the department; null when staff did. */
  @Column({ name: 'rule_id', type: 'bigint', nullable: true })
  ruleId!: string | null;

  @Column({ name: 'dispatched_by', type: 'text' })
  dispatchedBy!: string;

  @Column({ name: 'dispatched_at', type: 'timestamptz' })
  dispatchedAt!: Date;

  /** The department's own SLA clocks, started at its dispatch; null only for assignments older than them without report deadlines. */
  @Column({ name: 'acknowledge_due_at', type: 'timestamptz', nullable: true })
  acknowledgeDueAt!: Date | null;

  @Column({ name: 'resolve_due_at', type: 'timestamptz', nullable: true })
  resolveDueAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => ReportAssignmentStep, (step) => step.assignment)
  history?: ReportAssignmentStep[];
}
