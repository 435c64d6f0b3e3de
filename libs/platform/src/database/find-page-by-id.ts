import { Page, PageRequest, toPage } from '@waystation/contracts';
import { FindOptionsOrder, FindOptionsWhere, MoreThan, Repository } from 'typeorm';

/** One page of the rows matching `where`, in the order of their UUID v7 ids (so oldest first); the cursor is the last id. */
export async function findPageById<T extends { id: string }>(
  repository: Repository<T>,
  where: FindOptionsWhere<T>,
  { cursor, limit }: PageRequest,
): Promise<Page<T>> {
  const rows = await repository.find({
    where: (cursor ? { ...where, id: MoreThan(cursor) } : where) as FindOptionsWhere<T>,
    order: { id: 'ASC' } as FindOptionsOrder<T>,
    take: limit + 1,
  });
  return toPage(
    rows,
    limit,
    (row) => row,
    (row) => row.id,
  );
}
