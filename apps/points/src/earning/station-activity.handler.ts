import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { stationCheckedInV1, stationSessionAttendedV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { actionsOfStationEvent, StationEarningEvent } from './earning-actions';
import { Crediting } from './crediting.service';

/** Points for using the stations: a check-in (the first of a worker's day, by its rule's cap) and attending a session. */
@Controller()
export class StationActivityHandler {
  constructor(private readonly crediting: Crediting) {}

  @BatchEventPattern([stationCheckedInV1.type, stationSessionAttendedV1.type])
  handle(@Payload() events: StationEarningEvent[]): Promise<void> {
    return this.crediting.apply(events, actionsOfStationEvent);
  }
}
