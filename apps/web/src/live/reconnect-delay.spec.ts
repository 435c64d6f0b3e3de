import { reconnectDelay } from './reconnect-delay';

describe(reconnectDelay.name, () => {
  const noSpread = () => 0;

  it("waits the server's retry delay after a stream that ended normally", () => {
    expect(reconnectDelay(0, 3_000, noSpread)).toBe(3_000);
  });

  it('doubles the wait on each failure in a row, never past a minute', () => {
    expect([1, 2, 3, 10].map((failures) => reconnectDelay(failures, 3_000, noSpread))).toEqual([6_000, 12_000, 24_000, 60_000]);
  });

  it('spreads the wait by up to a fifth, only ever shorter', () => {
    expect(reconnectDelay(0, 10_000, () => 0.999)).toBe(8_002);
  });
});
