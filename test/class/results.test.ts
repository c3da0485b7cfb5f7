// The class figures, from games played here by fixed plans and policies, sealed into codes and
// read back as the results page reads them; every figure is counted again here another way.
import { describe, expect, it } from 'vitest';
import { makePolicy, MEMBERS, newGame, playOut, policyRng, type Action, type GameState, type Level, type MemberId, type Stance } from '../../src/engine';
import { classResults, contrast, ORDER_KINDS, type Choice, type LevelGroup } from '../../src/class/results';
import { codesFromHash, findCodes, readCodeList, resultsLink } from '../../src/class/code-list';
import { csvField, toCsv } from '../../src/class/csv';
import { readResultCode, resultCode, type PlayedResult } from '../../src/class/result-code';
import { loadLevelFile, playGame } from '../engine/play';

const LEVELS: Record<string, Level> = { 'may-2022': loadLevelFile('may-2022'), 'autumn-2022': loadLevelFile('autumn-2022') };
const MAY = LEVELS['may-2022']!;
const AUTUMN = LEVELS['autumn-2022']!;

const openCalls = (s: GameState): Action[] => s.requests.filter((r) => r.kind === 'crisisCall' && r.status === 'open').map((r) => ({ type: 'answerCrisisCall', request: r.id }));
/** Fixed plans a class might follow: each gives a month's orders from the state. */
const PLANS: Record<string, (s: GameState) => Action[]> = {
  passive: () => [],
  answerCalls: openCalls,
  coerceKyrgyzstan: () => [{ type: 'coerce', member: 'KGZ' }],
  principled: (s) => [{ type: 'nordicLine', line: 'principled' }, { type: 'stopArmsToAzerbaijan' }, ...(s.turn === 1 ? openCalls(s) : [])],
  blindEye: () => [{ type: 'nordicLine', line: 'blindEye' }, { type: 'redeploy', to: 'ukraine' }],
  helpTajikistan: (s) => [{ type: 'securityHelp', member: 'TJK' }, { type: 'economicAid', member: 'KAZ' }, ...openCalls(s)],
};

interface Played {
  level: Level;
  game: GameState;
  name: string;
  whatIf: boolean;
}

function classGames(): Played[] {
  const out: Played[] = [];
  // Half the class on one seed, so players of the same game can be compared.
  for (const [i, plan] of Object.keys(PLANS).entries()) out.push({ level: MAY, game: playGame(MAY, 2022, PLANS[plan]!, 'standard'), name: `Plan ${plan}`, whatIf: i === 3 });
  for (const [i, plan] of Object.keys(PLANS).entries()) out.push({ level: MAY, game: playGame(MAY, 40 + i, PLANS[plan]!, 'standard'), name: `Ученик ${i}`, whatIf: false });
  for (const seed of [1, 2, 3]) {
    for (const policy of ['greedy', 'random'] as const) {
      out.push({ level: MAY, game: playOut(MAY, newGame(MAY, { seed, difficulty: 'gentle' }), makePolicy(policy), policyRng(seed * 7)), name: `${policy} ${seed}`, whatIf: false });
    }
  }
  // A game handed in half-played, and two of another level.
  out.push({ level: MAY, game: playOut(MAY, newGame(MAY, { seed: 9 }), makePolicy('random'), policyRng(9), 12), name: 'Unfinished', whatIf: false });
  out.push({ level: AUTUMN, game: playGame(AUTUMN, 5, PLANS.answerCalls!), name: 'Autumn A', whatIf: false });
  out.push({ level: AUTUMN, game: playGame(AUTUMN, 5, PLANS.coerceKyrgyzstan!), name: 'Autumn B', whatIf: false });
  return out;
}

const PLAYED = classGames();
const CODES = PLAYED.map((p) => resultCode(p.level, p.game, { name: p.name, whatIf: p.whatIf })!);
const READ: PlayedResult[] = CODES.map((code) => {
  const read = readResultCode(code, LEVELS);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
});
const RESULTS = classResults(READ);
const MAY_GROUP = RESULTS.groups.find((g) => g.level.id === 'may-2022')!;
const finishedMay = PLAYED.filter((p) => p.level === MAY && p.game.phase === 'over');

const orbit = (s: Stance) => s === 'backs' || s === 'leans';
const rate = (games: Played[], good: (p: Played) => boolean) => (games.length ? games.filter(good).length / games.length : null);
const choiceById = (group: LevelGroup, id: string) => group.choices.find((c) => c.id === id)!;

