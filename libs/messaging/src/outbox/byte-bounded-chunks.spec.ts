import { byteBoundedChunks } from './byte-bounded-chunks';

describe(byteBoundedChunks.name, () => {
  const size = (item: number) => item;

  it('keeps every chunk within the byte limit, in order', () => {
    expect(byteBoundedChunks([4, 3, 2, 5, 1, 1], size, 7)).toEqual([
      [4, 3],
      [2, 5],
      [1, 1],
    ]);
  });

  it('gives an item over the limit a chunk of its own', () => {
    expect(byteBoundedChunks([1, 10, 1], size, 5)).toEqual([[1], [10], [1]]);
  });

  it('bounds the count of a chunk too', () => {
    expect(byteBoundedChunks([1, 1, 1, 1, 1], size, 100, 2)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('makes no chunk of nothing', () => {
    expect(byteBoundedChunks([], size, 5)).toEqual([]);
  });
});
