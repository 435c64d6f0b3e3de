import { gatewayAs } from './gateway-client';

type GatewayAgent = ReturnType<typeof gatewayAs>;

/**
 * Every item of a paged list, read page by page to its end: the specs of a run share their databases, so a list a
 * spec looks in may hold many more items than one page, its own among the last (the queues are oldest first).
 */
export async function everyItemOf<TItem>(agent: GatewayAgent, path: string): Promise<TItem[]> {
  const items: TItem[] = [];
  const separator = path.includes('?') ? '&' : '?';
  let cursor: string | null = null;
  do {
    const page: { body: { items: TItem[]; nextCursor: string | null } } = await agent
      .get(`${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      .expect(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}
