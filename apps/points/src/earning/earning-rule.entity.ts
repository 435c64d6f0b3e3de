import { ReportCategoryV1 } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Points a confirmed report of a category earns its reporter (kept by v1 category until the points issue's rules). */
@Entity({ name: 'earning_rules' })
export class EarningRule {
  @PrimaryColumn('text')
  category!: ReportCategoryV1;

  @Column('integer')
  points!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
