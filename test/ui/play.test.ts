// The month as the panels tell it: what an order gives, why one is closed, which telling of
// the news fits the game, the sizes in the rulebook, the keys, the layout for a window and
// the one message at the end of a month.
import { afterEach, describe, expect, it } from 'vitest';
import { act, newGame, replay, type Action, type GameState, type StepEvent } from '../../src/engine';
import { setLang, signed, t } from '../../src/i18n';
import { LEVELS } from '../../src/state/levels';
import { withoutOrder } from '../../src/state/store';
import { monthMessage } from '../../src/ui/announce';
import { loyaltyChart, questionKey, TICK_GAP, yourGame } from '../../src/ui/debrief';
import { orderKeys } from '../../src/ui/keys';
import { layoutFor } from '../../src/ui/layout';
import { panelOrders } from '../../src/ui/menu';
import { ruleSize } from '../../src/ui/sizes';
import { actionGain, inDateOrder, memberTrait, newRequests, newsCard, summitWait } from '../../src/ui/text';

const level = LEVELS['may-2022']!;
const autumn = LEVELS['autumn-2022']!;

afterEach(() => setLang('en'));

/** Each action in turn from a new game; the events of the last step too. */
function play(actions: Action[], seed = 3, lvl = level): { game: GameState; events: StepEvent[] } {
  let game = newGame(lvl, { seed });
  let events: StepEvent[] = [];
  for (const action of actions) {
    const step = act(lvl, game, action);
    if (!step.ok) throw new Error(`${action.type}: ${step.error.code}`);
    game = step.value.state;
    events = step.value.events;
  }
  return { game, events };
}
const end: Action = { type: 'endTurn' };
const months = (n: number) => Array.from({ length: n }, () => end);

describe('traps in the orders', () => {
  it('a summit of the news starts the wait for the next, and the refusal names it', () => {
    // The Moscow summit meets in May (turn 1); with a cooldown of two months, June and July wait.
    const { game } = play([]);
    expect(act(level, game, { type: 'hostSummit' }).ok).toBe(false);
    expect(summitWait(level, game)).toBe('The Moscow summit meets this month; the next summit can meet in August 2022.');
    expect(act(level, play([end]).game, { type: 'hostSummit' }).ok).toBe(false);
    expect(act(level, play([end, end]).game, { type: 'hostSummit' }).ok).toBe(false);
    expect(act(level, play([end, end, end]).game, { type: 'hostSummit' }).ok).toBe(true);
    // The Yerevan summit of November is the last month but one of the autumn level: no month is left for another.
    const yerevan = play([end, end], 3, autumn).game;
    expect(yerevan.news.map((n) => n.event)).toContain('yerevan-summit');
    expect(summitWait(autumn, yerevan)).toBe('The Yerevan summit meets this month, and no month of this game is left for another.');
    setLang('ru');
    expect(summitWait(level, game)).toBe('В этом месяце уже проходит Московский саммит; следующий саммит можно собрать в августе 2022 года.');
  });

  it('the wait for the next summit names the first month it can meet', () => {
    // Hosted in August (turn 4), with a cooldown of two months: September and October wait.
    const { game } = play([end, end, end, { type: 'hostSummit' }, end, end]);
    expect(game.turn).toBe(6);
    expect(act(level, game, { type: 'hostSummit' }).ok).toBe(false);
    expect(summitWait(level, game)).toBe('The next summit can meet in November 2022 (the last met in August 2022).');
  });

  it('pulling forces back from Ukraine says what it gives, with the level’s numbers', () => {
    const pull: Action = { type: 'redeploy', to: 'reserve' };
    const w = level.weights;
    expect(actionGain(level, pull)).toBe(`Also: +${w.redeployReserves} Reserve · War ${signed(-w.redeployWar)} · Credibility ${signed(-w.redeployCredibility)}`);
    expect(actionGain(autumn, pull)).toContain(`+${autumn.weights.redeployReserves} Reserves`);
    setLang('ru');
    expect(actionGain(level, pull)).toContain(`+${w.redeployReserves} к резервам`);
  });

  it('arms sales show one order: stop while they run, not resume in the month they stopped, resume after', () => {
    const types = (game: GameState) => panelOrders({ level, game, selected: null }).alliance.map((e) => e.action.type);
    const running = play([]).game;
    expect(types(running)).toContain('stopArmsToAzerbaijan');
    expect(types(running)).not.toContain('resumeArmsToAzerbaijan');
    const stopped = play([{ type: 'stopArmsToAzerbaijan' }]).game;
    expect(types(stopped)).toContain('stopArmsToAzerbaijan');
    expect(types(stopped)).not.toContain('resumeArmsToAzerbaijan');
    const later = play([{ type: 'stopArmsToAzerbaijan' }, end]).game;
    expect(types(later)).toContain('resumeArmsToAzerbaijan');
    expect(types(later)).not.toContain('stopArmsToAzerbaijan');
  });
});

