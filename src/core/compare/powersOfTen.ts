/** 10^k (k ≥ 0) as a BigInt, each power made once: exact quotients scale by the same few powers on every figure. */
export function pow10(k: number): bigint {
  let p = POW10[k];
  if (p === undefined) POW10[k] = p = 10n ** BigInt(k);
  return p;
}

const POW10: bigint[] = [];
