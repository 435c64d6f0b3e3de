/**
 * Splits items, in order, into consecutive chunks of at most `maxBytes` by `sizeOf` and at most `maxCount`
 * items. An item larger than `maxBytes` gets a chunk of its own: whether it can go is for the broker to say.
 */
export function byteBoundedChunks<T>(items: readonly T[], sizeOf: (item: T) => number, maxBytes: number, maxCount = Infinity): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (currentBytes + size > maxBytes || current.length >= maxCount)) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
