/**
 * CPU milliseconds the process spends on `work`. The growth tests compare two
 * sizes by CPU time, not by the wall clock: on a loaded machine the wall clock
 * also counts the time the test waited for a core, which once made four times
 * the text look ten times as long (test/unit/date/linear.test.ts, 23.8 against
 * 252.9 ms, with other processes on both cores).
 */
export function cpuMsOf(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