describe('news and debrief that follow the game', () => {
  // To November 2022 (turn 7), answering Armenia's September call or not.
  function november(answer: boolean, lvl = level): GameState {
    let { game } = play(months(lvl === level ? 4 : 0), 5, lvl);
    const call = game.requests.find((r) => r.member === 'ARM' && r.status === 'open')!;
    expect(call).toBeDefined();
    if (answer) game = (act(lvl, game, { type: 'answerCrisisCall', request: call.id }) as { ok: true; value: { state: GameState } }).value.state;
    for (let i = 0; i < 2; i++) game = (act(lvl, game, end) as { ok: true; value: { state: GameState } }).value.state;
    return game;
  }
  const yerevan = (lvl: typeof level, game: GameState) => {
    const index = game.news.findIndex((n) => n.event === 'yerevan-summit');
    expect(index).toBeGreaterThanOrEqual(0);
    return newsCard(lvl, game.news[index]!, index, game).text;
  };

  it.each([
    ['may-2022', level],
    ['autumn-2022', autumn],
  ])('in %s, the Yerevan summit thanks Moscow when forces were sent for Armenia, and says they were not when they were not', (_, lvl) => {
    const answered = yerevan(lvl, november(true, lvl));
    expect(answered).toMatch(/forces sent in September/);
    expect(answered).not.toMatch(/still not answered/);
    expect(yerevan(lvl, november(false, lvl))).toBe(t(`event.${lvl.id}.yerevan-summit.text`));
  });

  it('question 3 and the epilogue say what this game did for Armenia', () => {
    const answered = november(true);
    expect(questionKey(level, answered, 3)).toBe('play.question.3.answered');
    expect(yourGame(level, answered, 'armenia-drills')).toBe("In your game Moscow answered Armenia's call of September with forces; in reality none came.");
    const ignored = november(false);
    expect(questionKey(level, ignored, 3)).toBe('question.3');
    expect(yourGame(level, ignored, 'armenia-drills')).toBe("In your game too, Armenia's call of September went unanswered.");
    // Before September no call was made: the facts stand alone.
    expect(yourGame(level, play([]).game, 'armenia-drills')).toBeNull();
    expect(questionKey(level, play([]).game, 1)).toBe('question.1');
  });

  it('Yerevan turning down the drills says so when Moscow had helped Armenia, short of answering a call', () => {
    const drills = (actions: Action[]) => {
      const { game } = play([...actions, end, end]);
      return newsCard(level, { event: 'yerevan-freezes-drills', turn: game.turn }, 0, game).text;
    };
    const plain = t('event.may-2022.yerevan-freezes-drills.text');
    expect(drills([])).toBe(plain);
    expect(drills([{ type: 'economicAid', member: 'ARM' }])).toBe(plain);
    expect(drills([{ type: 'securityHelp', member: 'KAZ' }])).toBe(plain);
    const helped = t('play.variant.may-2022.yerevan-freezes-drills.helped');
    expect(helped).not.toBe(plain);
    expect(drills([{ type: 'securityHelp', member: 'ARM' }])).toBe(helped);
    expect(drills([{ type: 'stopArmsToAzerbaijan' }])).toBe(helped);
  });

  it('the requests new this month leave out an older call of the same event, raised again', () => {
    // A month whose news raised a call for help.
    let game = play([]).game;
    while (newRequests(level, game).length === 0 && game.phase !== 'over') game = play(months(game.turn)).game;
    const fresh = newRequests(level, game);
    expect(fresh.length).toBeGreaterThan(0);
    const call = fresh[0]!;
    // The same event's call from an earlier month, still open.
    const older = { ...call, id: `${call.source}@${game.turn - 1}`, deadline: call.deadline - 1 };
    const withOlder = { ...game, requests: [older, ...game.requests] };
    expect(newRequests(level, withOlder).map((r) => r.id)).toEqual(fresh.map((r) => r.id));
  });

  it('the loyalty chart’s labels never crowd one another, in its wide and its narrow drawing', () => {
    type Node = { type: unknown; props: { class?: string; x?: number; y?: number; viewBox?: string; 'text-anchor'?: string; children?: unknown } };
    type Drawing = { width: number; side: number[]; months: { x: number; anchor: string; text: string }[] };
    const drawings: Drawing[] = [];
    const walk = (node: unknown, into: Drawing | null): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, into));
      if (!node || typeof node !== 'object' || !('props' in node)) return;
      const { type, props } = node as Node;
      let here = into;
      if (type === 'svg') drawings.push((here = { width: Number(String(props.viewBox).split(' ')[2]), side: [], months: [] }));
      if (type === 'text' && props.class === 'tick' && here) {
        if (props['text-anchor'] === 'end') here.side.push(Number(props.y));
        else here.months.push({ x: Number(props.x), anchor: String(props['text-anchor']), text: String(props.children) });
      }
      walk(props.children, here);
    };
    // The chart's type is 11 px: a letter takes at most about 7 of them.
    const extent = (m: Drawing['months'][number]) => {
      const w = m.text.length * 7;
      return m.anchor === 'start' ? [m.x, m.x + w] : [m.x - w / 2, m.x + w / 2];
    };
    for (const lang of ['en', 'ru'] as const) {
      setLang(lang);
      for (const lvl of [level, autumn]) {
        drawings.length = 0;
        walk(loyaltyChart(lvl, play(months(2), 3, lvl).game, 'chart', 'c'), null);
        expect(drawings.map((d) => d.width)).toEqual([640, 360]);
        for (const d of drawings) {
          expect(d.side.length).toBeGreaterThan(4);
          const sorted = [...d.side].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!, `${lvl.id} labels at ${sorted[i - 1]} and ${sorted[i]}`).toBeGreaterThanOrEqual(TICK_GAP);
          expect(d.months.length).toBeGreaterThan(3);
          for (let i = 1; i < d.months.length; i++) {
            const [, end] = extent(d.months[i - 1]!), [start] = extent(d.months[i]!);
            expect(start! - end!, `${lang} ${lvl.id} ${d.width}: ${d.months[i - 1]!.text} and ${d.months[i]!.text}`).toBeGreaterThanOrEqual(2);
          }
        }
      }
    }
    setLang('en');
  });

  it('a month’s dated news reads in date order, in every month of both levels', () => {
    let reordered = 0;
    for (const lvl of [level, autumn]) {
      for (let n = 0; n < lvl.turns; n++) {
        const { game } = play(months(n), 3, lvl);
        const cards = game.news.map((item, i) => newsCard(lvl, item, i, game));
        const shown = inDateOrder(cards);
        expect(shown.map((c) => c.key).sort()).toEqual(cards.map((c) => c.key).sort());
        const dates = shown.flatMap((c) => (c.date === null ? [] : [c.date]));
        expect(dates, `${lvl.id} turn ${game.turn}`).toEqual([...dates].sort());
        // Undated cards keep their places.
        shown.forEach((c, i) => c.date === null && expect(c).toBe(cards[i]));
        if (shown.some((c, i) => c !== cards[i])) reordered++;
      }
    }
    // Some month's news did come out of order.
    expect(reordered).toBeGreaterThan(0);
  });

  it('Armenia’s trait says Moscow arms both only while it does', () => {
    expect(memberTrait(level, play([]).game, 'ARM')).toBe(t('member.trait.ARM'));
    const stopped = memberTrait(level, play([{ type: 'stopArmsToAzerbaijan' }]).game, 'ARM');
    expect(stopped).toBe(t('member.trait.ARM.armsStopped'));
    expect(stopped).not.toBe(t('member.trait.ARM'));
    expect(memberTrait(level, play([{ type: 'stopArmsToAzerbaijan' }]).game, 'KAZ')).toBe(t('member.trait.KAZ'));
  });

  it('question 2 asks after coercion as this game used it', () => {
    expect(questionKey(level, play([]).game, 2)).toBe('play.question.2.never');
    expect(questionKey(level, play([{ type: 'economicAid', member: 'KGZ' }]).game, 2)).toBe('play.question.2.never');
    expect(questionKey(level, play([{ type: 'coerce', member: 'KGZ' }]).game, 2)).toBe('question.2');
  });
});

