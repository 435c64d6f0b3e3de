import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { DEMO_COMMUNITY_STAFF, DEMO_STAFF_ACCOUNTS, DEMO_WORKER } from '@waystation/seed';

/** The shell variable a sign-in line stores its access token in, and later lines send. */
export type TokenVariable = 'STAFF_TOKEN' | 'WORKER_TOKEN';

/** What the reader types in place of the code they read in the SMS outbox file. */
export const SMS_CODE_PLACEHOLDER = '<code from the SMS codes file>';

/** A request the banner prints as a curl line (or a bare URL), so a test can make it too. */
export interface BannerUrl {
  url: string;
  method?: 'GET' | 'POST';
  body?: Record<string, string>;
  /** Sends `Authorization: Bearer $<variable>`, set by an earlier line. */
  bearer?: TokenVariable;
  /** The line stores the answer's access token in this variable. */
  storesToken?: TokenVariable;
}

export interface StartBanner {
  text: string;
  /** Every URL in `text`, in the order printed, so a test can check that each one answers. */
  urls: BannerUrl[];
}

export interface StartBannerOptions {
  gatewayUrl: string;
  managementUrl: string;
  logDir: string;
  /** Where the development SMS provider writes the one-time codes it "sends". */
  smsOutbox: string;
}

const READ_ACCESS_TOKEN = `node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken'`;

function curl({ url, method, body, bearer, storesToken }: BannerUrl): string {
  const parts = [
    'curl -sS',
    ...(method === 'POST' ? ['-X POST'] : []),
    ...(bearer ? [`-H "Authorization: Bearer $${bearer}"`] : []),
    ...(body ? [`-H 'content-type: application/json' -d '${JSON.stringify(body)}'`] : []),
    `'${url}'`,
  ].join(' ');
  return storesToken ? `${storesToken}=$(${parts} | ${READ_ACCESS_TOKEN})` : parts;
}

/** What `npm start` prints once everything is up: where things are, the demo accounts, and requests to try. */
export function startBanner({ gatewayUrl, managementUrl, logDir, smsOutbox }: StartBannerOptions): StartBanner {
  const at = {
    app: { url: `${gatewayUrl}/` },
    consoles: { url: `${gatewayUrl}/console` },
    api: { url: `${gatewayUrl}/api/v1` },
    docs: { url: `${gatewayUrl}/docs` },
    openApi: { url: `${gatewayUrl}/docs/json` },
    open311: { url: `${gatewayUrl}/open311/discovery.json` },
    health: { url: `${gatewayUrl}/health/ready` },
    healthDetails: { url: `${managementUrl}/health/ready` },
    metrics: { url: `${managementUrl}/metrics` },
  };
  const staff = DEMO_COMMUNITY_STAFF;
  const tries: BannerUrl[] = [
    { url: `${gatewayUrl}/api/v1/stations/nearby?lat=30.375&lng=114.322&radius=10000` },
    {
      url: `${gatewayUrl}/api/v1/auth/staff/sign-in`,
      method: 'POST',
      body: { username: staff.username, password: staff.password },
      storesToken: 'STAFF_TOKEN',
    },
    { url: `${gatewayUrl}/api/v1/reports?status=submitted`, bearer: 'STAFF_TOKEN' },
    { url: `${gatewayUrl}/api/v1/auth/phone/code`, method: 'POST', body: { phone: DEMO_WORKER.phone } },
    {
      url: `${gatewayUrl}/api/v1/auth/phone/sign-in`,
      method: 'POST',
      body: { phone: DEMO_WORKER.phone, code: SMS_CODE_PLACEHOLDER },
      storesToken: 'WORKER_TOKEN',
    },
    { url: `${gatewayUrl}/api/v1/me`, bearer: 'WORKER_TOKEN' },
    { url: `${gatewayUrl}/api/v1/me/points`, bearer: 'WORKER_TOKEN' },
    { url: `${gatewayUrl}/api/v1/rewards` },
  ];
  const staffLines = DEMO_STAFF_ACCOUNTS.map(({ username, password, role }) => `${username} / ${password} (${role})`);
  const text = `
  Waystation is running.
    Worker app    ${at.app.url}   (phone-sized; sign in as the demo worker below)
    Consoles      ${at.consoles.url}   (the desks of staff, station managers, departments and the city office; sign in as staff or admin below)
    Gateway API   ${at.api.url}   (an index of the API)
    API docs      ${at.docs.url}   (OpenAPI JSON: ${at.openApi.url})
    Open311       ${at.open311.url}   (GeoReport v2 for city systems: docs/open311.md)
    Health        ${at.health.url}   (details: ${at.healthDetails.url})
    Metrics       ${at.metrics.url}   (the gateway's management port, not published)
    App logs      ${logDir}
    SMS codes     ${smsOutbox}   (the development SMS provider: one JSON line {phone, code, sentAt} per code, also in the gateway's log)
    Watch events  npm run kafka:tail -- reports.events

  Demo accounts:
    Worker        ${DEMO_WORKER.phone}   (sign in with a one-time code: ask for one, read it in the SMS codes file; one a minute per number)
    Staff         ${staffLines.join('\n                  ')}
    Admin         ${DEVELOPMENT_ADMIN.username} / ${DEVELOPMENT_ADMIN.password} (the bootstrap city-office admin)

  Try it (staff sign in with a password, then call as them):
${tries
  .slice(0, 3)
  .map((request) => `    ${curl(request)}`)
  .join('\n')}

  Or as the demo worker (ask for a code, put it in the sign-in line):
${tries
  .slice(3)
  .map((request) => `    ${curl(request)}`)
  .join('\n')}

  Press Ctrl-C to stop.`;
  return { text, urls: [...Object.values(at), ...tries] };
}
