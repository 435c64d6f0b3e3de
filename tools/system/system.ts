import { loadSystemConfig } from './system.config';
import { AppProcess } from './app-process';
import { appKafkaPrincipal, APPS, AppName, appUrl, managementUrl, SystemLayout, systemEnvironment } from './apps';
import { waitUntilReady } from './wait-until-ready';

export interface SystemOptions {
  layout: SystemLayout;
  logDir: string;
  logLevel?: string;
  echo?: boolean;
  /** Settings for every app over the system's own wiring. */
  env?: Record<string, string>;
}

/** All five apps as separate processes on one infrastructure: what `npm start` runs and end-to-end tests drive. */
export class WaystationSystem {
  private readonly processes: Map<AppName, AppProcess>;

  constructor(private readonly options: SystemOptions) {
    const env = { ...systemEnvironment(options.layout), LOG_LEVEL: options.logLevel ?? 'info', ...options.env };
    this.processes = new Map(
      APPS.map(({ name }) => [
        name,
        new AppProcess({ name, env: { ...env, ...appKafkaPrincipal(name) }, logDir: options.logDir, echo: options.echo }),
      ]),
    );
  }

  url(name: AppName): string {
    return appUrl(this.options.layout, name);
  }

  /** Where the app serves `/metrics` and health with details (for the gateway, not its public port). */
  managementUrl(name: AppName): string {
    return managementUrl(this.options.layout, name);
  }

  async start(): Promise<void> {
    for (const process of this.processes.values()) process.start();
    await Promise.all(APPS.map(({ name }) => waitUntilReady(name, this.url(name), loadSystemConfig().WAYSTATION_READY_TIMEOUT_MS)));
  }

  /** Restarts one app, optionally with different settings, and waits until it is ready again. */
  async restart(name: AppName, how: 'stop' | 'kill', envOverrides: Record<string, string> = {}): Promise<void> {
    const process = this.app(name);
    await (how === 'kill' ? process.kill() : process.stop());
    process.start(envOverrides);
    await waitUntilReady(name, this.url(name), loadSystemConfig().WAYSTATION_READY_TIMEOUT_MS);
  }

  app(name: AppName): AppProcess {
    const process = this.processes.get(name);
    if (!process) throw new Error(`No app called ${name}`);
    return process;
  }

  async stop(): Promise<void> {
    // The gateway first, so no new requests arrive while the services drain.
    await this.app('gateway').stop();
    await Promise.all([...this.processes.values()].map((process) => process.stop()));
  }
}
