// The news strip's "N more" button: how many cards lie beyond the strip's edge, and a press
// brings the next of them into view. The strip is watched once it is laid out.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { h, type VNode } from './dom';

export interface NewsMoreProps {
  /** Changes whenever the strip's cards do, so they are watched afresh. */
  cards: string;
  smooth(): ScrollBehavior;
}

export function NewsMore({ cards, smooth }: NewsMoreProps): VNode {
  const [count, setCount] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const unseen = useRef(new Set<Element>());
  const strip = () => button.current?.closest('#news-region')?.querySelector<HTMLElement>('.news-list') ?? null;
  useEffect(() => {
    const list = strip();
    unseen.current = new Set();
    if (!list || typeof IntersectionObserver === 'undefined') {
      setCount(0);
      return;
    }
    const hidden = unseen.current;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.intersectionRatio >= 0.97) hidden.delete(entry.target);
          else hidden.add(entry.target);
        }
        setCount(hidden.size);
      },
      { root: list, threshold: [0, 0.97] },
    );
    for (const card of list.children) observer.observe(card);
    return () => observer.disconnect();
  }, [cards]);
  // The next card out of sight after the last one in sight, so that presses walk on through
  // the strip; past its end, back to the first out of sight.
  const next = () => {
    const cards = [...(strip()?.children ?? [])];
    let lastSeen = -1;
    cards.forEach((c, i) => {
      if (!unseen.current.has(c)) lastSeen = i;
    });
    const card = cards.slice(lastSeen + 1).find((c) => unseen.current.has(c)) ?? cards.find((c) => unseen.current.has(c));
    card?.scrollIntoView({ block: 'nearest', inline: 'start', behavior: smooth() });
  };
  return h(
    'button',
    {
      type: 'button',
      class: 'btn small ghost news-more',
      'data-testid': 'news-more',
      ref: button,
      hidden: count === 0,
      'aria-label': count > 0 ? t('play.news.moreLabel', { count }) : undefined,
      on: { click: next },
    },
    count > 0 ? t('play.news.more', { count }) : null,
  );
}
