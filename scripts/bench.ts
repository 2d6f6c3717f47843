// `npm run bench`: runs each benchmark part and merges its keys into bench-results.json.
// Add a part by appending to PARTS; `npm run bench -- engine` runs only the named parts.
import { benchEngine } from './bench-engine';
import { BENCH_RESULTS, mergeBenchResults } from './lib/bench-results';

type Part = () => Promise<Record<string, number>>;

const PARTS: Record<string, Part> = {
  engine: () => benchEngine(),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(PARTS);
  for (const name of names) {
    const part = PARTS[name];
    if (!part) throw new Error(`unknown bench part ${name}; known: ${Object.keys(PARTS).join(', ')}`);
    await mergeBenchResults(await part());
  }
  console.log(`results merged into ${BENCH_RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
