// Engine benchmark: full may-2022 games per second with the random policy, and passive games,
// which time the month's end alone; the time to replay one whole game from its actions; and
// the search's playouts per second at its default budget. Prints figures, asserts nothing.
import { parseArgs } from 'node:util';
import { act, DEFAULT_BUDGET, newGame, playOut, POLICY, policyRng, replay, searchMonth, type Action, type GameState } from '../engine';
import { loadLevel } from './levels';

const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false }, seconds: { type: 'string', default: '3' } } });
const loaded = loadLevel('may-2022');
if (!loaded.ok) {
  process.stderr.write(loaded.errors.join('\n') + '\n');
  process.exit(1);
}
const level = loaded.level;
const budgetMs = Number(values.seconds) * 1000;

function playRandom(seed: number) {
  return playOut(level, newGame(level, { seed }), POLICY.random, policyRng(seed));
}

// Warm up the JIT before measuring.
for (let seed = 0; seed < 2000; seed++) playRandom(seed);

// Time on this process's clock (CPU) as well as the wall's: on a shared machine the wall
// also counts time other processes took, the CPU clock only the time this one ran.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let games = 0;
let actions = 0;
const start = performance.now();
const cpuStart = cpuSeconds();
while (performance.now() - start < budgetMs) {
  for (let i = 0; i < 200; i++) actions += playRandom(games++).actions.length;
}
const wallSeconds = (performance.now() - start) / 1000;
const gamesPerSecond = games / (cpuSeconds() - cpuStart);
const gamesPerWallSecond = games / wallSeconds;

// The floor under that figure: passive games, which end eight months and give no order, so
// they time the month's end (news, rivals, the members' deliberation, the score) alone.
let passiveGames = 0;
const passiveStart = cpuSeconds();
while (cpuSeconds() - passiveStart < budgetMs / 3000) {
  for (let i = 0; i < 200; i++) playOut(level, newGame(level, { seed: passiveGames++ }), POLICY.passive, policyRng(0));
}
const passivePerSecond = passiveGames / (cpuSeconds() - passiveStart);

// Replay: the longest of a batch of random games, replayed many times.
const sample = Array.from({ length: 200 }, (_, seed) => playRandom(seed)).sort((a, b) => b.actions.length - a.actions.length)[0]!;
const script: Action[] = sample.actions.map((a) => a.action);
const rounds = 2000;
const replayStart = cpuSeconds();
for (let i = 0; i < rounds; i++) replay(level, { seed: sample.seed }, script);
const replayMs = ((cpuSeconds() - replayStart) * 1000) / rounds;

// Search: whole months planned at the default budget, from the start of each month of a passive game.
const months: GameState[] = [];
for (let state = newGame(level, { seed: 1 }); state.phase !== 'over'; ) {
  months.push(state);
  const ended = act(level, state, { type: 'endTurn' });
  if (!ended.ok) break;
  state = ended.value.state;
}
for (let i = 0; i < 2; i++) searchMonth(level, months[i % months.length]!, policyRng(i), { budget: DEFAULT_BUDGET });
let playouts = 0;
let plans = 0;
const searchStart = cpuSeconds();
while (cpuSeconds() - searchStart < budgetMs / 3000) {
  playouts += searchMonth(level, months[plans % months.length]!, policyRng(plans), { budget: DEFAULT_BUDGET }).playouts;
  plans++;
}
const searchSeconds = cpuSeconds() - searchStart;

const figures = {
  gamesPerSecond: Math.round(gamesPerSecond),
  gamesPerWallSecond: Math.round(gamesPerWallSecond),
  replayMs: Number(replayMs.toFixed(4)),
  actionsPerGame: Number((actions / games).toFixed(1)),
  passivePerSecond: Math.round(passivePerSecond),
  replayActions: script.length,
  playoutsPerSecond: Math.round(playouts / searchSeconds),
  monthMs: Number(((searchSeconds * 1000) / plans).toFixed(1)),
};
if (values.json) {
  process.stdout.write(JSON.stringify({ gamesPerSecond: figures.gamesPerSecond, passiveGamesPerSecond: figures.passivePerSecond, replayMs: figures.replayMs, playoutsPerSecond: figures.playoutsPerSecond }) + '\n');
} else {
  process.stdout.write(
    `may-2022, random policy, one core (Node ${process.version})\n` +
      `  full games per second: ${figures.gamesPerSecond} of CPU time (${figures.gamesPerWallSecond} by the wall clock; mean ${figures.actionsPerGame} actions a game; target 50,000)\n` +
      `  passive games per second (month ends only, no orders): ${figures.passivePerSecond} of CPU time\n` +
      `  replay of one whole game (${figures.replayActions} actions): ${figures.replayMs} ms (target < 1 ms)\n` +
      `  search at its default budget (${DEFAULT_BUDGET} playouts a month): ${figures.playoutsPerSecond} playouts per second of CPU time, ${figures.monthMs} ms a month\n`,
  );
}
