/** Today's local date as YYYY-MM-DD; REGISTRO_TODAY overrides it (reproducible CI and tests). */
export function today(): string {
  const forced = process.env.REGISTRO_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
