import { NearbyStationView, StationView } from '@waystation/http-api';
import { NearbyStation } from './station-finder.service';
import { Station } from './station.entity';

export function toStationView(station: Station): StationView {
  return {
    id: station.id,
    name: station.name,
    district: station.district,
    address: station.address,
    location: { lat: station.lat, lng: station.lng },
    amenities: station.amenities,
    openingHours: station.openingHours,
    status: station.status,
    capacity: station.capacity,
    // A station just registered was never read back: nobody is checked in at it yet.
    occupancy: station.occupancy ?? 0,
    freeSeats: station.capacity === null ? null : Math.max(0, station.capacity - (station.occupancy ?? 0)),
    createdAt: station.createdAt.toISOString(),
    communityCode: station.communityCode,
    districtCode: station.districtCode,
  };
}

export function toNearbyStationView({ station, distanceMeters }: NearbyStation): NearbyStationView {
  return { ...toStationView(station), distanceMeters };
}
