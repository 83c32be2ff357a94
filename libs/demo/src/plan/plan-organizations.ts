import { provinceOf } from '@app/common';
import { OrganizationKind } from '@app/organizations';
import { PostingKind } from '@app/postings';
import { EMPLOYERS } from '../data/employers.data.js';
import { PARTNER_PROVINCES, SENDING_COUNTIES, type SendingCounty, UPPER_BUREAUS } from '../data/sending-counties.data.js';
import { WELFARE_POSTS } from '../data/welfare-posts.data.js';
import { demoCreditCode } from '../identity/demo-identity.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedBureau, PlannedOrganization, PlannedPosting } from './demo-plan.js';

export const bureauOf = (county: SendingCounty) => `bureau-${county.slug}`;
export const agencyOf = (county: SendingCounty) => `agent-${county.slug}`;
/** A county bureau's second account: claims need four eyes (who submits on a worker's behalf or approves does not also approve or pay). */
export const reviewerOf = (county: SendingCounty) => `bureau-${county.slug}-review`;

/** Suffix of the k-th copy of an employer when --scale multiplies the world (k ≥ 2). */
const copyKey = (key: string, copy: number) => (copy === 1 ? key : `${key}-${copy}`);
const copyName = (name: string, copy: number) => (copy === 1 ? name : `${name}（${copy}号分部）`);

function jitter(random: DemoRandom, center: { lat: number; lng: number }, degrees: number) {
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return { lat: round(center.lat + (random.next() - 0.5) * 2 * degrees), lng: round(center.lng + (random.next() - 0.5) * 2 * degrees) };
}

export function planBureaus(): PlannedBureau[] {
  return [
    ...UPPER_BUREAUS.map((b) => ({ username: b.username, regionCode: b.regionCode })),
    ...SENDING_COUNTIES.map((c) => ({ username: bureauOf(c), regionCode: c.code })),
    ...SENDING_COUNTIES.map((c) => ({ username: reviewerOf(c), regionCode: c.code })),
  ];
}

/** Every employer, workshop and agency; `copies` > 1 repeats the employers (not the agencies) for larger worlds. */
export function planOrganizations(random: DemoRandom, copies: number): PlannedOrganization[] {
  const organizations: PlannedOrganization[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const employer of EMPLOYERS) {
      const r = random.fork(`organization:${copyKey(employer.key, copy)}`);
      const county = SENDING_COUNTIES.find((c) => c.code === employer.regionCode);
      const certifiable = employer.kind === 'WORKSHOP' || employer.kind === 'ASSISTANCE_BASE';
      organizations.push({
        key: copyKey(employer.key, copy),
        name: copyName(employer.name, copy),
        kind: OrganizationKind[employer.kind],
        creditCode: demoCreditCode(r, employer.regionCode, employer.kind === 'COOPERATIVE' ? '93' : '91'),
        regionCode: employer.regionCode,
        smallOrMicro: employer.smallOrMicro,
        location: jitter(r, employer.center, 0.01),
        // Workshops are certified when the plan says so; a small/micro employer of a sending county is verified by its
        // bureau (only then does its small/micro declaration count for ABSORPTION). Employers elsewhere have no demo bureau.
        verifiedBy: county && (certifiable ? employer.verified : employer.smallOrMicro) ? bureauOf(county) : null,
      });
    }
  }
  for (const county of SENDING_COUNTIES) {
    const r = random.fork(`organization:${agencyOf(county)}`);
    organizations.push({
      key: agencyOf(county),
      name: county.agency.name,
      kind: OrganizationKind[county.agency.kind],
      creditCode: demoCreditCode(r, county.code),
      regionCode: county.code,
      smallOrMicro: true,
      location: jitter(r, county.center, 0.01),
      // Vetted organisations: an agency registers workers, nominates, organises groups and claims once its bureau verified it.
      verifiedBy: bureauOf(county),
    });
  }
  return organizations;
}

/**
 * Employers' postings (from their templates) and each sending county's public-welfare posts. Headcounts are filled in
 * once placements are planned. 惠水 also gets last year's cleaning post, closed after its contracts ran out, and a
 * forest-ranger post whose every opening is taken (FILLED).
 */
export function planPostings(random: DemoRandom, copies: number, today: string): PlannedPosting[] {
  const postings: PlannedPosting[] = [];
  const nextYear = Number(today.slice(0, 4)) + 1;
  for (let copy = 1; copy <= copies; copy++) {
    for (const employer of EMPLOYERS) {
      for (const template of employer.postings) {
        const r = random.fork(`posting:${copyKey(template.key, copy)}`);
        const eastWest = template.kind === 'EAST_WEST';
        postings.push({
          key: copyKey(template.key, copy),
          kind: PostingKind[template.kind],
          organizationKey: copyKey(employer.key, copy),
          bureauUsername: null,
          title: template.title,
          description: template.description,
          regionCode: employer.regionCode,
          location: jitter(r, employer.center, 0.005),
          wageMin: template.wage[0],
          wageMax: template.wage[1],
          headcount: 0,
          contractMonths: template.contractMonths,
          skills: template.skills,
          benefits: template.benefits,
          partnerRegionCodes: eastWest ? PARTNER_PROVINCES[provinceOf(employer.regionCode)] : [],
          laborBrand: template.laborBrand ?? null,
          validUntil: eastWest && r.chance(0.4) ? `${nextYear}-06-30` : null,
          closeAtEnd: false,
          fill: false,
        });
      }
    }
    for (const county of SENDING_COUNTIES) {
      const r = random.fork(`welfare:${county.code}:${copy}`);
      const third = r.chance(0.5) ? 'hulu' : 'xunhe';
      const chosen = WELFARE_POSTS.filter(
        (t) => t.key === 'hulin' || t.key === 'baojie' || t.key === third || (t.needsRelocationSite && county.relocationSite),
      );
      for (const template of chosen) {
        const description = template.needsRelocationSite ? template.description.replace('易地扶贫搬迁安置点', county.relocationSite!) : template.description;
        postings.push(
          welfarePost(r, county, copyKey(`${county.slug}-${template.key}`, copy), template.title, description, template.wage, {
            fill: copy === 1 && county.slug === 'huishui' && template.key === 'hulin',
          }),
        );
      }
      if (copy === 1 && county.slug === 'huishui') {
        postings.push(
          welfarePost(
            r,
            county,
            'huishui-baojie-2024',
            '村级保洁员（2024—2025年度）',
            '2024年10月至2025年9月村级保洁公益性岗位，协议期满后按新年度岗位重新聘用。',
            [1000, 1400],
            { closeAtEnd: true },
          ),
        );
      }
    }
  }
  return postings;
}

function welfarePost(
  random: DemoRandom,
  county: SendingCounty,
  key: string,
  title: string,
  description: string,
  wage: [number, number],
  flags: { fill?: boolean; closeAtEnd?: boolean },
): PlannedPosting {
  return {
    key,
    kind: PostingKind.PUBLIC_WELFARE,
    organizationKey: null,
    bureauUsername: bureauOf(county),
    title: `${county.name}${title}`,
    description,
    regionCode: county.code,
    location: jitter(random, county.center, 0.05),
    wageMin: wage[0],
    wageMax: wage[1],
    headcount: 0,
    contractMonths: 12,
    skills: [],
    benefits: ['意外伤害保险', '补贴按月足额发放'],
    partnerRegionCodes: [],
    laborBrand: null,
    validUntil: null,
    closeAtEnd: flags.closeAtEnd ?? false,
    fill: flags.fill ?? false,
  };
}
