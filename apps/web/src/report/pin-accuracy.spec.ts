import { CITY_CENTRE } from '../home/use-device-position';
import { HAND_PLACED_ACCURACY_METERS, pinAccuracyMeters, UNKNOWN_ACCURACY_METERS } from './pin-accuracy';

describe("the accuracy a report's location is sent with", () => {
  const located = { status: 'located' as const, position: CITY_CENTRE, accuracyMeters: 35 };

  it("is the device's own where the pin stayed on its fix", () => {
    expect(pinAccuracyMeters(located, false)).toBe(35);
  });

  it('is that of a hand-placed pin once the worker moved it', () => {
    expect(pinAccuracyMeters(located, true)).toBe(HAND_PLACED_ACCURACY_METERS);
    expect(pinAccuracyMeters({ status: 'unavailable', position: CITY_CENTRE }, true)).toBe(HAND_PLACED_ACCURACY_METERS);
  });

  it('says it is not sure of a pin left where the device could not say', () => {
    expect(pinAccuracyMeters({ status: 'unavailable', position: CITY_CENTRE }, false)).toBe(UNKNOWN_ACCURACY_METERS);
    expect(pinAccuracyMeters({ ...located, accuracyMeters: 50_000 }, false)).toBe(UNKNOWN_ACCURACY_METERS);
  });
});
