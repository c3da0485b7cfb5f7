// Each rule on its own: a table of situations and the push the rule must give.
import { describe, expect, it } from 'vitest';
import { CLAIMS, newGame, RULES, ruleById, type GameState, type MemberId, type RuleId } from '../../src/engine';
import type { RuleContext } from '../../src/engine/rules';
import { LANGS } from '../../src/i18n';
import { TABLES } from '../i18n/tables';
import { MAY_2022 as level } from './play';

function context(id: MemberId, change: (s: GameState) => void = () => {}, flags: Partial<Pick<RuleContext, 'anyAnswered' | 'anyPressed'>> = {}): RuleContext {
  const state = structuredClone(newGame(level, { seed: 1 }));
  change(state);
  return { level, state, id, member: state.members[id], setup: level.members[id], anyAnswered: false, anyPressed: false, coercedCount: 0, ...flags };
}

const weigh = (rule: RuleId, ctx: RuleContext) => ruleById(rule).weigh!(ctx);
const w = level.weights;
// Help is worth more or less by Moscow's credibility at the start (C3, C10).
const gate = 1 + w.credibilityGate * ((level.tracks.credibility - 50) / 50);
// Aid counts for less with a member that fears for its security.
const aidFor = (id: MemberId) => 1 - level.members[id].threat / 200;

describe('every rule is cited and explained', () => {
  it.each(RULES.filter((r) => r.id !== 'event').map((r) => [r.id, r] as const))('%s names claims, paragraphs and an explanation', (_, rule) => {
    expect(rule.claims.length).toBeGreaterThan(0);
    for (const claim of rule.claims) expect(CLAIMS).toContain(claim);
    expect(rule.paragraphs.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const p of rule.paragraphs) expect(TABLES[lang][`rule.${rule.id}.explanation`], `${lang} ¶${p}`).toContain(`¶${p}`);
      // The sentence of a decision names the member it is about, whichever way the rule pushes.
      for (const sign of ['up', 'down']) expect(TABLES[lang][`rule.${rule.id}.${sign}`], `${lang} ${sign}`).toContain('{who}');
    }
  });
  it('every claim is modelled by at least one rule', () => {
    const modelled = new Set(RULES.flatMap((r) => r.claims));
    const byEvents = new Set(level.events.flatMap((e) => e.claims));
    for (const claim of CLAIMS) expect(modelled.has(claim) || byEvents.has(claim), claim).toBe(true);
  });
});

