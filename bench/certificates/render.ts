/**
 * One renderer measured in its own process (so that its RSS is its own): renders COUNT
 * certificates one after the other after a warm-up, then prints one JSON line.
 * Usage: tsx bench/certificates/render.ts <ours|naive|chromium> <count>
 */
import {
  createCertificateRenderer,
  generateSigningKeyPem,
  sampleCertificateContent,
  signingKey,
} from '../../libs/certificates/src';

import { renderNaive } from './naive';
import { processTree } from './proc';

const NAMES = ['Łukasz Żółć', 'Nguyễn Thị Ánh', "Zoë O'Brien-Müller", 'Αθηνά Παπαδοπούλου'];

export type RendererName = 'ours' | 'naive' | 'chromium';

async function rendererFor(name: RendererName) {
  const key = signingKey(generateSigningKeyPem().privateKey, 'bench');
  const issuer = {
    id: 'https://bench.example/api/v1/credentials/issuer',
    name: 'Apprenance',
    url: 'https://bench.example',
  };
  if (name === 'ours') {
    const renderer = createCertificateRenderer({ signingKey: key, issuer });
    return {
      render: async (c: ReturnType<typeof sampleCertificateContent>) =>
        (await renderer.render(c)).pdf,
      close: async () => undefined,
    };
  }
  if (name === 'naive') {
    return {
      render: (c: ReturnType<typeof sampleCertificateContent>) => renderNaive(c, key, issuer),
      close: async () => undefined,
    };
  }
  const { chromiumRenderer } = await import('./chromium.js'); // only this process loads playwright
  const browser = await chromiumRenderer();
  return {
    render: (c: ReturnType<typeof sampleCertificateContent>) => browser.render(c, issuer.name),
    close: browser.close,
  };
}

async function main(): Promise<void> {
  const name = process.argv[2] as RendererName;
  const count = Number(process.argv[3] ?? 200);
  const renderer = await rendererFor(name);
  const content = (i: number) =>
    sampleCertificateContent({
      certificateId: `3f1e6c1a-8b7d-4c1e-9a55-${String(i).padStart(12, '0')}`,
      participant: { ...sampleCertificateContent().participant, name: NAMES[i % NAMES.length] },
      status: { ...sampleCertificateContent().status, statusListIndex: i },
    });
  for (let i = 0; i < 10; i += 1) await renderer.render(content(i)); // warm-up
  const before = processTree();
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (let i = 0; i < count; i += 1) bytes += (await renderer.render(content(i))).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = processTree();
  await renderer.close();
  console.log(
    JSON.stringify({
      name,
      count,
      seconds,
      perSecond: count / seconds,
      cpuSeconds: after.cpuSeconds - before.cpuSeconds,
      rssBeforeMb: before.rssMb,
      rssAfterMb: after.rssMb,
      averageKb: bytes / count / 1024,
    }),
  );
}

if (require.main === module) void main();
