import { StationProfile, toE164 } from '@waystation/contracts';
import { OpeningHoursCalendar } from '../opening-hours/opening-hours-calendar';
import { searchableHours } from '../opening-hours/searchable-hours';
import { Station } from './station.entity';

/** A station's profile as the domain and its events speak of it. */
export function profileOf(station: Station): StationProfile {
  return {
    names: { 'zh-CN': station.nameZh, ...(station.nameEn === null ? {} : { en: station.nameEn }) },
    address: station.address,
    location: { lat: station.lat, lng: station.lng },
    hostOrganisation: station.hostOrganisation,
    contactPhone: station.contactPhone,
    capacity: station.capacity,
    photos: station.photos,
    openingHours: station.openingHours,
    amenities: station.amenities,
    services: station.services,
  };
}

/** The columns that hold the given profile fields, with phones in E.164 and the hours' search columns derived. */
export function profileColumns(calendar: OpeningHoursCalendar, profile: Partial<StationProfile>): Partial<Station> {
  const { names, location, contactPhone, openingHours, ...plain } = profile;
  return {
    ...plain,
    ...(names && { nameZh: names['zh-CN'], nameEn: names.en ?? null }),
    ...(location && { lat: location.lat, lng: location.lng }),
    ...(contactPhone !== undefined && { contactPhone: contactPhone === null ? null : toE164(contactPhone) }),
    ...(openingHours !== undefined && { openingHours, ...searchableHours(calendar, openingHours) }),
  };
}
