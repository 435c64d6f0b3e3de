import { Module } from '@nestjs/common';
import { PointsFiguresController } from './points-figures.controller';
import { PointsFigures } from './points-figures.service';
import { LeaderboardsController } from './leaderboards.controller';
import { Leaderboards } from './leaderboards.service';
import { StationCommunitiesHandler } from './station-communities.handler';

/** What the ledger says about people and places: monthly leaderboards, and the community figures. */
@Module({
  controllers: [LeaderboardsController, PointsFiguresController, StationCommunitiesHandler],
  providers: [Leaderboards, PointsFigures],
})
export class StandingsModule {}