describe('the guide on every layout', () => {
  it('names no side of the screen, which moves with the layout: its arrow points the way', () => {
    for (const lang of ['en', 'ru'] as const) {
      setLang(lang);
      for (let step = 1; step <= 6; step++) {
        const key = `tutorial.${step}`;
        if (t(key) === key) continue;
        expect(t(key), `${lang} ${key}`).not.toMatch(/\b(on the|to the) (right|left)\b|\b(above|below)\b|справа|слева|выше|ниже|внизу|вверху/i);
      }
    }
    setLang('en');
  });
});

describe('the rulebook’s sizes', () => {
  it('are the level’s own numbers', () => {
    const w = level.weights;
    expect(ruleSize(level, 'orbit')).toBe(`each month a member moves ${Math.round(w.orbitPull * 100)}% of the way back to its usual place.`);
    expect(ruleSize(level, 'recognitionRefused')).toBe(`−${w.recognitionRefusal} for the member pressed.`);
    const economies = Object.values(level.members).map((m) => Math.round(w.aid * m.economy * 10) / 10);
    expect(ruleSize(level, 'aid')).toContain(`${Math.min(...economies)} to ${Math.max(...economies)}`);
    expect(ruleSize(level, 'summit')).toBe(`+${w.summit} for a member whose grievance is under ${w.grievanceAired}, −${w.summitGrievance} for one at ${w.grievanceAired} or more.`);
    expect(ruleSize(level, 'event')).toBeNull();
  });
});

