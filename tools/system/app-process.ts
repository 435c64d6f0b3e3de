import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppName } from './apps';
import { loadSystemConfig } from './system.config';

const REPO_ROOT = join(__dirname, '..', '..');

export interface AppProcessOptions {
  name: AppName;
  /** The log file's name, when two processes of one app run (gateway replicas); the app's name by default. */
  logName?: string;
  env: Record<string, string>;
  logDir: string;
  /** Also copy the app's output to this process's stdout (npm start). */
  echo?: boolean;
}

/** One app running as its own Node process, as in production: it can be stopped, killed and started again. */
export class AppProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;

  constructor(private readonly options: AppProcessOptions) {}

  get name(): AppName {
    return this.options.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(envOverrides: Record<string, string> = {}): void {
    if (this.child) throw new Error(`${this.name} is already running`);
    mkdirSync(this.options.logDir, { recursive: true });
    const log = createWriteStream(join(this.options.logDir, `${this.options.logName ?? this.name}.log`), { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...loadSystemConfig().WAYSTATION_NODE_ARGS, '-r', '@swc-node/register', `apps/${this.name}/src/main.ts`],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...this.options.env, ...envOverrides },
        // The IPC channel lets the app notice when its supervisor dies and stop instead of lingering.
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    for (const stream of [child.stdout, child.stderr]) {
      stream?.pipe(log, { end: false });
      if (this.options.echo) stream?.pipe(process.stdout, { end: false });
    }
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        log.end();
        this.child = undefined;
        resolve(code);
      }),
    );
  }

  /** Graceful stop: SIGTERM lets the app finish in-flight work, commit offsets and close pools. */
  async stop(timeoutMs = 20_000): Promise<void> {
    await this.signalAndWait('SIGTERM', timeoutMs);
  }

  /** A crash: no shutdown hooks, no offset commit. */
  async kill(): Promise<void> {
    await this.signalAndWait('SIGKILL', 5_000);
  }

  /** Freezes the process (SIGSTOP), as a long pause would: it handles nothing and answers nothing until resume(). */
  suspend(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  private async signalAndWait(signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited.finally(() => clearTimeout(timer));
  }
}
