import { appendFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

/** One line of the summary `npm run bench` prints: a figure, its goal (if any) and whether it was met. */
export type BenchRow = { figure: string; value: string; goal: string; met: boolean | null };

/**
 * Hands rows to the runner (bench/alle.ts): with BENCH_RESULTS_FILE set, each row is appended
 * as one JSON line. Run alone, a bench only prints.
 */
export function report(rows: BenchRow[]): void {
  const file = process.env.BENCH_RESULTS_FILE;
  if (file) appendFileSync(file, rows.map((r) => JSON.stringify(r) + "\n").join(""));
}

export function machineLoad(): string {
  return `maskinens last: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} på ${cpus().length} kjerner (delt maskin: tallene er støyete)`;
}
