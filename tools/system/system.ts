import { loadSystemConfig } from './system.config';
import { AppProcess } from './app-process';
import { appKafkaPrincipal, APPS, AppName, appUrl, GATEWAY_MANAGEMENT, managementUrl, SystemLayout, systemEnvironment } from './apps';
import { waitUntilReady } from './wait-until-ready';

const GATEWAY_PORT_VARIABLE = 'GATEWAY_HTTP_PORT' satisfies (typeof APPS)[number]['portVariable'];

export interface SystemOptions {
  layout: SystemLayout;
  logDir: string;
  logLevel?: string;
  echo?: boolean;
  /** Settings for every app over the system's own wiring. */
  env?: Record<string, string>;
}

/** Another gateway process beside the system's own: its public origin, and how to stop it. */
export interface GatewayReplica {
  url: string;
  stop(): Promise<void>;
}

/** All five apps as separate processes on one infrastructure: what `npm start` runs and end-to-end tests drive. */
export class WaystationSystem {
  private readonly processes: Map<AppName, AppProcess>;
  private readonly env: Record<string, string>;

  constructor(private readonly options: SystemOptions) {
    this.env = { ...systemEnvironment(options.layout), LOG_LEVEL: options.logLevel ?? 'info', ...options.env };
    this.processes = new Map(APPS.map(({ name }) => [name, this.processOf(name)]));
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

  /**
   * Starts one more gateway replica on the same services, database and Kafka, its public and management ports
   * `portShift` above the first one's. Its tokens name the same issuer (the first one's origin), as replicas
   * behind one public address do, so either replica accepts the other's. Stop it before the system.
   */
  async startGatewayReplica(portShift: number): Promise<GatewayReplica> {
    const port = (variable: string) => String(Number(this.env[variable]) + portShift);
    const replica = this.processOf('gateway', `gateway-${portShift}`, {
      [GATEWAY_PORT_VARIABLE]: port(GATEWAY_PORT_VARIABLE),
      [GATEWAY_MANAGEMENT.portVariable]: port(GATEWAY_MANAGEMENT.portVariable),
    });
    const url = `http://${this.options.layout.host}:${port(GATEWAY_PORT_VARIABLE)}`;
    replica.start();
    try {
      await waitUntilReady(`gateway-${portShift}`, url);
    } catch (error) {
      await replica.stop();
      throw error;
    }
    return { url, stop: () => replica.stop() };
  }

  app(name: AppName): AppProcess {
    const process = this.processes.get(name);
    if (!process) throw new Error(`No app called ${name}`);
    return process;
  }

  private processOf(name: AppName, logName?: string, envOverrides: Record<string, string> = {}): AppProcess {
    const env = { ...this.env, ...appKafkaPrincipal(name), ...envOverrides };
    return new AppProcess({ name, logName, env, logDir: this.options.logDir, echo: this.options.echo });
  }

  async stop(): Promise<void> {
    // The gateway first, so no new requests arrive while the services drain.
    await this.app('gateway').stop();
    await Promise.all([...this.processes.values()].map((process) => process.stop()));
  }
}
