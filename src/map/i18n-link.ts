// The one place the map meets the game's translations (src/i18n).
type Params = Readonly<Record<string, string | number>>;

export interface Translations {
  has(key: string): boolean;
  t(key: string, params?: Params): string;
  onLangChange(listener: () => void): () => void;
}

/** Until the game's translations are linked, the map's own English table answers. */
export const i18n: Translations = {
  has: () => false,
  t: (key) => key,
  onLangChange: () => () => {},
};
