// Unit tests read the game's words as the page does once a table has arrived: both are fetched
// before each file, and English is in use.
import { loadLang, setLang } from '../src/i18n';

await Promise.all([loadLang('en'), loadLang('ru')]);
setLang('en');
