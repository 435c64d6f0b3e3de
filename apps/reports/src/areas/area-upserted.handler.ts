import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { areaUpsertedV1, AreaUpsertedV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { CityMapProjection } from './city-map-projection.service';

@Controller()
export class AreaUpsertedHandler {
  constructor(private readonly projection: CityMapProjection) {}

  @BatchEventPattern(areaUpsertedV1.type)
  handle(@Payload() events: AreaUpsertedV1[]): Promise<void> {
    return this.projection.apply(events);
  }
}
