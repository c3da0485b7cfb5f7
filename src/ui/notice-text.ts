// A notice in the player's words: each kind's facts become a sentence of src/i18n. Of outside
// input only a short field name (or, for the page's own address, a cut value) is repeated.
import { t } from '../i18n';
import type { Notice } from '../state/store';

/** Only what the player must act on speaks as an alert; the rest is read by the announcer. */
export const isAlert = (n: Notice): boolean => n.kind === 'save-rejected' || n.kind === 'save-held';

export function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'save-rejected':
    case 'save-held':
      return t(`notice.${n.kind}`, { detail: t(`notice.save-rejected.${n.problem}`) });
    case 'bad-url':
      return t('notice.bad-url', { detail: t(`notice.bad-url.${n.field}`, { value: n.value }) });
    case 'bad-message': {
      const which = n.field ? n.reason : n.reason === 'unknown-field' ? 'unknown-field.unnamed' : 'unreadable';
      return t('notice.bad-message', { detail: t(`notice.bad-message.${which}`, { field: n.field }) });
    }
    case 'action-refused':
      return t('notice.action-refused', { detail: n.code === 'unaffordable' || n.code === 'cooldown' ? t(`error.short.${n.code}`) : t(`error.${n.code}`) });
    case 'storage-unavailable':
      return t('notice.storage-unavailable');
  }
}
