// A class's worth of games played here, as result codes: what the results page's benchmark and
// browser tests paste in. Players share a few class links (seeds) and play them in different ways.
import { act, makePolicy, newGame, playOut, policyRng, type Action, type GameState, type Level } from '../engine';
import { resultCode } from '../class/result-code';
import { loadLevel } from './levels';

const NAMES = [
  'Anna Petrova', 'Ben', 'Chloé', 'Dmitri S.', 'Elif', 'Farida', 'George', 'Hana', 'Ivan', 'Jasmine', 'Kirill', 'Lena', 'Marat', 'Nadia',
  'Oscar', 'Polina', 'Quentin', 'Rustam', 'Sofia', 'Timur', 'Ulyana', 'Viktor', 'Wen', 'Xenia', 'Yusuf', 'Zarina',
  'Алина', 'Богдан', 'Вера', 'Глеб', 'Дарья', 'Егор', 'Жанна', 'Зоя', 'Игорь', 'Ксения', 'Лев', 'Мария', 'Никита', 'Ольга',
];

const openCalls = (s: GameState): Action[] => s.requests.filter((r) => r.kind === 'crisisCall' && r.status === 'open').map((r) => ({ type: 'answerCrisisCall', request: r.id }));
/** Plans a student might follow all game: each gives a month's orders. */
const PLANS: ((s: GameState) => Action[])[] = [
  openCalls,
  (s) => [{ type: 'nordicLine', line: 'principled' }, { type: 'stopArmsToAzerbaijan' }, ...openCalls(s)],
  () => [{ type: 'coerce', member: 'KGZ' }, { type: 'nordicLine', line: 'blindEye' }],
  (s) => [{ type: 'securityHelp', member: 'TJK' }, { type: 'economicAid', member: 'KAZ' }, ...(s.turn <= 2 ? openCalls(s) : [])],
  () => [{ type: 'redeploy', to: 'ukraine' }, { type: 'demandSolidarity', member: 'BLR' }],
];

function playPlan(level: Level, seed: number, difficulty: string, plan: (s: GameState) => Action[]): GameState {
  let state = newGame(level, { seed, difficulty });
  while (state.phase !== 'over') {
    for (const action of plan(state)) {
      const next = act(level, state, action);
      if (next.ok) state = next.value.state;
    }
    const end = act(level, state, { type: 'endTurn' });
    if (!end.ok) throw new Error(end.error.message);
    state = end.value.state;
  }
  return state;
}

export function classLevels(): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const id of ['may-2022', 'autumn-2022']) {
    const loaded = loadLevel(id);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    out[id] = loaded.level;
  }
  return out;
}

/** `count` result codes of `may-2022` at standard difficulty: a few seeds, each played by plans and policies. */
export function classCodes(count = 40, levels = classLevels()): string[] {
  const level = levels['may-2022']!;
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = [2022, 7, 31][i % 3]!;
    const k = Math.floor(i / 3);
    const game = k % 3 === 2
      ? playOut(level, newGame(level, { seed, difficulty: 'standard' }), makePolicy(k % 2 ? 'random' : 'greedy'), policyRng(1000 + i))
      : playPlan(level, seed, 'standard', PLANS[(i + k) % PLANS.length]!);
    const code = resultCode(level, game, { name: NAMES[i % NAMES.length]!, whatIf: i % 11 === 5 });
    if (!code) throw new Error('a game the result code cannot hold');
    codes.push(code);
  }
  return codes;
}
