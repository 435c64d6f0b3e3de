import { AreaBoundary, AreaCode, AreaLevel } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An area of the city map as stations last announced it (`area.upserted`): reports' own projection. */
@Entity({ name: 'report_areas' })
export class CityArea {
  @PrimaryColumn('text')
  code!: AreaCode;

  @Column('text')
  level!: AreaLevel;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: AreaCode | null;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column('jsonb')
  boundary!: AreaBoundary;

  /** When stations upserted this version: an event older than the stored one changes nothing. */
  @Column({ name: 'upserted_at', type: 'timestamptz' })
  upsertedAt!: Date;
}
