import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { stationCreatedV1, StationCreatedV1 } from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';

/** Keeps which community each station stands in, so the figures can count a community's redemptions. */
@Controller()
export class StationCommunitiesHandler {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(stationCreatedV1.type)
  async created(@Payload() event: StationCreatedV1): Promise<void> {
    const { stationId, communityCode } = event.payload;
    if (!communityCode) return;
    await this.inbox.processOnce(event, async (manager) => {
      await manager.query(
        `INSERT INTO station_communities (station_id, community_code) VALUES ($1, $2)
         ON CONFLICT (station_id) DO UPDATE SET community_code = EXCLUDED.community_code`,
        [stationId, communityCode],
      );
    });
  }
}
