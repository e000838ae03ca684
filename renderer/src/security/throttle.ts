/**
 * Delay before the next unlock attempt after `failures` wrong passphrases: free for the first
 * three (typos happen), then doubling from 1 s up to 5 minutes. PBKDF2's 600,000 iterations
 * already cost about half a second per guess on top.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0
  return Math.min(300_000, 1000 * 2 ** (failures - 3))
}
