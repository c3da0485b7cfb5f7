// The rulebook's figures: how large each rule's push is in the level being played, from the
// level's own weights and members, so a reader sees the sizes and not only their direction.
import { MEMBERS, type Level, type RuleId } from '../engine';
import { num, percent, t } from '../i18n';

type Setup = Level['members'][keyof Level['members']];

/** The smallest and largest of a figure over the five members, rounded to one decimal. */
function range(level: Level, figure: (setup: Setup) => number): { min: string; max: string } {
  const values = MEMBERS.map((id) => Math.round(Math.abs(figure(level.members[id])) * 10) / 10);
  return { min: num(Math.min(...values)), max: num(Math.max(...values)) };
}

/** The sentence giving a rule's size in this level, or null for one that has none of its own (news). */
export function ruleSize(level: Level, rule: RuleId): string | null {
  const w = level.weights;
  switch (rule) {
    case 'orbit':
      return t('play.size.orbit', { share: percent(w.orbitPull) });
    case 'paperTiger':
      return t('play.size.paperTiger', range(level, (m) => w.credibility * m.security));
    case 'doubleStandard':
      return t('play.size.doubleStandard', range(level, (m) => w.consistency * m.principle));
    case 'protector':
      return t('play.size.protector', { size: num(w.protector) });
    case 'grievance':
      return t('play.size.grievance', { size: num(w.grievance), fade: percent(w.grievanceFade) });
    case 'armedAdversary':
      return t('play.size.armedAdversary', { on: num(w.armsToAdversary), off: num(w.armsStopped) });
    case 'rivalTies':
      return t('play.size.rivalTies', { size: num(w.rivalTies) });
    case 'natoEnlargement':
      return t('play.size.natoEnlargement', range(level, (m) => w.nato * m.security));
    case 'aid':
      return t('play.size.aid', { ...range(level, (m) => w.aid * m.economy), decay: percent(w.aidDecay) });
    case 'securityHelp':
      return t('play.size.securityHelp', { size: num(w.securityHelp) });
    case 'crisisCallAnswered':
      return t('play.size.crisisCallAnswered', { size: num(w.answeredCall) });
    case 'alliancePromise':
      return t('play.size.alliancePromise', { size: num(w.answeredCallOthers) });
    case 'recognitionRefused':
      return t('play.size.recognitionRefused', { size: num(w.recognitionRefusal) });
    case 'recognitionWatched':
      return t('play.size.recognitionWatched', { size: num(w.recognitionWatch) });
    case 'notOurWar': {
      const values = MEMBERS.map((id) => Math.round(((w.solidarity * (level.members[id].dependence - 0.8)) / 0.4) * 10) / 10);
      return t('play.size.notOurWar', { min: num(Math.min(...values)), max: num(Math.max(...values)) });
    }
    case 'summit':
      return t('play.size.summit', { up: num(w.summit), down: num(w.summitGrievance), aired: num(w.grievanceAired) });
    case 'coercion':
      return t('play.size.coercion', {
        ...range(level, (m) => w.coerceCompliance * m.dependence),
        decay: percent(w.coerceDecay),
        resentment: range(level, (m) => w.coerceResentment * (1 - m.dependence)).max,
      });
    case 'coercionWatched':
      return t('play.size.coercionWatched', { size: num(w.coerceWatch) });
    case 'confrontation':
      return t('play.size.confrontation', range(level, (m) => w.confrontation * (1 - m.dependence / 2)));
    case 'event':
      return null;
  }
}
