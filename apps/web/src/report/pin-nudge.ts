import type { Position } from '../home/station-filters';

export type Direction = 'north' | 'south' | 'east' | 'west';

/** How far one press of a nudge button moves the pin: about the width of a pavement. */
export const NUDGE_METERS = 5;

const METERS_PER_DEGREE_OF_LATITUDE = 111_320;

/** The pin moved `meters` towards `direction`, for a worker who places it with the keyboard instead of dragging it. */
export function nudge(position: Position, direction: Direction, meters = NUDGE_METERS): Position {
  const degreesNorth = meters / METERS_PER_DEGREE_OF_LATITUDE;
  const degreesEast = meters / (METERS_PER_DEGREE_OF_LATITUDE * Math.cos((position.lat * Math.PI) / 180));
  switch (direction) {
    case 'north':
      return { lat: Math.min(90, position.lat + degreesNorth), lng: position.lng };
    case 'south':
      return { lat: Math.max(-90, position.lat - degreesNorth), lng: position.lng };
    case 'east':
      return { lat: position.lat, lng: wrapLongitude(position.lng + degreesEast) };
    case 'west':
      return { lat: position.lat, lng: wrapLongitude(position.lng - degreesEast) };
  }
}

const wrapLongitude = (lng: number): number => ((((lng + 180) % 360) + 360) % 360) - 180;
