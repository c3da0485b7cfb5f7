// An example host page: it frames the game, names its own origin so only it can steer the game,
// and keeps the result code of every game that ends in the frame.
const game = document.getElementById('game');
const gameOrigin = window.location.origin;
const params = new URLSearchParams(window.location.search);
const gameUrl = new URL('./', window.location.href);
gameUrl.search = new URLSearchParams({ host: window.location.origin, ...Object.fromEntries(['class', 'level', 'difficulty', 'seed', 'lang', 'audio'].filter((k) => params.has(k)).map((k) => [k, params.get(k)])) }).toString();
game.src = gameUrl.toString();

const codes = [];
const field = document.getElementById('codes');
const status = document.getElementById('status');
const results = document.getElementById('results');

window.addEventListener('message', (event) => {
  // Only the game in our frame, from the game's origin, is heard.
  if (event.origin !== gameOrigin || event.source !== game.contentWindow) return;
  const data = event.data;
  if (!data || data.source !== 'paper-alliance') return;
  if (data.type === 'ready') status.textContent = 'The game is ready.';
  if (data.type === 'over' && typeof data.code === 'string' && !codes.includes(data.code)) {
    codes.push(data.code);
    field.value = codes.join('\n');
    status.textContent = `${codes.length} result code${codes.length === 1 ? '' : 's'} received; the last game ended in a ${data.outcome}.`;
    const link = new URL('results.html', window.location.href);
    link.hash = `codes=${codes.join(',')}`;
    results.href = link.toString();
  }
});
