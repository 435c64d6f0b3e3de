import { databaseConnectionOptions, loadConfig, postgresDataSourceOptions } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { pointsConfigSchema } from './config/points.config';
import { balanceDiscrepancies } from './ledger/balance-discrepancies';

/**
 * `npm run points:check`: recomputes every account's balance from the postings and compares it with the cached
 * one. Prints each discrepancy and exits 1 when there is any, so it can gate a deployment or an audit.
 */
async function main(): Promise<void> {
  const config = loadConfig(pointsConfigSchema);
  const options = postgresDataSourceOptions({ ...databaseConnectionOptions(config.POINTS_DATABASE_URL, config), migrations: [] });
  const dataSource = await new DataSource(options).initialize();
  try {
    const discrepancies = await balanceDiscrepancies(dataSource.manager);
    for (const { accountId, kind, ownerId, cached, derived } of discrepancies) {
      console.error(`account ${accountId} (${kind}${ownerId ? ` of ${ownerId}` : ''}): cached ${cached ?? 'none'}, postings ${derived}`);
    }
    const [{ accounts }] = await dataSource.query<{ accounts: string }[]>(`SELECT count(*) AS accounts FROM ledger_accounts`);
    console.log(`${accounts} accounts checked, ${discrepancies.length} discrepancies`);
    process.exitCode = discrepancies.length === 0 ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

void main();
