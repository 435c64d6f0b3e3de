import { DEMO_AREAS } from '@waystation/seed';
import { gatewayAs } from './gateway-client';
import { queryDatabase } from './probes';
import { signInAdmin } from './staff-sign-in';
import { waitFor } from './wait-for';

const DEMO_COMMUNITIES = DEMO_AREAS.features.filter((feature) => feature.properties.level === 'community').map((f) => f.properties.code);

/**
 * Imports the Jiangxia demo map through the gateway (as `npm start`'s seed does; a second import changes nothing)
 * and waits until the reports service's projection holds every community of it: reports are taken only inside
 * the map, so a test may submit one as soon as this resolves.
 */
export async function importDemoMap(gatewayUrl: string): Promise<void> {
  const admin = await signInAdmin(gatewayUrl);
  await gatewayAs(gatewayUrl, admin).post('/api/v1/areas/import').send(DEMO_AREAS).expect(200);
  await waitFor(
    async () => {
      const rows = await queryDatabase<{ count: number }>(
        'reports',
        'SELECT count(*)::int AS count FROM report_areas WHERE code = ANY($1)',
        [DEMO_COMMUNITIES],
      );
      return rows[0].count === DEMO_COMMUNITIES.length;
    },
    { description: 'the reports service to have the Jiangxia map', timeoutMs: 30_000 },
  );
}
