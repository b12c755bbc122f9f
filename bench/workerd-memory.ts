// The Worker's memory as the operating system sees it. workerd exposes no heap figures through
// fetch, so the soak reads the resident set of the workerd process Miniflare started for it
// (Linux /proc); this covers the V8 heap of every isolate plus workerd's own memory.
import { readdirSync, readFileSync } from 'node:fs';

/** Resident and peak resident memory of one process, in KiB. */
export interface ProcessMemory {
  readonly pid: number;
  readonly rssKiB: number;
  readonly peakRssKiB: number;
}

/** pid, parent pid and command name of every process, read from /proc/<pid>/stat. */
function processes(): { pid: number; ppid: number; name: string }[] {
  const list = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name stands in parentheses and may itself hold spaces or parentheses.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      list.push({ pid: Number(entry), ppid, name });
    } catch {
      // The process ended while the list was read.
    }
  }
  return list;
}

/** The workerd processes started (directly or not) by this Node process. */
export function workerdProcesses(): number[] {
  const all = processes();
  const ours = new Set([process.pid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const p of all) {
      if (ours.has(p.ppid) && !ours.has(p.pid)) {
        ours.add(p.pid);
        grown = true;
      }
    }
  }
  return all.filter((p) => ours.has(p.pid) && p.name === 'workerd').map((p) => p.pid);
}

/** `pid`'s resident set now and at its peak (VmRSS and VmHWM). */
export function processMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kiB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { pid, rssKiB: kiB('VmRSS'), peakRssKiB: kiB('VmHWM') };
}
