import { useEffect, useState } from 'react';
import type { Position } from './station-filters';

/** Where the map starts when the device will not say where it is: the centre of Wuhan. */
export const CITY_CENTRE: Position = { lat: 30.5928, lng: 114.3055 };

export type DevicePosition =
  | { status: 'locating' }
  | { status: 'located'; position: Position; accuracyMeters: number }
  | { status: 'unavailable'; position: Position };

/** The device's position, asked once; the city centre when it is refused or unknown. */
export function useDevicePosition(): DevicePosition {
  const [state, setState] = useState<DevicePosition>(() =>
    'geolocation' in navigator ? { status: 'locating' } : { status: 'unavailable', position: CITY_CENTRE },
  );
  useEffect(() => {
    if (!('geolocation' in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        setState({ status: 'located', position: { lat: coords.latitude, lng: coords.longitude }, accuracyMeters: coords.accuracy }),
      () => setState({ status: 'unavailable', position: CITY_CENTRE }),
      { enableHighAccuracy: false, maximumAge: 60_000, timeout: 10_000 },
    );
  }, []);
  return state;
}