describe('class results', () => {
  it('the class is varied enough to test anything', () => {
    expect(finishedMay.length).toBeGreaterThanOrEqual(15);
    expect(new Set(finishedMay.map((p) => p.game.result!.outcome)).size).toBe(2);
    expect(new Set(finishedMay.map((p) => MEMBERS.map((id) => p.game.members[id].stance).join())).size).toBeGreaterThanOrEqual(4);
  });

  it('give each code a row: name, outcome, score, final stances, orders by kind, what-if', () => {
    expect(RESULTS.rows).toHaveLength(PLAYED.length);
    RESULTS.rows.forEach((row, i) => {
      const { game, name, whatIf, level } = PLAYED[i]!;
      expect(row).toMatchObject({ index: i, name, whatIf, level: level.id, seed: game.seed, difficulty: game.difficulty, code: CODES[i] });
      expect(row.outcome).toBe(game.phase === 'over' ? game.result!.outcome : 'unfinished');
      expect(row.score).toBe(game.phase === 'over' ? game.result!.score : game.score);
      for (const id of MEMBERS) expect(row.stances[id]).toBe(game.members[id].stance);
      const given = game.actions.map((a) => a.action).filter((a) => a.type !== 'endTurn');
      expect(Object.values(row.orders).reduce((a, b) => a + b, 0)).toBe(given.length);
      expect(row.orders.coerce).toBe(given.filter((a) => a.type === 'coerce').length);
      expect(row.orders['nordicLine.principled']).toBe(given.filter((a) => a.type === 'nordicLine' && a.line === 'principled').length);
      expect(row.orders['redeploy.ukraine']).toBe(given.filter((a) => a.type === 'redeploy' && a.to === 'ukraine').length);
      expect(row.orders.answerCrisisCall).toBe(given.filter((a) => a.type === 'answerCrisisCall').length);
    });
    expect(RESULTS.rows.find((r) => r.name === 'Unfinished')!.outcome).toBe('unfinished');
  });

  it('group the games by level, counting finished games only', () => {
    expect(RESULTS.groups.map((g) => g.level.id)).toEqual(['may-2022', 'autumn-2022']);
    expect(MAY_GROUP.rows).toHaveLength(PLAYED.filter((p) => p.level === MAY).length);
    expect(MAY_GROUP.finishedRows).toHaveLength(finishedMay.length);
    expect(RESULTS.groups[1]!.rows).toEqual([PLAYED.length - 2, PLAYED.length - 1]);
  });

  it('count the endings: each distinct pattern of final stances and how often', () => {
    const counts: Record<string, number> = {};
    for (const p of finishedMay) {
      const key = MEMBERS.map((id) => p.game.members[id].stance).join();
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(MAY_GROUP.endings).toHaveLength(Object.keys(counts).length);
    for (const e of MAY_GROUP.endings) {
      const key = MEMBERS.map((id) => e.stances[id]).join();
      expect(e.count, key).toBe(counts[key]);
      expect(e.share).toBeCloseTo(counts[key]! / finishedMay.length);
      expect(e.rows.map((r) => RESULTS.rows[r]!.name).sort()).toEqual(finishedMay.filter((p) => MEMBERS.map((id) => p.game.members[id].stance).join() === key).map((p) => p.name).sort());
    }
    expect(MAY_GROUP.endings[0]!.count).toBe(Math.max(...Object.values(counts)));
    expect(MAY_GROUP.endings.map((e) => e.count)).toEqual([...MAY_GROUP.endings.map((e) => e.count)].sort((a, b) => b - a));
  });

  it('count how often each lever was used', () => {
    for (const use of MAY_GROUP.levers) {
      const matches = (a: Action) => ORDER_KINDS.includes(use.kind) && (a.type === use.kind || `${a.type}.${a.line ?? a.to}` === use.kind);
      const per = finishedMay.map((p) => p.game.actions.filter(({ action }) => matches(action)).length);
      expect(use.orders, use.kind).toBe(per.reduce((a, b) => a + b, 0));
      expect(use.players, use.kind).toBe(per.filter((n) => n > 0).length);
    }
    expect(MAY_GROUP.levers.find((l) => l.kind === 'coerce')!.players).toBeGreaterThanOrEqual(2);
  });

  it('say what followed each choice: among those who made it against the others', () => {
    // Tajikistan's call in May (the rockets from Afghanistan): counted from the orders given.
    const call = choiceById(MAY_GROUP, 'call:isk-rockets@1');
    expect(call).toMatchObject({ member: 'TJK', turn: 1, measure: 'orbit', eligible: finishedMay.length });
    const answered = (p: Played) => p.game.actions.some(({ action, turn }) => action.type === 'answerCrisisCall' && action.request === 'isk-rockets@1' && turn === 1);
    const makers = finishedMay.filter(answered);
    const others = finishedMay.filter((p) => !answered(p));
    expect(makers.length).toBeGreaterThanOrEqual(3);
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(call.made).toBe(makers.length);
    expect(call.share).toBeCloseTo(makers.length / finishedMay.length);
    expect(call.makers.rate).toBeCloseTo(rate(makers, (p) => orbit(p.game.members.TJK.stance))!);
    expect(call.others.rate).toBeCloseTo(rate(others, (p) => orbit(p.game.members.TJK.stance))!);

    // Coercing Kyrgyzstan at least once.
    const coerced = (p: Played) => p.game.actions.some(({ action }) => action.type === 'coerce' && action.member === 'KGZ');
    const coerce = choiceById(MAY_GROUP, 'lever:coerce:KGZ');
    expect(coerce.made).toBe(finishedMay.filter(coerced).length);
    expect(coerce.makers.mean).toBeCloseTo(finishedMay.filter(coerced).reduce((sum, p) => sum + p.game.members.KGZ.loyalty, 0) / coerce.made);
    expect(coerce.others.rate).toBeCloseTo(rate(finishedMay.filter((p) => !coerced(p)), (p) => orbit(p.game.members.KGZ.stance))!);

    // The principled line on Finland and Sweden, weighed by games won.
    const principled = (p: Played) => p.game.actions.some(({ action }) => action.type === 'nordicLine' && action.line === 'principled');
    const line = choiceById(MAY_GROUP, 'nordic:principled');
    expect(line.measure).toBe('win');
    expect(line.made).toBe(finishedMay.filter(principled).length);
    expect(line.makers.rate).toBeCloseTo(rate(finishedMay.filter(principled), (p) => p.game.result!.outcome === 'win')!);
    expect(line.others.rate).toBeCloseTo(rate(finishedMay.filter((p) => !principled(p)), (p) => p.game.result!.outcome === 'win')!);

    // Stopping arms to Azerbaijan concerns Armenia.
    const stopped = (p: Played) => p.game.actions.some(({ action }) => action.type === 'stopArmsToAzerbaijan');
    const arms = choiceById(MAY_GROUP, 'arms:stop');
    expect(arms.member).toBe('ARM');
    expect(arms.makers.rate).toBeCloseTo(rate(finishedMay.filter(stopped), (p) => orbit(p.game.members.ARM.stance))!);
  });

  it('only count a call among the games it came in', () => {
    for (const c of MAY_GROUP.choices.filter((x) => x.kind === 'answerCall')) {
      const request = c.id.slice('call:'.length);
      const had = finishedMay.filter((p) => p.game.requests.some((r) => r.id === request));
      expect(c.eligible, c.id).toBe(had.length);
      expect(c.made, c.id).toBe(had.filter((p) => p.game.actions.some(({ action }) => action.type === 'answerCrisisCall' && action.request === request)).length);
      expect(c.makers.count + c.others.count).toBe(c.eligible);
    }
    // Calls drawn by chance come to some games and not others.
    expect(MAY_GROUP.choices.some((c) => c.kind === 'answerCall' && c.eligible < finishedMay.length)).toBe(true);
  });

  it('sum the factors that moved members across the class', () => {
    const totals: Record<string, number> = {};
    const nets: Record<string, number> = {};
    let all = 0;
    for (const p of finishedMay) {
      for (const record of p.game.log) {
        for (const id of MEMBERS) {
          for (const f of record.members[id].factors) {
            totals[f.rule] = (totals[f.rule] ?? 0) + Math.abs(f.size);
            nets[f.rule] = (nets[f.rule] ?? 0) + f.size;
            all += Math.abs(f.size);
          }
        }
      }
    }
    expect(MAY_GROUP.factors.map((f) => f.rule).sort()).toEqual(Object.keys(totals).sort());
    for (const f of MAY_GROUP.factors) {
      expect(f.total, f.rule).toBeCloseTo(totals[f.rule]!, 6);
      expect(f.net, f.rule).toBeCloseTo(nets[f.rule]!, 6);
      expect(f.share).toBeCloseTo(totals[f.rule]! / all, 9);
      expect(MEMBERS.reduce((sum, id) => sum + f.byMember[id], 0)).toBeCloseTo(nets[f.rule]!, 6);
    }
    expect(MAY_GROUP.factors[0]!.total).toBe(Math.max(...Object.values(totals)));
  });

  it('draw discussion prompts from the class: the largest gap on one seed, the usual ending, a telling choice', () => {
    const kinds = MAY_GROUP.prompts.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['same-seed', 'common-ending', 'choice', 'top-factor']));

    const same = MAY_GROUP.prompts.find((p) => p.kind === 'same-seed')!;
    if (same.kind !== 'same-seed') throw new Error('no same-seed prompt');
    let gap = 0;
    for (const a of finishedMay) for (const b of finishedMay) if (a !== b && a.game.seed === b.game.seed && a.game.difficulty === b.game.difficulty) gap = Math.max(gap, Math.abs(a.game.result!.score - b.game.result!.score));
    expect(same.scoreGap).toBe(gap);
    const [a, b] = [RESULTS.rows[same.a]!, RESULTS.rows[same.b]!];
    expect(a.seed).toBe(b.seed);
    expect(a.score - b.score).toBe(gap);
    expect(same.members).toEqual(MEMBERS.filter((id) => a.stances[id] !== b.stances[id]));
    for (const kind of same.orders) expect(a.orders[kind]).not.toBe(b.orders[kind]);

    const common = MAY_GROUP.prompts.find((p) => p.kind === 'common-ending')!;
    if (common.kind === 'common-ending') expect(common.ending).toBe(MAY_GROUP.endings[0]);

    const telling = MAY_GROUP.prompts.find((p) => p.kind === 'choice')!;
    if (telling.kind !== 'choice') throw new Error('no choice prompt');
    const fair = MAY_GROUP.choices.filter((c: Choice) => c.makers.count >= 2 && c.others.count >= 2);
    expect(contrast(telling.choice)).toBe(Math.max(...fair.map(contrast)));
    expect(telling.choice.makers.count).toBeGreaterThanOrEqual(2);

    const top = MAY_GROUP.prompts.find((p) => p.kind === 'top-factor')!;
    if (top.kind === 'top-factor') expect(top.factor).toBe(MAY_GROUP.factors.find((f) => f.rule !== 'orbit' && f.rule !== 'event'));
  });

  it('ask why a member ended the same in every game, whatever was done to it', () => {
    const unmoved = MAY_GROUP.prompts.find((p) => p.kind === 'unmoved');
    const same = MEMBERS.filter((id) => new Set(finishedMay.map((p) => p.game.members[id].stance)).size === 1);
    if (unmoved?.kind === 'unmoved') {
      expect(same).toContain(unmoved.member);
      expect(unmoved.stance).toBe(finishedMay[0]!.game.members[unmoved.member].stance);
    } else {
      // No prompt only when every member ended differently somewhere, or nobody aimed an order at the one that did not.
      const aimed = (id: MemberId) => finishedMay.some((p) => p.game.actions.some(({ action }) => action.member === id));
      expect(same.filter(aimed)).toEqual([]);
    }
  });

  it('read codes out of pasted text and CSV cells, with their lines', () => {
    const csv = [
      '\uFEFFName,Code,Date',
      `"Petrova, Anna","${CODES[0]}",2024-05-02`,
      '',
      'a line of prose with no code',
      `Bo;${CODES[1]};x`,
      `  ${CODES[2]}  `,
      `'${CODES[3]}'\t${CODES[4]}`,
      `PA1.broken`,
      CODES[0],
    ].join('\r\n');
    const { codes, skipped } = findCodes(csv);
    expect(codes).toEqual([
      { line: 2, code: CODES[0] }, { line: 5, code: CODES[1] }, { line: 6, code: CODES[2] }, { line: 7, code: CODES[3] }, { line: 7, code: CODES[4] },
      { line: 8, code: 'PA1.broken' }, { line: 9, code: CODES[0] },
    ]);
    expect(skipped).toEqual([1, 4]);
    const { read } = readCodeList(csv, LEVELS);
    expect(read.map((r) => (r.kind === 'game' ? 'ok' : r.kind === 'duplicate' ? `dup ${r.duplicateOf}` : r.errors[0]!.code))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'cut', 'dup 2']);
  });

  it('read the codes a page address carries in its hash', () => {
    expect(codesFromHash(`#codes=${CODES[0]},${CODES[1]}`)).toEqual([CODES[0], CODES[1]]);
    // The link a result's QR code opens reads back as its codes, beside the game's own page.
    const link = new URL(resultsLink('https://school.example/game/index.html?lang=ru', [CODES[0]!, CODES[1]!]));
    expect(link.pathname).toBe('/game/results.html');
    expect(codesFromHash(link.hash)).toEqual([CODES[0], CODES[1]]);
    expect(codesFromHash(`#codes=${encodeURIComponent(`${CODES[0]},${CODES[1]}`)}`)).toEqual([CODES[0], CODES[1]]);
    expect(codesFromHash('#level=1')).toEqual([]);
    expect(codesFromHash('#codes=%E0%A4%A')).toEqual(['%E0%A4%A']);
  });

  it('write CSV a spreadsheet reads back cell for cell', () => {
    const rows = [['Name', 'Score'], ['Petrova, "Anna"', 12.5], ['=HYPERLINK("x")', -3], ['line\nbreak', true], [' padded ', 0]];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([['Name', 'Score'], ['Petrova, "Anna"', '12.5'], [`'=HYPERLINK("x")`, '-3'], ['line\nbreak', '1'], [' padded ', '0']]);
    expect(csvField('-5')).toBe("'-5");
  });
});

/** RFC 4180, read the plain way, to check what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}
