import { nudge, NUDGE_METERS } from './pin-nudge';

const WUHAN = { lat: 30.5928, lng: 114.3055 };
const metersBetween = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const x = toRadians(b.lng - a.lng) * Math.cos(toRadians((a.lat + b.lat) / 2));
  const y = toRadians(b.lat - a.lat);
  return Math.hypot(x, y) * 6_371_000;
};

describe('nudging the pin with the keyboard', () => {
  it.each(['north', 'south', 'east', 'west'] as const)('moves it about the nudge distance %s', (direction) => {
    const moved = nudge(WUHAN, direction);
    expect(metersBetween(WUHAN, moved)).toBeCloseTo(NUDGE_METERS, 0);
  });

  it('moves north by latitude only, and east by longitude only', () => {
    expect(nudge(WUHAN, 'north').lat).toBeGreaterThan(WUHAN.lat);
    expect(nudge(WUHAN, 'north').lng).toBe(WUHAN.lng);
    expect(nudge(WUHAN, 'east').lng).toBeGreaterThan(WUHAN.lng);
    expect(nudge(WUHAN, 'east').lat).toBe(WUHAN.lat);
  });

  it('stays on the globe at its edges', () => {
    expect(nudge({ lat: 90, lng: 0 }, 'north').lat).toBe(90);
    expect(nudge({ lat: 0, lng: 179.99999 }, 'east', 100).lng).toBeLessThan(-179.99);
  });
});
