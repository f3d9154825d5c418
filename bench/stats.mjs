// Small statistics helpers shared by the bench scripts.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** { min, median, max } of a list of samples, plus how many there were. */
export function summary(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), n: values.length };
}
