import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { databaseUrl } from './infra-state';

/** Reads a service's database directly, for assertions no API exposes (how many postings, outbox rows). */
export async function queryDatabase<T>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A counter from an app's Prometheus /metrics, summed over the series matching the labels. */
export async function readCounter(appUrl: string, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${appUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** A fresh, empty database on the run's PostgreSQL, so a spec never sees another spec's rows. */
export async function createScratchDatabase(purpose: string): Promise<string> {
  const name = `${purpose}_${uuidv7().replaceAll('-', '')}`;
  await queryDatabase('postgres', `CREATE DATABASE ${name}`);
  return name;
}
