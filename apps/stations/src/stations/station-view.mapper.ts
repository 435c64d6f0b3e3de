import { NearbyStationView, StationServiceTypeView, StationView } from '@waystation/http-api';
import { StationServiceType } from '../service-types/station-service-type.entity';
import { NearbyStation } from './station-finder.service';
import { profileOf } from './station-profile';
import { Station } from './station.entity';

export function toStationView(station: Station): StationView {
  const profile = profileOf(station);
  return {
    id: station.id,
    ...profile,
    names: { 'zh-CN': profile.names['zh-CN'], en: profile.names.en ?? null },
    district: station.district,
    status: station.status,
    // A station just registered was never read back: nobody is checked in at it yet.
    occupancy: station.occupancy ?? 0,
    freeSeats: station.capacity === null ? null : Math.max(0, station.capacity - (station.occupancy ?? 0)),
    createdAt: station.createdAt.toISOString(),
    updatedAt: station.updatedAt?.toISOString() ?? null,
    communityCode: station.communityCode,
    districtCode: station.districtCode,
  };
}

export function toNearbyStationView({ station, distanceMeters, openingState }: NearbyStation): NearbyStationView {
  return {
    ...toStationView(station),
    distanceMeters,
    openNow: openingState.open,
    openUntil: openingState.open ? (openingState.until?.toISOString() ?? null) : null,
    opensAt: openingState.open ? null : (openingState.opensAt?.toISOString() ?? null),
  };
}

export function toStationServiceTypeView(serviceType: StationServiceType): StationServiceTypeView {
  return { code: serviceType.code, names: { 'zh-CN': serviceType.nameZh, en: serviceType.nameEn }, builtIn: serviceType.builtIn };
}
