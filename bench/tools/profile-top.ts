// Prints where a V8 CPU profile (`--cpu-prof`, e.g. from BENCH_CPU_PROF) spent its time: the top
// functions by self time, and the share of total time under frames whose URL or name matches a filter.
// --after-s skips the first seconds of the profile (start-up, demo data) and --until-s the rest after
// that second, to look at the load alone.
//   node --import tsx bench/tools/profile-top.ts <file.cpuprofile> [--top 30] [--under pdf-lib,fontkit] [--after-s 20] [--until-s 30]
import { readFileSync } from 'node:fs';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.cpuprofile'));
if (!file) throw new Error('usage: profile-top.ts <file.cpuprofile> [--top N] [--under a,b]');
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(flag('--top') ?? 30);
const under = (flag('--under') ?? '').split(',').filter(Boolean);
const afterUs = Number(flag('--after-s') ?? 0) * 1e6;
const untilUs = Number(flag('--until-s') ?? Number.POSITIVE_INFINITY) * 1e6;

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
let clock = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  clock += delta;
  if (clock >= afterUs && clock < untilUs) self.set(id, (self.get(id) ?? 0) + delta);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*?\/(src|dist)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

const bySelf = new Map<string, number>();
for (const [id, t] of self) {
  const key = label(byId.get(id)!);
  bySelf.set(key, (bySelf.get(key) ?? 0) + t);
}
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
for (const [key, t] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`);

for (const pattern of under) {
  let t = 0;
  for (const [id, own] of self) {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (n.callFrame.url.includes(pattern) || n.callFrame.functionName === pattern) {
        t += own;
        break;
      }
    }
  }
  console.log(`under ${pattern}: ${((100 * t) / total).toFixed(1)} % (${(t / 1000).toFixed(0)} ms)`);
}
