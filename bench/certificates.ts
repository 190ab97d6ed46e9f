/**
 * `npm run bench:certificates`: what a certificate costs, measured against references in the
 * same run. Each section runs in its own processes and prints a Markdown table for
 * docs/benchmarks.md.
 *
 * Sections (add one by appending to SECTIONS; `--only <name>` runs one):
 * - `render`: our renderer against the naive pdfkit and the headless Chromium references,
 *   each in its own process, one after the other: certificates per second of wall time and per
 *   CPU-second of the renderer's process tree (certificates/s per core, which a shared machine
 *   does not distort), and RSS (Chromium's own processes included).
 * - the end-to-end section (API → rows → BullMQ → 2 workers → stored → issued, N=1,000, or
 *   10,000 with `--10k`) belongs to the certificates feature: add it as
 *   `bench/certificates/end-to-end.ts` exporting `section: BenchSection` and list it below.
 *
 * Flags: `--count <n>` certificates per renderer (default 300; Chromium and naive get a
 * third), `--10k` (end to end: 10,000), `--only <section>`.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchFlags {
  count: number;
  tenThousand: boolean;
}

export interface BenchSection {
  name: string;
  run: (flags: BenchFlags) => Promise<void>;
}

interface RenderFigures {
  name: string;
  count: number;
  seconds: number;
  perSecond: number;
  cpuSeconds: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  averageKb: number;
}

const LABELS: Record<string, string> = {
  ours: 'ours (`@apprenance/certificates`)',
  naive: 'reference: naive pdfkit (fonts per document, PNG QR)',
  chromium: 'reference: headless Chromium `page.pdf()`',
};

function measure(renderer: string, count: number): RenderFigures {
  const output = execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      path.join(__dirname, 'certificates', 'render.ts'),
      renderer,
      String(count),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as RenderFigures;
}

const renderSection: BenchSection = {
  name: 'render',
  run: async ({ count }) => {
    const results = [
      measure('ours', count),
      measure('naive', Math.ceil(count / 3)),
      measure('chromium', Math.ceil(count / 3)),
    ];
    const naive = results[1];
    const perCpu = (r: RenderFigures) => r.count / r.cpuSeconds;
    console.log(
      '| renderer | certificates | per second (wall) | per CPU-second (= per core) | × naive | RSS before → after (MiB) | PDF size (KiB) |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      console.log(
        `| ${LABELS[r.name]} | ${r.count} | ${r.perSecond.toFixed(1)} | ${perCpu(r).toFixed(1)} | ${(perCpu(r) / perCpu(naive)).toFixed(1)} | ${r.rssBeforeMb} → ${r.rssAfterMb} | ${r.averageKb.toFixed(0)} |`,
      );
    }
    console.log(
      "\nCPU and RSS count each renderer's whole process tree (Chromium's own processes included).",
    );
  },
};

const SECTIONS: BenchSection[] = [renderSection];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '300' },
      '10k': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const flags: BenchFlags = { count: Number(values.count), tenThousand: values['10k'] };
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load} at start\n`,
  );
  for (const section of SECTIONS.filter((s) => !values.only || s.name === values.only)) {
    console.log(`## ${section.name}\n`);
    await section.run(flags);
  }
}

void main();
