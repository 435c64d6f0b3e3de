import { GeoPoint, StationStatus } from '@waystation/contracts';

export interface StationView {
  id: string;
  name: string;
  district: string;
  address: string;
  location: GeoPoint;
  amenities: string[];
  openingHours: string | null;
  status: StationStatus;
  createdAt: string;
}

export interface NearbyStationView extends StationView {
  distanceMeters: number;
}
