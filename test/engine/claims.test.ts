// Each claim of the source article (shared claims C1–C14) played on the real level.
// Every test compares plays that differ in one thing, so removing or inverting the rule fails it.
import { describe, expect, it } from 'vitest';
import { act, MEMBERS, newGame, scoreOf, type Action, type GameState, type MemberId, type RuleId } from '../../src/engine';
import { MAY_2022 as level, mean, must, playGame, playTo, SEEDS, variant } from './play';

const OTHERS: MemberId[] = ['ARM', 'KAZ', 'KGZ', 'TJK'];

/** Sum of one rule's factors for a member over the whole log. */
function ruleTotal(state: GameState, member: MemberId, rule: RuleId): number {
  return state.log.reduce((sum, record) => sum + record.members[member].factors.filter((f) => f.rule === rule).reduce((a, f) => a + f.size, 0), 0);
}

const onTurn = (turn: number, actions: Action[]) => (s: GameState) => (s.turn === turn ? actions : []);
const endLoyalty = (games: GameState[], member: MemberId) => mean(games.map((g) => g.members[member].loyalty));
const games = (orders?: (s: GameState) => Action[], lv = level) => SEEDS.map((seed) => playGame(lv, seed, orders));

describe('C1: left alone, Belarus leans and the other four stay neutral (¶1, ¶12)', () => {
  it('holds over 200 seeds of passive play, and none ever backs', () => {
    let inPicture = 0;
    for (let seed = 0; seed < 200; seed++) {
      const end = playGame(level, seed);
      if (end.members.BLR.stance === 'leans' && OTHERS.every((id) => end.members[id].stance === 'neutral')) inPicture++;
      expect(MEMBERS.some((id) => end.members[id].stance === 'backs'), `seed ${seed}`).toBe(false);
    }
    // Luck may push one member over a line now and then; the picture is the rule.
    expect(inPicture).toBeGreaterThanOrEqual(190);
  });
  it('is the pull of habit that holds them there', () => {
    const end = playGame(level, 1);
    expect(ruleTotal(end, 'BLR', 'orbit')).toBeGreaterThan(0);
    for (const id of OTHERS) expect(ruleTotal(end, id, 'orbit')).toBeGreaterThan(0);
  });
});

describe('C2: double standards over NATO enlargement cost trust (¶3–¶5)', () => {
  const principled = games(onTurn(1, [{ type: 'nordicLine', line: 'principled' }]));
  const blindEye = games(onTurn(1, [{ type: 'nordicLine', line: 'blindEye' }]));
  it('a blind eye lowers consistency, and members who care about principle drift further', () => {
    expect(principled[0]!.tracks.consistency).toBeGreaterThan(blindEye[0]!.tracks.consistency);
    expect(endLoyalty(principled, 'KAZ')).toBeGreaterThan(endLoyalty(blindEye, 'KAZ'));
    expect(ruleTotal(blindEye[0]!, 'KAZ', 'doubleStandard')).toBeLessThan(0);
  });
  it('saying nothing is taken as the blind eye', () => {
    const silent = playGame(level, 1);
    expect(silent.nordicLine).toBe('blindEye');
  });
});

describe('C3: credibility drives alignment; doubters turn to the US and Turkey (¶5, ¶11)', () => {
  const strong = variant(level, (l) => void (l.tracks.credibility = 85));
  const weak = variant(level, (l) => void (l.tracks.credibility = 10));
  it('members lean in when Moscow is credible and away when it is not', () => {
    const a = games(undefined, strong);
    const b = games(undefined, weak);
    for (const id of OTHERS) expect(endLoyalty(a, id)).toBeGreaterThan(endLoyalty(b, id));
    expect(ruleTotal(a[0]!, 'KAZ', 'paperTiger')).toBeGreaterThan(0);
    expect(ruleTotal(b[0]!, 'KAZ', 'paperTiger')).toBeLessThan(0);
  });
  it('rivals court members more often when Moscow is less credible', () => {
    const offers = (lv: typeof level) => games(undefined, lv).reduce((n, g) => n + g.log.flatMap((r) => r.events).filter((e) => e.event === 'rivalOffer').length, 0);
    expect(offers(weak)).toBeGreaterThan(offers(strong));
  });
  it('ties built with the United States and Turkey pull a member away', () => {
    const courted = variant(level, (l) => void (l.members.KAZ.ties = { USA: 60, TUR: 60 }));
    const alone = variant(level, (l) => void (l.members.KAZ.ties = { USA: 0, TUR: 0 }));
    const a = games(undefined, courted);
    expect(ruleTotal(a[0]!, 'KAZ', 'rivalTies')).toBeLessThan(0);
    expect(endLoyalty(a, 'KAZ')).toBeLessThan(endLoyalty(games(undefined, alone), 'KAZ'));
  });
  it('a failing war lowers credibility', () => {
    const winning = variant(level, (l) => void (l.tracks.warCourse = 80));
    expect(playGame(winning, 1).tracks.credibility).toBeGreaterThan(playGame(level, 1).tracks.credibility);
  });
});