describe('rule table', () => {
  const cases: [string, RuleId, RuleContext, number | null][] = [
    ['orbit pulls a neutral member back up to its anchor', 'orbit', context('KAZ', (s) => void (s.members.KAZ.loyalty = -20)), w.orbitPull * (level.members.KAZ.anchor + 20)],
    ['orbit pulls a member down from above its anchor', 'orbit', context('BLR', (s) => void (s.members.BLR.loyalty = 80)), w.orbitPull * (level.members.BLR.anchor - 80)],
    ['paper tiger: low credibility pushes away', 'paperTiger', context('TJK', (s) => void (s.tracks.credibility = 25)), w.credibility * level.members.TJK.security * -0.5],
    ['paper tiger: high credibility draws in', 'paperTiger', context('TJK', (s) => void (s.tracks.credibility = 75)), w.credibility * level.members.TJK.security * 0.5],
    ['double standards: low consistency pushes away', 'doubleStandard', context('KAZ', (s) => void (s.tracks.consistency = 0)), -w.consistency * level.members.KAZ.principle],
    ['protector: threatened and unhelped looks elsewhere', 'protector', context('TJK', (s) => {
      s.members.TJK.threat = 50;
      s.tracks.credibility = 40;
    }), -w.protector * 0.5 * 0.6],
    ['protector: threatened and helped leans in', 'protector', context('TJK', (s) => {
      s.members.TJK.threat = 50;
      s.members.TJK.orders.securityHelp = true;
    }), w.protector * 0.5 * gate],
    ['protector: without fear it does not apply', 'protector', context('BLR', (s) => void (s.members.BLR.threat = 0)), null],
    ['grievance weighs in proportion', 'grievance', context('ARM', (s) => void (s.members.ARM.grievance = 50)), -w.grievance * 0.5],
    ['arms for Azerbaijan push Armenia away', 'armedAdversary', context('ARM'), -w.armsToAdversary],
    ['stopping them draws Armenia in', 'armedAdversary', context('ARM', (s) => void (s.armsToAzerbaijan = false)), w.armsStopped],
    ['arms for Azerbaijan are nothing to Kazakhstan', 'armedAdversary', context('KAZ'), null],
    ['rival ties pull away', 'rivalTies', context('KAZ', (s) => void (s.members.KAZ.ties = { USA: 30, TUR: 20 })), -w.rivalTies * 0.5],
    ['NATO enlargement pushes away', 'natoEnlargement', context('KGZ', (s) => void (s.tracks.natoEnlargement = 50)), -w.nato * level.members.KGZ.security * 0.5],
    ['first aid package', 'aid', context('KGZ', (s) => void (s.members.KGZ.orders.aid = true)), w.aid * level.members.KGZ.economy * aidFor('KGZ')],
    ['third aid package buys less', 'aid', context('KGZ', (s) => {
      s.members.KGZ.orders.aid = true;
      s.members.KGZ.aidCount = 2;
    }), w.aid * level.members.KGZ.economy * w.aidDecay ** 2 * aidFor('KGZ')],
    ['no aid, no factor', 'aid', context('KGZ'), null],
    ['security help counts more for the threatened', 'securityHelp', context('TJK', (s) => {
      s.members.TJK.orders.securityHelp = true;
      s.members.TJK.threat = 50;
    }), w.securityHelp * gate],
    ['an answered call', 'crisisCallAnswered', context('TJK', (s) => void (s.members.TJK.orders.answeredCall = true)), w.answeredCall * gate],
    ['the promise kept, seen by another', 'alliancePromise', context('KAZ', undefined, { anyAnswered: true }), w.answeredCallOthers],
    ['the promise kept is not counted twice for the caller', 'alliancePromise', context('TJK', (s) => void (s.members.TJK.orders.answeredCall = true), { anyAnswered: true }), null],
    ['pressed to recognise', 'recognitionRefused', context('KAZ', (s) => void (s.members.KAZ.orders.pressedRecognition = true)), -w.recognitionRefusal],
    ['watching another pressed', 'recognitionWatched', context('KGZ', undefined, { anyPressed: true }), -w.recognitionWatch],
    ['solidarity demanded of Kazakhstan', 'notOurWar', context('KAZ', (s) => void (s.members.KAZ.orders.demandedSolidarity = true)), (w.solidarity * (level.members.KAZ.dependence - 0.8)) / 0.4],
    ['solidarity demanded of Belarus', 'notOurWar', context('BLR', (s) => void (s.members.BLR.orders.demandedSolidarity = true)), (w.solidarity * (level.members.BLR.dependence - 0.8)) / 0.4],
    ['a summit without grievance', 'summit', context('KGZ', (s) => void (s.lastSummit = s.turn)), w.summit],
    ['a summit with a grievance to air', 'summit', context('ARM', (s) => {
      s.lastSummit = s.turn;
      s.members.ARM.grievance = w.grievanceAired;
    }), -w.summitGrievance],
    ['no summit this month', 'summit', context('KGZ', (s) => void (s.lastSummit = 0)), null],
  ];
  it.each(cases)('%s', (_, rule, ctx, expected) => {
    const got = weigh(rule, ctx);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 6);
  });
  it('notOurWar: Belarus goes along, the others refuse', () => {
    expect(weigh('notOurWar', context('BLR', (s) => void (s.members.BLR.orders.demandedSolidarity = true)))).toBeGreaterThan(0);
    for (const id of ['ARM', 'KAZ', 'KGZ', 'TJK'] as const) {
      expect(weigh('notOurWar', context(id, (s) => void (s.members[id].orders.demandedSolidarity = true)))).toBeLessThan(0);
    }
  });
});
