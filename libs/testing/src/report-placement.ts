import { queryDatabase } from './probes';

/** The community the e2e staff serve and the tests' reports lie in (Jiangxia; community codes have 12 digits). */
export const E2E_REPORT_COMMUNITY = '420115001001';

/**
 * Places a submitted report in a community directly in the reports database of the system under test, as the
 * city-map projection of intake will once it is merged (issue 11): staff review only their communities' reports.
 */
export async function placeReport(reportId: string, communityCode = E2E_REPORT_COMMUNITY): Promise<void> {
  await queryDatabase('reports', 'UPDATE reports SET community_code = $1, district_code = $2 WHERE id = $3', [
    communityCode,
    communityCode.slice(0, 6),
    reportId,
  ]);
}
