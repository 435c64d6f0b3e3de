import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time in milliseconds used so far by each kind of process on this machine: the apps, PostgreSQL, Kafka, the bench. */
export type CpuSnapshot = Map<string, number>;

export function cpuSnapshot(): CpuSnapshot {
  const kinds = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const kind = /^\d+$/.test(entry) ? processKind(Number(entry)) : undefined;
    if (kind) kinds.set(Number(entry), kind);
  }
  const usage: CpuSnapshot = new Map();
  for (const [pid, kind] of kinds) {
    const times = cpuTimes(pid);
    if (!times) continue;
    // The first process of a kind (PostgreSQL's postmaster) also carries the time of its children that ended,
    // such as backends whose connection closed.
    const ms = kinds.get(times.parentPid) === kind ? times.ownMs : times.ownMs + times.endedChildrenMs;
    usage.set(kind, (usage.get(kind) ?? 0) + ms);
  }
  return usage;
}

/** CPU milliseconds per unit of work for each kind of process between two snapshots, biggest first. */
export function cpuPerUnit(before: CpuSnapshot, after: CpuSnapshot, units: number): [string, number][] {
  return [...after].map(([kind, ms]): [string, number] => [kind, (ms - (before.get(kind) ?? 0)) / units]).sort((a, b) => b[1] - a[1]);
}

/** CPU time in milliseconds used so far by each of these processes (0 for one that is gone). */
export function processCpuMs(pids: Record<string, number | undefined>): Map<string, number> {
  return new Map(Object.entries(pids).map(([name, pid]) => [name, (pid === undefined ? undefined : cpuTimes(pid)?.ownMs) ?? 0]));
}

function processKind(pid: number): string | undefined {
  let commandLine: string;
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined; // the process ended while we looked
  }
  if (pid === process.pid) return 'bench';
  const app = /apps\/([\w-]+)\/src\/main\.ts/.exec(commandLine);
  if (app) return app[1];
  if (commandLine.includes('kafka.Kafka')) return 'kafka';
  if (/^postgres[: ]|\/postgres /.test(commandLine)) return 'postgres';
  return undefined;
}

function cpuTimes(pid: number): { parentPid: number; ownMs: number; endedChildrenMs: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The fields after the parenthesised command name, from the state on: ppid is the 2nd of them, utime and
  // stime the 12th and 13th, cutime and cstime (children that ended and were waited for) the 14th and 15th.
  const fields = stat
    .slice(stat.lastIndexOf(') ') + 2)
    .split(' ')
    .map(Number);
  const ms = (ticks: number) => (ticks * 1_000) / CLOCK_TICKS_PER_SECOND;
  return { parentPid: fields[1], ownMs: ms(fields[11] + fields[12]), endedChildrenMs: ms(fields[13] + fields[14]) };
}

/**
 * CPU time the hypervisor gave to others while this VM wanted it (the `steal` column of /proc/stat), in ms:
 * when it grows during a run, the figures of that run are low because the machine was shared.
 */
export function stolenMs(): number {
  const [, , , , , , , , steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  return (Number(steal) * 1_000) / CLOCK_TICKS_PER_SECOND;
}
