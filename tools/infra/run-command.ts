import { spawn } from 'node:child_process';

export interface RunCommandOptions {
  cwd?: string;
  /** Run as this OS user (only root may); PostgreSQL refuses to run as root. */
  uid?: number;
  gid?: number;
}

export interface CommandResult {
  /** null when the command was killed by a signal. */
  exitCode: number | null;
  /** stdout and stderr interleaved, as they would have appeared in a terminal. */
  output: string;
}

export class CommandFailedError extends Error {
  constructor(
    readonly commandLine: string,
    readonly result: CommandResult,
  ) {
    super(`\`${commandLine}\` failed (exit code ${result.exitCode ?? 'none, killed'}):\n${result.output.trim()}`);
    this.name = CommandFailedError.name;
  }
}

/** Runs a command to completion and resolves with its exit code and output, whatever the exit code. */
export function runCommand(command: string, args: string[], options: RunCommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => reject(new Error(`Could not run \`${command}\`: ${error.message}`, { cause: error })));
    child.on('close', (exitCode) => resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Like runCommand, but anything other than exit code 0 is a CommandFailedError carrying the output. */
export async function runCommandOrThrow(command: string, args: string[], options: RunCommandOptions = {}): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) {
    throw new CommandFailedError([command, ...args].join(' '), result);
  }
  return result.output;
}
