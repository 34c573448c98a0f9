/**
 * The text of a new exercise: comments that teach the notation in the
 * user's language, then a handshake left for the student to finish (the
 * warning on the last line, and its quick fix, are the first lesson).
 */
import type { Translate } from '../l10n/localizer';

export function newExerciseText(t: Translate): string {
  const comment = (text: string): string => `# ${text}`;
  const notation: Array<[string, string]> = [
    ['A -> B: SYN seq=x', t('A sends, B receives it now')],
    ['A -x B: ACK ...', t('lost in the network')],
    ['A ~> B: FIN ... as f1', t('in flight until "deliver f1"')],
    ['A: ESTABLISHED', t('checks the state A is in')],
    ['A: close', t('an action: listen, connect, close, abort, timeout')],
    ['seq=x+1', t('a symbol names a number: x+1 is one after x')],
  ];
  const width = Math.max(...notation.map(([code]) => code.length)) + 3;
  return [
    comment(t('A TCP exercise: one event per line, in the order things happen.')),
    comment(t('The editor underlines the first line that RFC 9293 forbids; hover a line to see both states.')),
    '#',
    ...notation.map(([code, meaning]) => comment(`${code.padEnd(width)}${meaning}`)),
    '',
    `title: ${t('Three-way handshake')}`,
    'client A',
    'server B',
    '',
    'A -> B: SYN seq=x',
    comment(t('Your turn: how does B answer? (Ctrl+Space suggests the next segment)')),
    '',
  ].join('\n');
}
