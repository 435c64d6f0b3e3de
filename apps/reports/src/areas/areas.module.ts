import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaUpsertedHandler } from './area-upserted.handler';
import { CityArea } from './city-area.entity';
import { CityMapProjection } from './city-map-projection.service';
import { CommunityLocator } from './community-locator.service';

@Module({
  imports: [TypeOrmModule.forFeature([CityArea])],
  controllers: [AreaUpsertedHandler],
  providers: [CityMapProjection, CommunityLocator],
  exports: [CommunityLocator],
})
export class AreasModule {}
