/** Progress lines of a benchmark run, with the time of day (runs take minutes). */
export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
