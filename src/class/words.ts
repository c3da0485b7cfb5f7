// What a reader of a bad code is told, in the player's language.
import { costOf, monthOf } from '../engine';
import { monthName, t } from '../i18n';
import { actionLabel, errorText } from '../ui/text';
import type { ClassCodeErrorCode } from './class-code';
import type { CodeError } from './result-code';

export function codeErrorText(error: CodeError): string {
  if (error.code === 'illegal-order' && error.level && error.game && error.action) {
    const { year, month } = monthOf(error.level, error.game.turn);
    const refusal = errorText(error.level, error.game, error.action, { code: error.reason ?? 'bad-action', message: '' }, costOf(error.level, error.action));
    return t('code.error.illegal-order', { month: monthName(year, month), order: actionLabel(error.game, error.action, true), reason: refusal });
  }
  return t(`code.error.${error.code}`, { found: error.found ?? '', turn: error.turn ?? 0 });
}

export function classCodeErrorText(code: ClassCodeErrorCode): string {
  return t(`classCode.error.${code}`);
}
