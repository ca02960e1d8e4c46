/**
 * US Government styles.
 * - hawk: the strictest rule the scenario allows, chip security, heavy enforcement; eases off
 *   only when a crisis is one bad year away. A hawk who inherits an embargo guards it quietly,
 *   and once Huawei is viable lets in throttled, security-tagged chips ("take the air out").
 * - dealmaker: sells previous-gen chips for a fee under a cap and seeks the summit track.
 * - pragmatist: tightens when China closes the gap, loosens when Huawei is already viable
 *   (no air left to take out), collaborates when tension runs high.
 */
import { EXPORT_TIERS, SCENARIOS, stocks, VOLUME_CAPS } from '../game/index.js';
import type { ExportTier, Policy, PlayerView, Stance } from '../game/index.js';
import { floor1, legalPolicy } from './legalize.js';
import { chance, type Random } from './random.js';

export const USG_STYLES = ['hawk', 'dealmaker', 'pragmatist'] as const;
export type UsgStyle = (typeof USG_STYLES)[number];

const strictest = <T>(allowed: readonly T[], order: readonly T[]) => order.find((x) => allowed.includes(x)) ?? allowed[0]!;

function subsidies(view: PlayerView, energyShare: number): Pick<Policy, 'fabSubsidy' | 'energySubsidy'> {
  const budget = Math.max(0, view.economy.usgBudget);
  // Power-limited compute is wasted compute: energy first when the grid is the constraint.
  const powerBound = view.us.compute > view.us.power * 0.95;
  const share = powerBound ? Math.max(energyShare, 0.8) : energyShare;
  return { energySubsidy: floor1(budget * share), fabSubsidy: floor1(budget * (1 - share)) };
}

/**
 * The hawk's stance. A hawk who inherits an embargo has nothing left to escalate: it guards the
 * embargo quietly and talks when tension climbs. Once the rule is as strict as it can be, there
 * is less to signal by a hawkish stance; on a summit track a hawk walks away from the table.
 */
function hawkStance(view: PlayerView, random: Random, inheritedEmbargo: boolean, atStrictest: boolean): Stance {
  const tension = view.meters.tension;
  if (inheritedEmbargo) return tension >= 5 ? 'collaborate' : 'neutral';
  if (tension >= 8) return 'collaborate';
  if (tension >= 7) return 'neutral';
  const summit = SCENARIOS[view.scenario].summitTrack;
  return chance(random, atStrictest ? 0.35 : summit ? 0.9 : 0.75) ? 'hawk' : 'neutral';
}

export function usgPolicy(style: UsgStyle, view: PlayerView, random: Random): Policy {
  const scenario = SCENARIOS[view.scenario];
  const locks = scenario.locks;
  const tension = view.meters.tension;
  const base = view.policy;
  let wanted: Policy;
  switch (style) {
    case 'hawk': {
      const strictestTier = strictest(locks.tiers, EXPORT_TIERS);
      const inherited = scenario.policy.tier === 'embargo';
      // A hawk who inherits an embargo and sees Huawei fill the gap lets in throttled,
      // security-tagged chips: dependence on American hardware is a lever too.
      const takeTheAirOut = inherited && view.meters.huaweiLevel >= 3 && locks.tiers.includes('compliant');
      wanted = {
        ...base,
        tier: takeTheAirOut ? 'compliant' : strictestTier,
        volumeCap: strictest(locks.volumeCaps, [...VOLUME_CAPS].reverse()),
        licenseFee: locks.fees.includes(25) ? 25 : locks.fees[0]!,
        // Security on chips that are not sold is only a gesture, and it costs trust.
        chipSecurity: locks.chipSecurity.includes(true) && (takeTheAirOut || strictestTier !== 'embargo'),
        enforcement: chance(random, 0.6) ? 3 : 2,
        stance: hawkStance(view, random, inherited, base.tier === strictestTier),
        intelligence: chance(random, 0.3),
        ...subsidies(view, 0.5),
      };
      break;
    }
    case 'dealmaker': {
      const tier: ExportTier = locks.tiers.includes('previous-gen') ? 'previous-gen' : locks.tiers[locks.tiers.length - 1]!;
      wanted = {
        ...base,
        tier: chance(random, 0.2) && locks.tiers.includes('open') ? 'open' : tier,
        volumeCap: locks.volumeCaps.includes(50) ? 50 : locks.volumeCaps[0]!,
        licenseFee: locks.fees.includes(25) ? 25 : locks.fees[0]!,
        chipSecurity: false,
        enforcement: 1,
        stance: tension >= 4 || chance(random, scenario.summitTrack ? 0.6 : 0.4) ? 'collaborate' : 'neutral',
        intelligence: false,
        ...subsidies(view, 0.3),
      };
      break;
    }
    case 'pragmatist': {
      const k = stocks(view);
      const share = k.kUs / (k.kUs + k.kCn);
      const i = EXPORT_TIERS.indexOf(base.tier);
      const huaweiViable = view.meters.huaweiLevel >= 3;
      let tierIndex = i;
      if (share < 0.86) tierIndex = i - 1;
      else if (huaweiViable || share > 0.96) tierIndex = i + 1;
      const allowed = EXPORT_TIERS.filter((t) => locks.tiers.includes(t));
      const tier = EXPORT_TIERS[Math.min(3, Math.max(0, tierIndex))]!;
      wanted = {
        ...base,
        tier: allowed.includes(tier) ? tier : base.tier,
        volumeCap: locks.volumeCaps.includes(25) && share < 0.88 ? 25 : base.volumeCap,
        chipSecurity: base.chipSecurity && view.meters.trust > 3,
        enforcement: 2,
        // On a summit track a pragmatist takes the seat at the table early.
        stance:
          tension >= (scenario.summitTrack ? 3 : 6)
            ? 'collaborate'
            : tension <= 3 && chance(random, 0.3)
              ? 'hawk'
              : 'neutral',
        intelligence: chance(random, 0.5),
        ...subsidies(view, 0.6),
      };
      break;
    }
  }
  return legalPolicy(view, wanted);
}
