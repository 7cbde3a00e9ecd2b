import { validateRegister } from '../dist/validate/validate-register.js';
import { RULES } from '../dist/rules/index.js';
const r = await validateRegister('/tmp/g-r1000', process.cwd(), '2026-11-23', { rules: false });
const ctx = { register: r.register, today: '2026-11-23' };
for (let k = 0; k < 2; k++) {
  const times = [];
  for (const rule of RULES) { const t = performance.now(); let n = 0; for (const _ of rule.check(ctx)) n++; times.push([rule.id, performance.now() - t, n]); }
  if (k) { times.sort((a, b) => b[1] - a[1]); console.log(times.slice(0, 15).map(([i, t, n]) => `${i} ${t.toFixed(1)} (${n})`).join('\n')); console.log('total', times.reduce((a, b) => a + b[1], 0).toFixed(0)); }
}
