// The rules engine's public face. Pure and deterministic: the same level, seed and
// actions give the same state, in Node and in the browser.
export { MEMBERS, STANCES, RIVALS, RESOURCES, TRACKS, CLAIMS, isMemberId, stanceRank } from './vocabulary';
export type { MemberId, Stance, RivalId, ResourceId, TrackId, ClaimId, Paragraph } from './vocabulary';
export type { GameState, MemberState, Factor, Decision, Request, NewsItem, TurnRecord, GameResult, Outcome, Resources, Tracks } from './state';
export type { Level, LevelEvent, Objective, Effect, Weights } from './level';
export { LevelSchema, EVENT_KINDS } from './level';
export { parseLevel, LEVEL_ERROR_CODES, type LevelError, type LevelErrorCode } from './parse';
export { legalActions, legalActionList, actionMenu, checkAction, parseAction, costOf, ACTION_ERROR_CODES, MEMBER_LEVERS, type Action, type ActionType, type ActionError, type ActionErrorCode, type LegalAction } from './actions';
export type { Step, StepEvent, StepEventType, EventKind } from './step';
export { newGame, act, actUntrusted, replay, undo, rewindTo, type GameOptions, type ReplayError } from './game';
export { previewOrder, type OrderPreview, type MemberPreview } from './preview';
export { RULES, RULE_IDS, ruleById, type Rule, type RuleId } from './rules';
export { explainFactor, explainDecision, type ExplainedFactor } from './explain';
export { objectiveMet, scoreOf } from './score';
export { stanceOf } from './stance';
export { monthOf, isoMonth } from './calendar';
export type { Result } from './result';
export { hasId, byId } from './own';
export { POLICIES, POLICY, policyRng, playOut, type Policy, type PolicyName } from './policy';
export { makePolicy, type PolicyOptions } from './policy';
export { searchMonth, searchPolicy, beamSearch, searchCandidates, playoutValue, DEFAULT_BUDGET, type SearchOptions, type MonthPlan, type Sample } from './search';
export {
  RULE_GROUPS, LEVER_CHOICES, LEVER_LABELS, summarise, playPolicy, playPlan, findFixedPlan, fromPlan, leverChanges, coercionEffect,
  policyFigures, movementFigures, pairedDifference, conditions, confrontationCondition, confrontationEvents,
  planFigures, assembleFigures, measureLevel, AUDITED_POLICIES,
  type GameSummary, type PlanResult, type AuditSettings, type PlaySpec, type FixedPlan, type LeverChoice, type PolicyFigures, type MovementFigures, type LevelFigures, type Condition,
} from './strategy';
