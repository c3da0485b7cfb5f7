// The alliance's cohesion (C14): how far the orbit holds, and whether the level's objectives are met.
import type { Level, Objective } from './level';
import { round1 } from './numbers';
import type { GameResult, GameState } from './state';
import { inMemberOrder, MEMBERS, stanceRank, type Stance } from './vocabulary';

/** The points for a member at a stance, each read by its fixed name: a load by a name that varies is slow in V8, and every month is scored. */
function stancePoints(points: Level['score']['stance'], stance: Stance): number {
  switch (stance) {
    case 'backs':
      return points.backs;
    case 'leans':
      return points.leans;
    case 'neutral':
      return points.neutral;
    case 'drifts':
      return points.drifts;
    case 'abandons':
      return points.abandons;
  }
}

export function scoreOf(level: Level, s: GameState): number {
  let score = level.score.credibility * s.tracks.credibility;
  for (const m of inMemberOrder(s.members)) score += stancePoints(level.score.stance, m.stance) + level.score.loyalty * m.loyalty;
  return Math.round(score);
}

export function objectiveMet(s: GameState, objective: Objective): boolean {
  switch (objective.type) {
    case 'membersAtLeast':
      return MEMBERS.filter((id) => stanceRank(s.members[id].stance) <= stanceRank(objective.stance)).length >= objective.count;
    case 'noneAtOrBelow':
      return MEMBERS.every((id) => stanceRank(s.members[id].stance) < stanceRank(objective.stance));
    case 'trackAtLeast':
      return s.tracks[objective.track] >= objective.value;
  }
}

export function evaluate(level: Level, s: GameState): GameResult {
  const met: string[] = [];
  const missed: string[] = [];
  for (const objective of level.objectives) (objectiveMet(s, objective) ? met : missed).push(objective.id);
  return { outcome: missed.length === 0 ? 'win' : 'loss', score: round1(scoreOf(level, s)), met, missed, reason: 'end' };
}
