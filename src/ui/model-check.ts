// "How the model was checked": the strategy audit's figures, as `npm run audit -- --json` printed them.
import { levelTitle, difficultyLabel } from './text';
import { byId } from '../engine';
import { LEVELS } from '../state/levels';
import { percent, t } from '../i18n';
import { h, type Child } from './dom';
import figures from './model-check.json';

interface PolicyFigures {
  winRate: number;
  meanScore: number;
}
interface Cell {
  level: string;
  difficulty: string;
  policies: Record<string, PolicyFigures>;
  fixedPlan: { figures: PolicyFigures };
  movement: { articleForces: number; unstatedLevers: number };
}
interface Condition {
  id: string;
  pass: boolean;
}
interface Audit {
  settings: { seeds: number; budget: number };
  cells: Cell[];
  conditions: Condition[];
}

const AUDIT = figures as unknown as Audit;
const POLICY_ROWS = ['passive', 'random', 'greedy', 'search', 'search-no-coerce'] as const;
const DIFFICULTIES = ['gentle', 'standard', 'hard'] as const;

const th = (text: string, scope = 'col') => h('th', { scope }, text);

function levelTable(levelId: string): Child {
  const level = byId(LEVELS, levelId);
  const cells = DIFFICULTIES.map((d) => AUDIT.cells.find((c) => c.level === levelId && c.difficulty === d));
  if (!level || cells.some((c) => !c)) return null;
  const rows = [
    ...POLICY_ROWS.map((p) => [t(`check.policy.${p}`), ...cells.map((c) => c!.policies[p]?.winRate ?? 0)] as const),
    [t('check.policy.fixed'), ...cells.map((c) => c!.fixedPlan.figures.winRate)] as const,
  ];
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'timeline-table model-table' },
      h('caption', null, t('check.winsOf', { level: levelTitle(level) })),
      h('thead', null, h('tr', null, th(t('check.player')), DIFFICULTIES.map((d) => th(difficultyLabel(level, d))))),
      h('tbody', null, rows.map(([name, ...rates]) => h('tr', null, th(name, 'row'), rates.map((r) => h('td', null, percent(r)))))),
    ),
  );
}

/** A sentence with the audit's command set in as code, in English whatever the language. */
function withCommand(text: string): Child {
  const [before, after] = text.split('\u0000');
  return [before, h('code', { lang: 'en' }, 'npm run audit'), after];
}

export function modelCheckSection(): Child {
  const standard = AUDIT.cells.filter((c) => c.difficulty === 'standard');
  const passed = AUDIT.conditions.filter((c) => c.pass).length;
  return h('section', { class: 'card model-check', id: 'model-check', 'data-key': 'model-check' },
    h('h2', null, t('check.heading')),
    h('p', null, t('check.intro', { seeds: AUDIT.settings.seeds, budget: AUDIT.settings.budget })),
    Object.keys(LEVELS).map(levelTable),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'timeline-table model-table' },
        h('caption', null, t('check.movement')),
        h('thead', null, h('tr', null, th(''), standard.map((c) => th(byId(LEVELS, c.level) ? levelTitle(byId(LEVELS, c.level)!) : c.level)))),
        h('tbody', null,
          h('tr', null, th(t('check.articleForces'), 'row'), standard.map((c) => h('td', null, percent(c.movement.articleForces)))),
          h('tr', null, th(t('check.unstatedLevers'), 'row'), standard.map((c) => h('td', null, percent(c.movement.unstatedLevers)))),
        ),
      ),
    ),
    h('h3', null, t('check.conditions', { passed, count: AUDIT.conditions.length })),
    h('ul', { class: 'check-list' },
      AUDIT.conditions.map((c) => {
        const [levelId, id] = c.id.includes(':') ? c.id.split(':') as [string, string] : [null, c.id];
        const named = byId(LEVELS, levelId);
        const where = named ? `${levelTitle(named)}: ` : '';
        return h('li', { class: c.pass ? 'pass' : 'fail', 'data-condition': c.id }, h('span', { class: 'check-mark', 'aria-hidden': 'true' }, c.pass ? '✓' : '✗'), h('span', { class: 'sr-only' }, t(c.pass ? 'check.met' : 'check.missed')), ' ', where, t(`check.condition.${id}`));
      }),
    ),
    h('p', { class: 'hint' }, withCommand(t('check.repeat', { command: '\u0000' }))),
  );
}
