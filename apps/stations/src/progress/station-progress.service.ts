import { Injectable } from '@nestjs/common';
import { Actor, isStaff, StationStatus } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { Station } from '../stations/station.entity';
import { DistrictTarget } from './district-target.entity';
import { ProgressNotVisibleError, TargetsNotAllowedError } from './progress-errors';
import { StationProgress, tallyProgress } from './progress-tally';

export interface TargetCommand {
  districtCode: string;
  year: number;
  plannedCount: number;
}

/** Yearly targets per district, and how far the stations are along against them. */
@Injectable()
export class StationProgressReport {
  constructor(private readonly dataSource: DataSource) {}

  /** Sets (or replaces) a district's target for a year. */
  async setTarget(actor: Actor, command: TargetCommand): Promise<DistrictTarget> {
    if (actor.role !== 'admin') throw new TargetsNotAllowedError(actor.role);
    const target = this.dataSource.manager.create(DistrictTarget, { ...command, setBy: actor.id, setAt: new Date() });
    await this.dataSource.getRepository(DistrictTarget).upsert(target, ['districtCode', 'year']);
    return target;
  }

  /** Every station in the registry now, by district and stage, against `year`'s targets. */
  async progress(actor: Actor, year: number): Promise<StationProgress> {
    if (!isStaff(actor)) throw new ProgressNotVisibleError(actor.role);
    const counts = await this.dataSource
      .getRepository(Station)
      .createQueryBuilder('station')
      .select('station.district_code', 'districtCode')
      .addSelect('station.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('station.district_code')
      .addGroupBy('station.status')
      .getRawMany<{ districtCode: string | null; status: StationStatus; count: number }>();
    const targets = await this.dataSource.getRepository(DistrictTarget).findBy({ year });
    return tallyProgress(counts, new Map(targets.map((target) => [target.districtCode, target.plannedCount])));
  }
}
