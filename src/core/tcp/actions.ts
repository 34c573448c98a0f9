/** What an endpoint's application or timer may do (the spec's table of actions). */
export const ACTIONS = ['listen', 'connect', 'close', 'abort', 'timeout'] as const;

export type Action = (typeof ACTIONS)[number];

export function actionNamed(word: string): Action | undefined {
  const lower = word.toLowerCase();
  return (ACTIONS as readonly string[]).includes(lower) ? (lower as Action) : undefined;
}
