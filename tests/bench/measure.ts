/**
 * Runs a command and measures it: wall time, the peak resident memory of its
 * whole process tree (summed VmRSS from /proc, sampled every 50 ms, since
 * pagefind and workers run as child processes), the largest single process
 * (GNU time's "Maximum resident set size", when /usr/bin/time exists), the
 * CPU time it used, every output line with the millisecond it arrived at,
 * and a memory timeline (`<log>.memory.tsv`: each process's RSS every half
 * second) that shows which process holds the memory at the peak.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 50;

export interface Measurement {
  exitCode: number;
  wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants, in bytes. */
  peakTreeRss: number;
  /** The largest RSS any single process of the tree reached, in bytes. */
  peakProcessRss: number;
  /** User plus system CPU time of the whole tree (GNU time), in ms; NaN without /usr/bin/time. */
  cpuMs: number;
  lines: { ms: number; text: string }[];
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each output line is appended here as it arrives, after the seconds since the start. */
  logFile: string;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

interface ProcessRss {
  pid: number;
  name: string;
  rss: number;
}

function rssOf(pid: number): ProcessRss {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    return { pid, name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?', rss: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return { pid, name: '?', rss: 0 };
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * RSS of every process in the tree under `root`. A child whose command line
 * is still its parent's has been forked but has not yet started its own
 * program (as when Node spawns `git`): its resident pages are the parent's,
 * shared copy-on-write, so counting them would add the parent's size again
 * for a few milliseconds.
 */
function treeRss(root: number): ProcessRss[] {
  const sizes: ProcessRss[] = [];
  const pending = [{ pid: root, parentCommand: '' }];
  while (pending.length > 0) {
    const { pid, parentCommand } = pending.pop()!;
    const command = commandLineOf(pid);
    if (parentCommand && command === parentCommand) continue;
    sizes.push(rssOf(pid));
    pending.push(...childrenOf(pid).map((child) => ({ pid: child, parentCommand: command })));
  }
  return sizes;
}

const MIB = 1024 * 1024;
const TIMELINE_EVERY_MS = 500;

export function runMeasured(command: string, args: string[], options: CommandOptions): Promise<Measurement> {
  const timeFile = `/tmp/hindsight-bench-time-${process.pid}-${Date.now()}.txt`;
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Measurement['lines'] = [];
  const log = createWriteStream(options.logFile);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const text = line.replace(/\x1b\[[0-9;]*m/g, '');
      const ms = performance.now() - started;
      lines.push({ ms, text });
      log.write(`${(ms / 1000).toFixed(3).padStart(9)}  ${text}\n`);
    });
  }
  let peakTreeRss = 0;
  let peakProcessRss = 0;
  let lastTimelineMs = -Infinity;
  const timeline = createWriteStream(`${options.logFile}.memory.tsv`);
  timeline.write('seconds\ttree MiB\tprocesses (name:pid MiB; GNU time itself left out)\n');
  const sampler = setInterval(() => {
    const sizes = treeRss(child.pid!);
    const total = sizes.reduce((sum, size) => sum + size.rss, 0);
    const ms = performance.now() - started;
    // Every half second, and at every new peak, so the file shows who held the memory then.
    if (total > peakTreeRss || ms - lastTimelineMs >= TIMELINE_EVERY_MS) {
      lastTimelineMs = ms;
      const processes = sizes
        .filter((size) => size.name !== 'time' && size.rss > 0)
        .map((size) => `${size.name}:${size.pid} ${Math.round(size.rss / MIB)}`);
      timeline.write(`${(ms / 1000).toFixed(2)}\t${Math.round(total / MIB)}\t${processes.join('; ')}\n`);
    }
    peakTreeRss = Math.max(peakTreeRss, total);
    peakProcessRss = Math.max(peakProcessRss, ...sizes.map((size) => size.rss));
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      timeline.end();
      let cpuMs = Number.NaN;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (maxKb) peakProcessRss = Math.max(peakProcessRss, Number(maxKb[1]) * 1024);
        const user = /User time \(seconds\): ([\d.]+)/.exec(report);
        const system = /System time \(seconds\): ([\d.]+)/.exec(report);
        if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
        rmSync(timeFile, { force: true });
      }
      lines.sort((a, b) => a.ms - b.ms);
      log.end();
      resolve({
        exitCode: code ?? 1,
        wallMs,
        peakTreeRss: Math.max(peakTreeRss, peakProcessRss),
        peakProcessRss,
        cpuMs,
        lines,
      });
    });
  });
}
