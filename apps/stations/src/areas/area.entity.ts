import { AreaBoundary, AreaCode, AreaLevel } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'areas' })
export class Area {
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

  @Column({ name: 'min_lng', type: 'double precision' })
  minLng!: number;

  @Column({ name: 'min_lat', type: 'double precision' })
  minLat!: number;

  @Column({ name: 'max_lng', type: 'double precision' })
  maxLng!: number;

  @Column({ name: 'max_lat', type: 'double precision' })
  maxLat!: number;

  @Column('boolean')
  demo!: boolean;

  /** A digest of everything imported, so re-importing an unchanged area writes and announces nothing. */
  @Column('text')
  fingerprint!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
