// The command-line simulator: plays whole games headless and prints them as JSON.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DEFAULT_BUDGET, MEMBERS, POLICIES, act, hasId, actUntrusted, isoMonth, legalActions, makePolicy, newGame, playOut, policyRng,
  type GameState, type Level, type PolicyName,
} from '../engine';
// Factors are printed in the game's English words, the same the rulebook uses.
import { factorText } from '../ui/text';
import { loadLevel } from './levels';

const USAGE = `usage: npm run sim -- --level ID [--seed N] [--policy passive|random|greedy|search] [--difficulty NAME]
                      [--games N] [--budget N] [--no-coerce] [--actions FILE] [--list-actions] [--json]`;

class UsageError extends Error {}

/** An argument as a message shows it: quoted, and cut short if long. */
const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

interface Script {
  turn: number;
  action: unknown;
}

function parseScript(file: string): Script[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read actions file ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${file}: expected a JSON array of { "turn": n, "action": {…} }`);
  return data.map((entry, i) => {
    if (typeof entry !== 'object' || entry === null || !Number.isInteger((entry as Script).turn) || !Object.hasOwn(entry, 'action')) {
      throw new UsageError(`${file}: entry ${i} must be { "turn": n, "action": {…} }`);
    }
    return entry as Script;
  });
}

/** `--list-actions` adds each action's cost and target; a script may keep them, and they are not part of the order. */
function withoutListing(action: unknown): unknown {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) return action;
  const { cost: _cost, target: _target, ...order } = action as Record<string, unknown>;
  return order;
}

/** Apply a script: end turns until each entry's turn comes, then apply its action. */
function playScript(level: Level, start: GameState, script: Script[], file: string): GameState {
  let state = start;
  script.forEach((entry, i) => {
    if (entry.turn < state.turn) throw new UsageError(`${file}: entry ${i} is for turn ${entry.turn}, but the game is already at turn ${state.turn}`);
    while (state.turn < entry.turn && state.phase !== 'over') {
      const ended = act(level, state, { type: 'endTurn' });
      if (ended.ok) state = ended.value.state;
    }
    if (state.phase === 'over') throw new UsageError(`${file}: entry ${i} is for turn ${entry.turn}, after the game ended`);
    const next = actUntrusted(level, state, withoutListing(entry.action));
    if (!next.ok) throw new UsageError(`${file}: entry ${i} (turn ${entry.turn}): ${next.error.code}: ${next.error.message}`);
    state = next.value.state;
  });
  return state;
}

function report(level: Level, state: GameState, policy: PolicyName) {
  const members = Object.fromEntries(MEMBERS.map((id) => [id, { stance: state.members[id].stance, loyalty: state.members[id].loyalty }]));
  return {
    level: level.id,
    seed: state.seed,
    policy,
    difficulty: state.difficulty,
    result: state.result?.outcome ?? 'loss',
    reason: state.result?.reason ?? 'unfinished',
    score: state.result?.score ?? state.score,
    turns: state.log.length,
    objectives: { met: state.result?.met ?? [], missed: state.result?.missed ?? [] },
    members,
    tracks: state.tracks,
    history: state.log.map((record) => ({
      turn: record.turn,
      month: isoMonth(level, record.turn),
      actions: record.actions,
      events: record.events.map((e) => (e.member || e.rival ? { event: e.event, ...(e.member ? { member: e.member } : {}), ...(e.rival ? { rival: e.rival } : {}) } : { event: e.event })),
      members: Object.fromEntries(MEMBERS.map((id) => [id, {
        stance: record.members[id].stance,
        loyalty: record.members[id].loyalty,
        factors: record.members[id].factors.map((f) => factorText(level, id, f)),
      }])),
    })),
  };
}

function summary(game: ReturnType<typeof report>): string {
  const members = MEMBERS.map((id) => `${id} ${game.members[id]!.stance} (${game.members[id]!.loyalty})`).join(', ');
  return `${game.level} seed ${game.seed} ${game.policy} ${game.difficulty}: ${game.result} (${game.reason}), score ${game.score}, ${game.turns} turns — ${members}`;
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        level: { type: 'string' },
        seed: { type: 'string', default: '1' },
        policy: { type: 'string', default: 'passive' },
        difficulty: { type: 'string' },
        games: { type: 'string', default: '1' },
        budget: { type: 'string', default: String(DEFAULT_BUDGET) },
        'no-coerce': { type: 'boolean', default: false },
        actions: { type: 'string' },
        'list-actions': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!values.level) throw new UsageError('--level is required');
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.seed) || !Number.isSafeInteger(seed) || seed > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not ${quote(values.seed)}`);
  const games = Number(values.games);
  if (!/^\d+$/.test(values.games) || games < 1 || games > 1_000_000) throw new UsageError(`--games must be a whole number from 1 to 1000000, not ${quote(values.games)}`);
  if (!(POLICIES as readonly string[]).includes(values.policy)) throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, not ${quote(values.policy)}`);
  const policy = values.policy as PolicyName;
  const budget = Number(values.budget);
  if (!/^\d+$/.test(values.budget) || budget < 1 || budget > 1_000_000) throw new UsageError(`--budget must be a whole number of playouts a month from 1 to 1000000, not ${quote(values.budget)}`);
  const forbid = values['no-coerce'] ? (['coerce'] as const) : [];

  const loaded = loadLevel(values.level);
  if (!loaded.ok) {
    process.stderr.write(`error: bad level\n${loaded.errors.join('\n')}\n`);
    return 1;
  }
  const level = loaded.level;
  if (values.difficulty !== undefined && !hasId(level.difficulties, values.difficulty)) {
    throw new UsageError(`--difficulty must be one of ${Object.keys(level.difficulties).join(', ')}, not ${quote(values.difficulty)}`);
  }
  const options = { seed, ...(values.difficulty ? { difficulty: values.difficulty } : {}) };

  if (values['list-actions']) {
    process.stdout.write(JSON.stringify(legalActions(level, newGame(level, options)).map((l) => ({ ...l.action, cost: l.cost, target: l.target }))) + '\n');
    return 0;
  }
  const script = values.actions ? parseScript(values.actions) : [];
  // Build every line first, so an error leaves nothing half-printed.
  const lines: string[] = [];
  for (let g = 0; g < games; g++) {
    const gameSeed = (seed + g) >>> 0;
    const start = newGame(level, { ...options, seed: gameSeed });
    const scripted = playScript(level, start, script, values.actions ?? '');
    // A fresh policy each game: the search keeps its month's plan between steps.
    const end = playOut(level, scripted, makePolicy(policy, { budget, forbid }), policyRng(gameSeed));
    const game = report(level, end, policy);
    lines.push(values.json ? JSON.stringify(game) : summary(game));
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
