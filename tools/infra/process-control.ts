import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether `pid` is a live process whose command line contains every one of `commandLineParts`. Checking the
 * command line, not just the pid, keeps a stale pidfile (after a reboot) from naming an unrelated process.
 * An exited child not yet reaped (a zombie) has an empty command line, so it counts as gone. Linux only.
 */
export async function isProcessRunning(pid: number, commandLineParts: string[]): Promise<boolean> {
  let commandLine: string;
  try {
    commandLine = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return false;
  }
  return commandLine.length > 0 && commandLineParts.every((part) => commandLine.includes(part));
}

/** Sends SIGTERM, waits up to `graceMs` for the process to exit, then SIGKILLs it. */
export async function terminateProcess(pid: number, commandLineParts: string[], graceMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, commandLineParts, graceMs)) {
    return;
  }
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, commandLineParts, 5_000))) {
    throw new Error(`Process ${pid} is still running after SIGKILL`);
  }
}

async function waitForExit(pid: number, commandLineParts: string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await isProcessRunning(pid, commandLineParts)) {
    if (Date.now() >= deadline) {
      return false;
    }
    await sleep(100);
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    // ESRCH: it exited on its own in the meantime, which is what we want.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}
