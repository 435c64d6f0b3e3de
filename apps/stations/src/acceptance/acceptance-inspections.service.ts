import { Injectable } from '@nestjs/common';
import { Actor, managesStation, mapPage, Page, PageRequest, stationAcceptedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { findPageById } from '@waystation/platform';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { StationLifecycle } from '../lifecycle/station-lifecycle.service';
import { assertTransition } from '../lifecycle/station-transitions';
import { SERVICE_NAME } from '../service-name';
import { StationNotFoundError } from '../stations/station-errors';
import { Station } from '../stations/station.entity';
import { AcceptanceChecklists } from './acceptance-checklists.service';
import { InspectionDoesNotMatchChecklistError, InspectionsNotVisibleError } from './acceptance-errors';
import { AcceptanceInspection } from './acceptance-inspection.entity';
import { judgeInspection, ObservedItem } from './inspection-verdict';
import { RectificationItem } from './rectification-item.entity';

export interface InspectionCommand {
  templateId?: string;
  results: (ObservedItem & { rectification?: { action: string; deadline: string } })[];
  notes?: string;
}

/** An inspection with the rectifications it asked for. */
export interface InspectionRecord {
  inspection: AcceptanceInspection;
  rectifications: RectificationItem[];
}

/**
 * Acceptance inspections (验收) of built stations. A pass moves the station to accepted and announces
 * `station.accepted`, resolving what earlier inspections asked to fix; a fail records what to fix by when and
 * leaves the station built for a re-inspection. Each inspection is one transaction on the locked station.
 */
@Injectable()
export class AcceptanceInspections {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly lifecycle: StationLifecycle,
    private readonly checklists: AcceptanceChecklists,
  ) {}

  async record(actor: Actor, stationId: string, command: InspectionCommand, correlationId: string): Promise<InspectionRecord> {
    return this.dataSource.transaction(async (manager) => {
      const station = await this.lifecycle.lockStation(manager, stationId);
      // The inspection is the only way to accepted: the same table decides who may hold one, and on what.
      assertTransition(actor, stationId, station.status, 'accepted', 'acceptance-inspection');
      const template = await this.checklists.resolve(manager, command.templateId);
      const verdict = judgeInspection(template.items, command.results);
      if (verdict.kind === 'mismatch') throw new InspectionDoesNotMatchChecklistError(template.id, verdict.mismatch);
      const inspectedAt = new Date();
      const inspection = manager.create(AcceptanceInspection, {
        id: uuidv7({ msecs: inspectedAt.getTime() }),
        stationId,
        templateId: template.id,
        inspectorId: actor.id,
        inspectedAt,
        passed: verdict.passed,
        notes: command.notes ?? null,
        results: verdict.results,
      });
      await manager.insert(AcceptanceInspection, inspection);
      const rectifications = command.results.flatMap((entry) =>
        entry.rectification
          ? [
              manager.create(RectificationItem, {
                id: uuidv7(),
                inspectionId: inspection.id,
                stationId,
                itemCode: entry.itemCode,
                action: entry.rectification.action,
                deadline: entry.rectification.deadline,
                resolvedByInspectionId: null,
              }),
            ]
          : [],
      );
      if (rectifications.length) await manager.insert(RectificationItem, rectifications);
      if (verdict.passed) await this.accept(manager, station, inspection, correlationId);
      return { inspection, rectifications };
    });
  }

  async list(actor: Actor, stationId: string, page: PageRequest): Promise<Page<InspectionRecord>> {
    if (!(await this.dataSource.getRepository(Station).existsBy({ id: stationId }))) throw new StationNotFoundError(stationId);
    if (!managesStation(actor, stationId)) throw new InspectionsNotVisibleError(stationId);
    const inspections = await findPageById(this.dataSource.getRepository(AcceptanceInspection), { stationId }, page);
    const rectifications = await this.dataSource.getRepository(RectificationItem).find({
      where: { inspectionId: In(inspections.items.map((inspection) => inspection.id)) },
      order: { id: 'ASC' },
    });
    return mapPage(inspections, (inspection) => ({
      inspection,
      rectifications: rectifications.filter((item) => item.inspectionId === inspection.id),
    }));
  }

  private async accept(manager: EntityManager, station: Station, inspection: AcceptanceInspection, correlationId: string): Promise<void> {
    await this.lifecycle.move(manager, station, {
      to: 'accepted',
      reason: `passed acceptance inspection ${inspection.id}`,
      changedBy: inspection.inspectorId,
      changedAt: inspection.inspectedAt,
      correlationId,
      inspectionId: inspection.id,
    });
    await manager.update(
      RectificationItem,
      // What earlier inspections asked for; an optional item this one failed stays open.
      { stationId: station.id, inspectionId: Not(inspection.id), resolvedByInspectionId: IsNull() },
      { resolvedByInspectionId: inspection.id },
    );
    await this.outbox.add(
      manager,
      stationAcceptedV1.create({
        aggregateId: station.id,
        correlationId,
        producer: SERVICE_NAME,
        occurredAt: inspection.inspectedAt,
        payload: {
          stationId: station.id,
          inspectionId: inspection.id,
          inspectorId: inspection.inspectorId,
          acceptedAt: inspection.inspectedAt.toISOString(),
        },
      }),
    );
  }
}
