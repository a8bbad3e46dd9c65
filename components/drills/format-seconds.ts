// A duration in whole seconds as minutes and seconds for the drill report ("3 min 20 s").
export function splitSeconds(total: number): { minutes: number; seconds: number } {
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
