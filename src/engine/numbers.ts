export const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

/**
 * Round to one decimal, so loyalties and factor sizes read cleanly and sum exactly as shown.
 * Never -0 (adding 0 makes it 0): JSON has no -0, so a save would not give back the same state.
 */
export const round1 = (value: number): number => Math.round(value * 10) / 10 + 0;
