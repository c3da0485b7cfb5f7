// Both translation tables as files, for tests that compare them key for key: the game itself
// fetches each only when it is used.
import type { Lang } from '../../src/i18n';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';

export const TABLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, ru };
