import { ProvisionedDepartmentCodes } from '@waystation/contracts';
import { QueryRunner } from 'typeorm';
import { CreateDepartments1764500005000 } from '../migrations/1764500005000-create-departments';

/** The department codes the migration seeds, read from the SQL it runs. */
async function seededDepartmentCodes(): Promise<string[]> {
  const statements: string[] = [];
  const recorder = { query: async (sql: string) => void statements.push(sql) } as unknown as QueryRunner;
  await new CreateDepartments1764500005000().up(recorder);
  const seed = statements.find((sql) => /INSERT INTO departments /.test(sql)) ?? '';
  return [...seed.matchAll(/^\s*\('([a-z0-9-]+)',/gm)].map(([, code]) => code);
}

describe('provisioned departments', () => {
  it('are exactly the departments the reports service seeds, so each seeded one has a Kafka topic and principal', async () => {
    expect(await seededDepartmentCodes()).toEqual([...ProvisionedDepartmentCodes]);
  });
});
