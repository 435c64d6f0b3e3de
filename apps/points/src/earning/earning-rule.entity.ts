import { ReportCategory } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Points a confirmed report of a category earns its reporter. */
@Entity({ name: 'earning_rules' })
export class EarningRule {
  @PrimaryColumn('text')
  category!: ReportCategory;

  @Column('integer')
  points!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
