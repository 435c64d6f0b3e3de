import { Amenity, AreaCode, StationStatus } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';
import { openCheckInsOf } from '../check-ins/open-check-ins.sql';

@Entity({ name: 'stations' })
export class Station {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  district!: string;

  /** Null until the city map assigns one (or the registration names it). */
  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode!: string | null;

  @Column('text')
  address!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  @Column({ type: 'text', array: true })
  amenities!: Amenity[];

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours!: string | null;

  @Column('text')
  status!: StationStatus;

  /** Null when its location lies in no community of the map. */
  @Column({ name: 'community_code', type: 'text', nullable: true })
  communityCode!: AreaCode | null;

  /** Seats; null where the station has not said. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  /** Workers checked in right now, counted when the station is read. */
  @VirtualColumn({ query: openCheckInsOf, type: 'integer', transformer: { from: Number, to: (value: unknown) => value } })
  occupancy?: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null for stations registered before it was recorded. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  /** The registering request's Idempotency-Key and a digest of it: a retry returns this station. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;

  /** The city's own key of an imported station, and a digest of the row it was imported from. */
  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'import_fingerprint', type: 'text', nullable: true })
  importFingerprint!: string | null;
}
