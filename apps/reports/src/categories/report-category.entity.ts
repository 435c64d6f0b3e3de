import { ReportCategoryCode, ReportCategoryGroup, ReportQuestion } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A category the city office offers reporters (an Open311 service), with the questions it asks. */
@Entity({ name: 'report_categories' })
export class ReportCategory {
  /** Never changes: it is the Open311 service_code. */
  @PrimaryColumn('text')
  code!: ReportCategoryCode;

  @Column('text')
  group!: ReportCategoryGroup;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'description_zh', type: 'text' })
  descriptionZh!: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn!: string;

  /** Its reports are care referrals: seen only by the reporter, the community's staff and civil affairs. */
  @Column('boolean')
  private!: boolean;

  /** Offered to reporters; a category is deactivated, never deleted, since reports keep referring to it. */
  @Column('boolean')
  active!: boolean;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column('jsonb')
  questions!: ReportQuestion[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