describe('C4: fear of destabilisation sends a member looking for a protector (¶5, ¶11)', () => {
  it('helped, a threatened member moves towards Moscow; unhelped, away', () => {
    const helped = games(() => [{ type: 'securityHelp', member: 'TJK' }]);
    const alone = games();
    expect(ruleTotal(helped[0]!, 'TJK', 'protector')).toBeGreaterThan(0);
    expect(ruleTotal(alone[0]!, 'TJK', 'protector')).toBeLessThan(0);
    expect(endLoyalty(helped, 'TJK')).toBeGreaterThan(endLoyalty(alone, 'TJK'));
    expect(ruleTotal(helped[0]!, 'TJK', 'securityHelp')).toBeGreaterThan(0);
  });
  it('the more threatened, the further an unhelped member drifts', () => {
    const calm = variant(level, (l) => void (l.members.KGZ.threat = 0));
    const fearful = variant(level, (l) => void (l.members.KGZ.threat = 80));
    expect(endLoyalty(games(undefined, calm), 'KGZ')).toBeGreaterThan(endLoyalty(games(undefined, fearful), 'KGZ'));
  });
});

describe('C5: IS-K threatens Tajikistan; Kazakhstan warns the alliance (¶6)', () => {
  const start = newGame(level, { seed: 1 });
  it('rockets from Afghanistan raise Tajikistan\'s fear and its call for help in the first month', () => {
    expect(start.news.map((n) => n.event)).toContain('isk-rockets');
    expect(start.members.TJK.threat).toBeGreaterThan(level.members.TJK.threat);
    expect(start.requests).toContainEqual(expect.objectContaining({ kind: 'crisisCall', member: 'TJK', status: 'open' }));
  });
  it('Kazakhstan\'s president warns that Afghanistan threatens the members', () => {
    expect(start.members.KAZ.threat).toBeGreaterThan(level.members.KAZ.threat);
  });
  it('fire on the Afghan border recurs by chance in later months', () => {
    const fired = SEEDS.some((seed) => playGame(level, seed).log.some((r) => r.turn > 1 && r.events.some((e) => e.event === 'isk-border-fire')));
    expect(fired).toBe(true);
  });
});

describe('C6: Article 4 — answering a call for help (¶7)', () => {
  const call = (s: GameState) => s.requests.find((r) => r.member === 'TJK' && r.status === 'open')!.id;
  it('answering moves the caller towards Moscow and shows the others the promise is kept', () => {
    const start = newGame(level, { seed: 3 });
    const answered = must(must(start, level, { type: 'answerCrisisCall', request: call(start) }), level, { type: 'endTurn' });
    const ignored = must(start, level, { type: 'endTurn' });
    expect(answered.members.TJK.loyalty).toBeGreaterThan(ignored.members.TJK.loyalty);
    expect(answered.tracks.credibility).toBeGreaterThan(ignored.tracks.credibility);
    for (const id of ['KAZ', 'KGZ'] as const) {
      expect(answered.members[id].lastDecision!.factors.some((f) => f.rule === 'alliancePromise' && f.size > 0)).toBe(true);
      expect(answered.members[id].loyalty).toBeGreaterThan(ignored.members[id].loyalty);
    }
    // Worth its weight, scaled by the credibility Moscow had when the member weighed it (C3).
    const gate = 1 + level.weights.credibilityGate * ((answered.log[0]!.tracks.credibility - 50) / 50);
    expect(answered.members.TJK.lastDecision!.factors).toContainEqual(expect.objectContaining({ rule: 'crisisCallAnswered', size: Math.round(level.weights.answeredCall * gate * 10) / 10 }));
  });
});

