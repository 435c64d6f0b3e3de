import { fitWithin, MAX_PHOTO_SIDE } from './photo-size';

describe('the size a photo is uploaded at', () => {
  it("brings a camera's landscape photo down to the longest side allowed, keeping its proportions", () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({ width: MAX_PHOTO_SIDE, height: 1200 });
  });

  it('brings a portrait photo down by its height', () => {
    expect(fitWithin({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: MAX_PHOTO_SIDE });
  });

  it('leaves a photo already small enough as it is', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });

  it('keeps a very thin panorama at least a pixel high', () => {
    expect(fitWithin({ width: 20_000, height: 3 })).toEqual({ width: MAX_PHOTO_SIDE, height: 1 });
  });
});
