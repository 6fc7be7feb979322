// Small timing helpers for the benchmark: medians with min and max over repeated runs.

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function time(fn: () => void, runs: number): Stat {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return stat(samples);
}

export async function timeAsync(fn: () => Promise<void>, runs: number): Promise<Stat> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stat(samples);
}

export function fmt(s: Stat): string {
  const n = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  return `${n(s.median)} ms (${n(s.min)}–${n(s.max)}, n=${s.runs})`;
}
