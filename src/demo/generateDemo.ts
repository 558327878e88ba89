/**
 * Builds the demo's data from a seed, with no I/O: the same seed gives the same rows, byte for
 * byte. Group sizes, offices and meetings are fixed (yunzhou.ts); names, genders, ethnicities and
 * birth months are drawn.
 */
import type { RosterRow } from '../modules/registry/roster/rosterRow.js';
import { mulberry32, type Rng } from './prng.js';
import { drawName, type Gender } from './names.js';
import { STANDING_TITLE, YUNZHOU, type DemoBodySpec, type DemoGroupSpec, type DemoOffice } from './yunzhou.js';

/** The seed `plenum serve` and `plenum demo` use when none is given. */
export const DEFAULT_SEED = 20250108;

export interface DemoBodyPlan {
  spec: DemoBodySpec;
  rows: RosterRow[];
}

export interface DemoPlan {
  seed: number;
  bodies: DemoBodyPlan[];
}

const MINORITIES = ['回族', '满族', '蒙古族', '壮族', '苗族', '土家族', '彝族', '侗族', '瑶族', '白族', '朝鲜族', '畲族'] as const;

export function generateDemo(seed: number = DEFAULT_SEED, specs: readonly DemoBodySpec[] = YUNZHOU): DemoPlan {
  // Each body draws from its own stream, so a change to one body's data leaves the other's alone.
  return { seed, bodies: specs.map((spec, i) => ({ spec, rows: generateRoster(spec, mulberry32((seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0)) })) };
}

function generateRoster(spec: DemoBodySpec, rng: Rng): RosterRow[] {
  const taken = new Set<string>();
  const rows: RosterRow[] = [];
  for (const group of spec.groups) {
    const offices = spec.offices.filter((o) => o.group === group.name);
    for (let i = 0; i < group.size; i++) {
      const office: DemoOffice | undefined = offices[i];
      const standing = !office && i < offices.length + group.standing;
      const gender: Gender = rng.chance(group.femaleShare ?? 0.45) ? '女' : '男';
      const { name } = drawName(rng, gender, taken);
      taken.add(name);
      rows.push({
        key: `${spec.keyPrefix}-${String(rows.length + 1).padStart(4, '0')}`,
        name,
        gender,
        ethnicity: ethnicityOf(rng, group),
        birth: birthOf(rng, office !== undefined),
        group: group.name,
        title: office?.title ?? (standing ? (STANDING_TITLE[spec.kind] ?? null) : null),
        role: office?.role ?? (standing ? 'standing-member' : 'member'),
        status: 'active',
      });
    }
  }
  return rows;
}

function ethnicityOf(rng: Rng, group: DemoGroupSpec): string {
  return rng.chance(group.minorityShare ?? 0.06) ? rng.pick(MINORITIES) : '汉族';
}

/** YYYY-MM from 1955 to 1990, most around 1972; office holders from 1962 to 1972. */
function birthOf(rng: Rng, officeHolder: boolean): string {
  const year = officeHolder ? rng.int(1962, 1972) : 1955 + Math.floor(((rng.next() + rng.next()) / 2) * 36);
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`;
}