describe('C7: an unanswered call leaves a lasting grievance (¶8, ¶9)', () => {
  const armenianCall = (s: GameState): Action[] => {
    const open = s.requests.find((r) => r.member === 'ARM' && r.status === 'open' && r.source === 'azerbaijan-attack');
    return open ? [{ type: 'answerCrisisCall', request: open.id }] : [];
  };
  const answered = games(armenianCall);
  const ignored = games();
  it('Armenia\'s grievance outlasts the month, and weighs on it to the end', () => {
    expect(answered[0]!.log[4]!.actions).toContainEqual(expect.objectContaining({ type: 'answerCrisisCall' }));
    expect(ignored[0]!.members.ARM.grievance).toBeGreaterThan(answered[0]!.members.ARM.grievance + 5);
    const lastTurnGrievance = (g: GameState) => g.log[7]!.members.ARM.factors.find((f) => f.rule === 'grievance')?.size ?? 0;
    expect(lastTurnGrievance(ignored[0]!)).toBeLessThan(lastTurnGrievance(answered[0]!));
    expect(endLoyalty(ignored, 'ARM')).toBeLessThan(endLoyalty(answered, 'ARM'));
  });
  it('Armenia airs its grievance at a summit', () => {
    const first = playGame(level, 1).log[0]!;
    expect(first.members.ARM.factors).toContainEqual(expect.objectContaining({ rule: 'summit', size: -level.weights.summitGrievance }));
  });
});

describe('C8: Armenia resents arms sold to Azerbaijan (¶9, ¶10)', () => {
  it('stopping the sales brings Armenia closer', () => {
    const stopped = games(onTurn(1, [{ type: 'stopArmsToAzerbaijan' }]));
    const running = games();
    expect(ruleTotal(running[0]!, 'ARM', 'armedAdversary')).toBeLessThan(0);
    expect(ruleTotal(stopped[0]!, 'ARM', 'armedAdversary')).toBeGreaterThan(0);
    expect(endLoyalty(stopped, 'ARM')).toBeGreaterThan(endLoyalty(running, 'ARM'));
  });
  it('no other member cares', () => {
    expect(ruleTotal(games()[0]!, 'KAZ', 'armedAdversary')).toBe(0);
  });
});

describe('C9: the alliance does not treat Russia\'s war as its own (¶10)', () => {
  it('a demand for solidarity pushes the four away; dependent Belarus goes along a little', () => {
    const start = newGame(level, { seed: 2 });
    const baseline = must(start, level, { type: 'endTurn' });
    for (const id of OTHERS) {
      const asked = must(must(start, level, { type: 'demandSolidarity', member: id }), level, { type: 'endTurn' });
      expect(asked.members[id].loyalty, id).toBeLessThan(baseline.members[id].loyalty);
    }
    const belarus = must(must(start, level, { type: 'demandSolidarity', member: 'BLR' }), level, { type: 'endTurn' });
    expect(belarus.members.BLR.loyalty).toBeGreaterThan(baseline.members.BLR.loyalty);
  });
  it('strikes on Russia raise no call for collective defence', () => {
    for (const event of level.events.filter((e) => e.kind === 'war')) {
      expect(event.effects.some((e) => e.type === 'crisisCall'), event.id).toBe(false);
    }
  });
});

describe('C10: a paper tiger — forces tied down in Ukraine limit help elsewhere (¶11)', () => {
  it('without reserves Moscow cannot answer a call, and nothing changes', () => {
    const poor = variant(level, (l) => void (l.resources.start.militaryReserves = 1));
    const start = newGame(poor, { seed: 1 });
    const request = start.requests.find((r) => r.kind === 'crisisCall')!.id;
    const result = act(poor, start, { type: 'answerCrisisCall', request });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unaffordable');
    expect(start.requests.find((r) => r.id === request)!.status).toBe('open');
  });
  it('pulling forces out of Ukraine frees reserves but worsens the war, and credibility with it', () => {
    const start = newGame(level, { seed: 1 });
    const pulled = must(start, level, { type: 'redeploy', to: 'reserve' });
    expect(pulled.resources.militaryReserves).toBeGreaterThan(start.resources.militaryReserves);
    const after = (s: GameState) => must(s, level, { type: 'endTurn' });
    expect(after(pulled).tracks.credibility).toBeLessThan(after(start).tracks.credibility);
  });
});