describe('keys for the orders', () => {
  it('give the selected member’s orders Q to T in the levers’ order, and the others A onwards in the panel’s order', () => {
    const game = play([]).game;
    const keys = orderKeys({ level, game, selected: 'KGZ' });
    expect(keys.filter((k) => /^Key[QWERT]$/.test(k.code)).map((k) => [k.code, k.action.type])).toEqual([
      ['KeyQ', 'economicAid'],
      ['KeyW', 'securityHelp'],
      ['KeyE', 'coerce'],
      ['KeyR', 'pressRecognition'],
      ['KeyT', 'demandSolidarity'],
    ]);
    const panel = panelOrders({ level, game, selected: 'KGZ' });
    const others = [...panel.requests.flatMap((r) => r.entries), ...panel.alliance].map((e) => e.action);
    expect(keys.filter((k) => k.code.startsWith('Key') && !/^Key[QWERT]$/.test(k.code)).map((k) => k.action)).toEqual(others.slice(0, 9));
    expect(keys.find((k) => k.code === 'KeyA')?.action.type).toBe('answerCrisisCall');
  });

  it('keep their letters through the month: a request answered leaves its letters unused', () => {
    const first = play([]).game;
    const before = orderKeys({ level, game: first, selected: null });
    const byAction = (keys: typeof before) => new Map(keys.map((k) => [JSON.stringify(k.action), k.code]));
    const answer = before.find((k) => k.action.type === 'answerCrisisCall')!;
    const line = before.find((k) => k.action.type === 'nordicLine');
    expect(answer).toBeDefined();
    let game = play([answer.action]).game;
    if (line) game = play([answer.action, line.action]).game;
    const after = orderKeys({ level, game, selected: null });
    expect(after.some((k) => k.action.type === 'answerCrisisCall' && JSON.stringify(k.action) === JSON.stringify(answer.action))).toBe(false);
    expect(after.some((k) => k.code === answer.code)).toBe(false);
    const was = byAction(before);
    const alliance = after.filter((k) => k.action.type !== 'answerCrisisCall' && k.action.type !== 'nordicLine');
    expect(alliance.length).toBeGreaterThan(2);
    for (const k of alliance) expect(k.code, k.action.type).toBe(was.get(JSON.stringify(k.action)));
  });
});

