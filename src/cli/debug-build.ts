// The build the browser tests and benchmarks drive: the production bundle, plus the store's
// handle behind `?debug=1`. `npm run build` never sets this, so a player's game hands out nothing.
import type { InlineConfig } from 'vite';

export const DEBUG_BUILD: InlineConfig = { define: { 'import.meta.env.VITE_DEBUG_HANDLE': JSON.stringify('1') } };