describe('C11: Moscow cannot force members to side with it openly (¶12)', () => {
  it('coercion buys compliance for a month and costs more later', () => {
    const start = newGame(level, { seed: 4 });
    const coerced = must(must(start, level, { type: 'coerce', member: 'KAZ' }), level, { type: 'endTurn' });
    const left = must(start, level, { type: 'endTurn' });
    expect(coerced.members.KAZ.loyalty).toBeGreaterThan(left.members.KAZ.loyalty);
    const coercedGames = games(onTurn(1, [{ type: 'coerce', member: 'KAZ' }]));
    expect(endLoyalty(coercedGames, 'KAZ')).toBeLessThan(endLoyalty(games(), 'KAZ'));
  });
  it('never lifts a member into open backing', () => {
    const close = variant(level, (l) => {
      l.members.BLR.loyalty = 58;
      l.members.BLR.anchor = 58;
    });
    for (const seed of SEEDS.slice(0, 10)) {
      const start = newGame(close, { seed });
      const coerced = must(must(start, close, { type: 'coerce', member: 'BLR' }), close, { type: 'endTurn' });
      const left = must(start, close, { type: 'endTurn' });
      const fullCompliance = close.weights.coerceCompliance * close.members.BLR.dependence;
      // Full compliance would carry Belarus into open backing; the rule stops short of it.
      expect(left.members.BLR.loyalty + fullCompliance).toBeGreaterThanOrEqual(close.stanceBounds.backs);
      expect(coerced.members.BLR.stance).not.toBe('backs');
      expect(coerced.members.BLR.loyalty).toBeGreaterThan(left.members.BLR.loyalty);
    }
  });
  it('a member once coerced never backs later, however it is courted', () => {
    const close = variant(level, (l) => {
      l.members.BLR.loyalty = 58;
      l.members.BLR.anchor = 58;
    });
    const courted = (): Action[] => [{ type: 'economicAid', member: 'BLR' }, { type: 'securityHelp', member: 'BLR' }, { type: 'demandSolidarity', member: 'BLR' }];
    for (const seed of SEEDS.slice(0, 10)) {
      const plain = playGame(close, seed, courted);
      const once = playGame(close, seed, (s) => [...(s.turn === 1 ? [{ type: 'coerce', member: 'BLR' } as Action] : []), ...courted()]);
      // Courted alone, Belarus backs at some month; coerced once first, it never does (C11).
      expect(plain.log.some((r) => r.members.BLR.stance === 'backs')).toBe(true);
      expect(once.log.some((r) => r.members.BLR.stance === 'backs')).toBe(false);
      expect(once.log.slice(1).some((r) => r.members.BLR.factors.some((f) => f.rule === 'coercion' && f.size < 0))).toBe(true);
    }
  });
  it('each repeat buys less compliance and more resentment, and sends the member to the rivals', () => {
    const start = newGame(level, { seed: 2 });
    const once = must(must(start, level, { type: 'coerce', member: 'KGZ' }), level, { type: 'endTurn' });
    const twice = must(must(once, level, { type: 'coerce', member: 'KGZ' }), level, { type: 'endTurn' });
    const compliance = (s: GameState) => s.members.KGZ.lastDecision!.factors.find((f) => f.rule === 'coercion')!.size;
    expect(compliance(twice)).toBeLessThan(compliance(once));
    const left = must(start, level, { type: 'endTurn' });
    const leftTwice = must(left, level, { type: 'endTurn' });
    const resentment = (a: GameState, b: GameState) => a.members.KGZ.grievance - b.members.KGZ.grievance;
    expect(resentment(twice, leftTwice) - resentment(once, left)).toBeGreaterThan(resentment(once, left));
    expect(once.members.KGZ.ties.USA + once.members.KGZ.ties.TUR).toBeGreaterThan(left.members.KGZ.ties.USA + left.members.KGZ.ties.TUR);
  });
  it('coercing a member every month leaves it further from Moscow than never coercing it', () => {
    for (const id of MEMBERS) {
      const every = games((s) => (s.turn <= level.turns ? [{ type: 'coerce', member: id }] : []));
      expect(endLoyalty(every, id), id).toBeLessThan(endLoyalty(games(), id));
    }
  });
  it('the others watch: coercing one costs every other member', () => {
    const start = newGame(level, { seed: 6 });
    const coerced = must(must(start, level, { type: 'coerce', member: 'KGZ' }), level, { type: 'endTurn' });
    const left = must(start, level, { type: 'endTurn' });
    for (const id of MEMBERS.filter((m) => m !== 'KGZ')) {
      expect(coerced.members[id].lastDecision!.factors).toContainEqual({ rule: 'coercionWatched', size: -level.weights.coerceWatch });
      expect(coerced.members[id].loyalty).toBeLessThan(left.members[id].loyalty);
    }
  });
});

