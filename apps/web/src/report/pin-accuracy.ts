import type { DevicePosition } from '../home/use-device-position';

/** A pin the worker placed on the map by hand: about as sure as a finger on a street-level map. */
export const HAND_PLACED_ACCURACY_METERS = 10;
/** A pin left at the city centre because the device would not say where it is: the report says it is not sure. */
export const UNKNOWN_ACCURACY_METERS = 10_000;

/** The radius the report's location is sent with (the gateway's `accuracyMeters`). */
export function pinAccuracyMeters(device: DevicePosition, movedByHand: boolean): number {
  if (movedByHand) return HAND_PLACED_ACCURACY_METERS;
  return device.status === 'located' ? Math.min(device.accuracyMeters, UNKNOWN_ACCURACY_METERS) : UNKNOWN_ACCURACY_METERS;
}
