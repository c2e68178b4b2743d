/**
 * Runs a command and measures it: wall time, the peak resident memory of its
 * whole process tree (summed VmRSS from /proc, sampled every 50 ms, since
 * pagefind and workers run as child processes), the largest single process
 * (GNU time's "Maximum resident set size", when /usr/bin/time exists), and
 * every output line with the millisecond it arrived at.
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

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of every process in the tree under `root`. */
function treeRss(root: number): number[] {
  const sizes: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    sizes.push(rssOf(pid));
    pending.push(...childrenOf(pid));
  }
  return sizes;
}

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
  const sampler = setInterval(() => {
    const sizes = treeRss(child.pid!);
    peakTreeRss = Math.max(
      peakTreeRss,
      sizes.reduce((sum, size) => sum + size, 0),
    );
    peakProcessRss = Math.max(peakProcessRss, ...sizes);
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      if (useTime && existsSync(timeFile)) {
        const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        if (maxKb) peakProcessRss = Math.max(peakProcessRss, Number(maxKb[1]) * 1024);
        rmSync(timeFile, { force: true });
      }
      lines.sort((a, b) => a.ms - b.ms);
      log.end();
      resolve({
        exitCode: code ?? 1,
        wallMs,
        peakTreeRss: Math.max(peakTreeRss, peakProcessRss),
        peakProcessRss,
        lines,
      });
    });
  });
}
