import { Amenity, AreaCode, HostOrganisation, OpeningHours, StationServiceCode, StationStatus } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';
import { openCheckInsOf } from '../check-ins/open-check-ins.sql';

@Entity({ name: 'stations' })
export class Station {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn!: string | null;

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

  @Column({ name: 'host_organisation', type: 'text', nullable: true })
  hostOrganisation!: HostOrganisation | null;

  /** E.164. */
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  /** Seats; null where the station has not said. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'text', array: true })
  photos!: string[];

  @Column({ type: 'text', array: true })
  amenities!: Amenity[];

  @Column({ type: 'text', array: true })
  services!: StationServiceCode[];

  /** Null while not known (a planned station). */
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  openingHours!: OpeningHours | null;

  /**
   * What the nearby search filters opening hours on, derived from `openingHours` on every write
   * (`StationHoursIndex`): the regular week's minutes since Monday 00:00, and around exception days the instants
   * they govern and those open within. Never read back.
   */
  @Column({ name: 'week_open_minutes', type: 'int4multirange', select: false })
  weekOpenMinutes?: string;

  @Column({ name: 'exception_windows', type: 'tstzmultirange', select: false })
  exceptionWindows?: string;

  @Column({ name: 'exception_open', type: 'tstzmultirange', select: false })
  exceptionOpen?: string;

  @Column('text')
  status!: StationStatus;

  /** Null when its location lies in no community of the map. */
  @Column({ name: 'community_code', type: 'text', nullable: true })
  communityCode!: AreaCode | null;

  /** Workers checked in right now, counted when the station is read. */
  @VirtualColumn({ query: openCheckInsOf, type: 'integer', transformer: { from: Number, to: (value: unknown) => value } })
  occupancy?: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null for stations registered before it was recorded. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  /** Null until the profile is first edited. */
  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

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
