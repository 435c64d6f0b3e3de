import { DEMO_STAFF, DEMO_WORKER } from '@waystation/seed';

/** A URL the banner prints, with the headers its line tells the reader to send. */
export interface BannerUrl {
  url: string;
  headers?: Record<string, string>;
}

export interface StartBanner {
  text: string;
  /** Every URL in `text`, so a test can check that each one answers. */
  urls: BannerUrl[];
}

export interface StartBannerOptions {
  gatewayUrl: string;
  managementUrl: string;
  logDir: string;
  /** Where the development SMS provider writes the one-time codes it "sends". */
  smsOutbox: string;
}

const identity = (actor: { id: string; role: string }) => ({ 'x-dev-user-id': actor.id, 'x-dev-user-role': actor.role });

function curl({ url, headers = {} }: BannerUrl): string {
  return ['curl', ...Object.entries(headers).map(([name, value]) => `-H '${name}: ${value}'`), `'${url}'`].join(' ');
}

/** What `npm start` prints once everything is up: where things are, and a few requests to try. */
export function startBanner({ gatewayUrl, managementUrl, logDir, smsOutbox }: StartBannerOptions): StartBanner {
  const at = {
    api: { url: `${gatewayUrl}/api/v1` },
    docs: { url: `${gatewayUrl}/docs` },
    openApi: { url: `${gatewayUrl}/docs/json` },
    health: { url: `${gatewayUrl}/health/ready` },
    healthDetails: { url: `${managementUrl}/health/ready` },
    metrics: { url: `${managementUrl}/metrics` },
  };
  const tries: BannerUrl[] = [
    { url: `${gatewayUrl}/api/v1/stations/nearby?lat=30.375&lng=114.322&radius=10000` },
    { url: `${gatewayUrl}/api/v1/me/points`, headers: identity(DEMO_WORKER) },
    { url: `${gatewayUrl}/api/v1/reports?status=submitted`, headers: identity(DEMO_STAFF) },
  ];
  const text = `
  Waystation is running.
    Gateway API   ${at.api.url}   (an index of the API)
    API docs      ${at.docs.url}   (OpenAPI JSON: ${at.openApi.url})
    Health        ${at.health.url}   (details: ${at.healthDetails.url})
    Metrics       ${at.metrics.url}   (the gateway's management port, not published)
    App logs      ${logDir}
    SMS codes     ${smsOutbox}   (the development SMS provider: one JSON line {phone, code, sentAt} per code, also in the gateway's log)
    Watch events  npm run kafka:tail -- reports.events

  Try it (development identity headers):
${tries.map((request) => `    ${curl(request)}`).join('\n')}

  Press Ctrl-C to stop.`;
  return { text, urls: [...Object.values(at), ...tries] };
}