describe('the layout for a window', () => {
  it.each([
    [1280, 800, 1, 'wide'],
    [1024, 768, 1, 'compact'],
    [800, 600, 1, 'embed'],
    [640, 480, 1, 'embed'],
    [390, 844, 1, 'stacked'],
    [320, 480, 1, 'stacked'],
    [1280, 800, 2, 'stacked'],
  ] as const)('%i×%i at text %f is %s', (w, h, scale, layout) => {
    expect(layoutFor(w, h, scale)).toBe(layout);
  });
});

describe('the month in one message', () => {
  it('says the month, its news with the right plural, and every member’s change', () => {
    const { game, events } = play([end]);
    const news = events.filter((e) => e.type === 'news').length;
    const text = monthMessage(level, game, events);
    expect(text.startsWith(`Now June 2022: ${news} news item${news === 1 ? '' : 's'}.`)).toBe(true);
    for (const name of ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan']) expect(text.split(name).length - 1, name).toBe(1);
    expect(text).not.toMatch(/\b1 news items\b/);
  });

  it.each([
    [1, 'en', 'Now June 2022: 1 news item.'],
    [3, 'en', 'Now June 2022: 3 news items.'],
    [1, 'ru', 'Наступил июнь 2022 года: 1 новость.'],
    [3, 'ru', 'Наступил июнь 2022 года: 3 новости.'],
    [5, 'ru', 'Наступил июнь 2022 года: 5 новостей.'],
  ] as const)('counts %i news items in %s', (count, lang, head) => {
    setLang(lang);
    const { game } = play([end]);
    const events: StepEvent[] = [{ type: 'monthBegins', turn: 2 }, ...Array.from({ length: count }, (): StepEvent => ({ type: 'news', turn: 2, event: 'madrid-summit', kind: 'nato', members: [] }))];
    expect(monthMessage(level, game, events).startsWith(head)).toBe(true);
  });

  it('names a member that changed stance with where it was', () => {
    const { game } = play([end]);
    const d = game.members.KAZ.lastDecision!;
    const events: StepEvent[] = [{ type: 'stanceChanged', turn: 1, member: 'KAZ', from: 'neutral', to: 'drifts', loyaltyBefore: d.before, loyaltyAfter: d.after }, { type: 'monthBegins', turn: 2 }];
    expect(monthMessage(level, game, events)).toMatch(/Kazakhstan [+−-]?[\d.]+, now drifts away \(was neutral\)\./);
  });
});

describe('taking back one order of the month', () => {
  it('is the month replayed without it, as the engine replays it', () => {
    const orders: Action[] = [{ type: 'economicAid', member: 'KGZ' }, { type: 'securityHelp', member: 'TJK' }, { type: 'demandSolidarity', member: 'BLR' }];
    const { game } = play([end, ...orders]);
    const expected = replay(level, { seed: 3 }, [end, orders[1]!, orders[2]!]);
    expect(expected.ok).toBe(true);
    // Index 1: the first order of June (index 0 is May's end of turn).
    expect(withoutOrder(level, game, 1)).toEqual((expected as { ok: true; value: GameState }).value);
    // An ended month is not taken back.
    expect(withoutOrder(level, game, 0)).toBeNull();
  });
});
