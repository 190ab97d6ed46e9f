import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface ProcessInfo {
  parent: number;
  rssKb: number;
  cpuTicks: number;
}

function processes(): Map<number, ProcessInfo> {
  const found = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid … utime(14) stime(15).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(entry), {
        parent: Number(fields[1]),
        rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/**
 * Resident memory (MiB) and CPU time (s) of this process and all its descendants (Chromium's
 * renderer and helper processes included), from /proc: CPU time, not wall time, because the
 * machine is shared and wall time says more about the neighbours than about us.
 */
export function processTree(root = process.pid): { rssMb: number; cpuSeconds: number } {
  const all = processes();
  const inTree = (pid: number): boolean => {
    for (let p = pid; p > 1; p = all.get(p)?.parent ?? 0) if (p === root) return true;
    return false;
  };
  let rssKb = 0;
  let ticks = 0;
  for (const [pid, info] of all) {
    if (!inTree(pid)) continue;
    rssKb += info.rssKb;
    ticks += info.cpuTicks;
  }
  return { rssMb: Math.round(rssKb / 1024), cpuSeconds: ticks / TICKS };
}