describe('C13: in a direct confrontation with NATO, Russia stands alone (¶14)', () => {
  const confrontationTurn = level.events.find((e) => e.effects.some((x) => x.type === 'confrontation'))!.turn!;
  it('the level has a dated confrontation', () => {
    expect(level.events.find((e) => e.id === 'przewodow-missile')?.claims).toContain('C13');
  });
  it('in it every member moves away and none backs, even one courted to the line', () => {
    const close = variant(level, (l) => {
      l.members.BLR.loyalty = 58;
      l.members.BLR.anchor = 58;
    });
    const courted = (s: GameState): Action[] => (s.turn === confrontationTurn ? [{ type: 'economicAid', member: 'BLR' }, { type: 'securityHelp', member: 'BLR' }] : []);
    for (const seed of SEEDS.slice(0, 10)) {
      const end = playGame(close, seed, courted);
      const month = end.log[confrontationTurn - 1]!;
      for (const id of MEMBERS) expect(month.members[id].factors.some((f) => f.rule === 'confrontation' && f.size < 0), `${seed} ${id}`).toBe(true);
      expect(MEMBERS.some((id) => month.members[id].stance === 'backs')).toBe(false);
    }
    // Without the confrontation the same members would be closer that month.
    const calm = variant(level, (l) => void (l.weights.confrontation = 0));
    for (const seed of SEEDS.slice(0, 10)) {
      const a = playGame(level, seed).log[confrontationTurn - 1]!;
      const b = playGame(calm, seed).log[confrontationTurn - 1]!;
      for (const id of MEMBERS) expect(a.members[id].loyalty).toBeLessThan(b.members[id].loyalty);
    }
  });
});

describe('C12: no member recognises the annexations (¶13)', () => {
  it('pressing one fails, costs its goodwill, and the others stiffen', () => {
    const start = newGame(level, { seed: 5 });
    const pressed = must(must(start, level, { type: 'pressRecognition', member: 'KGZ' }), level, { type: 'endTurn' });
    const left = must(start, level, { type: 'endTurn' });
    expect(pressed.members.KGZ.loyalty).toBeLessThan(left.members.KGZ.loyalty);
    expect(pressed.members.KAZ.lastDecision!.factors).toContainEqual(expect.objectContaining({ rule: 'recognitionWatched' }));
    expect(pressed.members.KAZ.loyalty).toBeLessThan(left.members.KAZ.loyalty);
  });
});

describe('C13: NATO grows, and Russia would stand alone (¶2, ¶14)', () => {
  it('the further enlargement goes, the further members keep from Moscow', () => {
    const small = variant(level, (l) => void (l.tracks.natoEnlargement = 0));
    const large = variant(level, (l) => void (l.tracks.natoEnlargement = 90));
    for (const id of OTHERS) expect(endLoyalty(games(undefined, small), id)).toBeGreaterThan(endLoyalty(games(undefined, large), id));
  });
  it('Finland and Sweden\'s applications and the Madrid summit move the track', () => {
    const end = playGame(level, 1);
    expect(end.tracks.natoEnlargement).toBeGreaterThanOrEqual(level.tracks.natoEnlargement + 40);
  });
});

describe('C14: the game scores how far the orbit holds (¶13)', () => {
  it('a closer alliance scores higher', () => {
    const end = playGame(level, 1);
    const closer = structuredClone(end);
    closer.members.KGZ.loyalty += 30;
    closer.members.KGZ.stance = 'leans';
    expect(scoreOf(level, closer)).toBeGreaterThan(scoreOf(level, end));
  });
  it('aid keeps a member in the orbit, each package buying less', () => {
    const aided = games(() => [{ type: 'economicAid', member: 'KGZ' }]);
    expect(endLoyalty(aided, 'KGZ')).toBeGreaterThan(endLoyalty(games(), 'KGZ'));
    const sizes = aided[0]!.log.map((r) => r.members.KGZ.factors.find((f) => f.rule === 'aid')?.size ?? 0).filter((size) => size !== 0);
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes[0]).toBeGreaterThan(0);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]!);
  });
  it('a summit draws in members without grievances', () => {
    const start = playTo(level, 1, 4);
    const summit = must(must(start, level, { type: 'hostSummit' }), level, { type: 'endTurn' });
    const none = must(start, level, { type: 'endTurn' });
    expect(summit.members.KGZ.loyalty).toBeGreaterThan(none.members.KGZ.loyalty);
  });
});
