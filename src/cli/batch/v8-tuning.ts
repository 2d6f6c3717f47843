// V8 tiering for the checking workers. A batch hands each worker a few hundred small files: every function runs a
// few hundred times, too few for TurboFan's optimised code to repay its compile, and on a 2-core machine the two
// workers' background compiles take the cores the workers themselves need. Raising the interrupt budget (how much
// a function must run before V8 considers optimising it) lets short runs stay in the cheaper tiers while a single
// huge sheet still gets optimised code: measured on 200 sample files, 950 → 720 ms; on a 200,000-row sheet no
// slower (3.8–4.1 s either way).
//
// Each worker sets it for itself, once Node's own start-up is done (./worker-loader.ts, ./worker-entry.ts), never
// the main thread before the workers start. V8 flags are process-wide and part of the key of every code cache:
// Node's cache of its own modules is made with the default flags, so an isolate that starts after the change
// compiles Node's internals from source. Set before the workers started, it took each worker's start from ~22 to
// ~45–50 ms; set afterwards, the budget still applies to the functions the worker then runs.
import { setFlagsFromString } from 'node:v8';

const INTERRUPT_BUDGET = 1_000_000;

/** Sets the budget; harmless to repeat (the same value gives the same flags, so no cache is invalidated). */
export function tuneForShortTasks(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
