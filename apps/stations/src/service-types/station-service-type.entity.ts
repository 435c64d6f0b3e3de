import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A service stations can offer: the built-in ones, and those the city office adds. */
@Entity({ name: 'station_service_types' })
export class StationServiceType {
  @PrimaryColumn('text')
  code!: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'built_in', type: 'boolean' })
  builtIn!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null for the built-in ones. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;
}
