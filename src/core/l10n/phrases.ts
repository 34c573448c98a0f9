/**
 * Localized phrases that are not diagnostics by themselves: the hints and
 * reasons inside diagnostic messages, related-location notes, quick-fix
 * titles, what a receiver did with a segment, and the explanations that
 * hovers show for states and flags. Explanations are our own words.
 */
export interface PhraseEntry {
  readonly en: string;
  readonly 'zh-cn': string;
}

export const PHRASES = {
  // hints for syntax errors
  'did-you-mean': { en: 'did you mean {suggestion}?', 'zh-cn': '你是想写 {suggestion} 吗?' },
  'expected-flags': {
    en: 'not a flag; expected SYN, ACK, FIN, RST, PSH, URG, ECE or CWR',
    'zh-cn': '不是标志位;应为 SYN、ACK、FIN、RST、PSH、URG、ECE 或 CWR',
  },
  'expected-fields': {
    en: 'not a segment field; expected seq=, ack=, len=, data= or win=',
    'zh-cn': '不是报文段字段;应为 seq=、ack=、len=、data= 或 win=',
  },
  'expected-state-or-action': {
    en: 'neither a state (such as ESTABLISHED) nor an action (listen, connect, close, abort, timeout)',
    'zh-cn': '既不是状态(如 ESTABLISHED),也不是动作(listen、connect、close、abort、timeout)',
  },
  'endpoints-are': { en: '; the endpoints are {first} and {second}', 'zh-cn': ';端点为 {first} 和 {second}' },
  'labels-in-flight': { en: '; in flight: {labels}', 'zh-cn': ';在途的有:{labels}' },
  'nothing-in-flight': { en: '; nothing is in flight', 'zh-cn': ';当前没有在途报文段' },
  'empty': { en: '', 'zh-cn': '' },

  // quick-fix titles
  'fix-replace': { en: 'Change to {text}', 'zh-cn': '改为 {text}' },
  'fix-insert-line': { en: 'Insert {text}', 'zh-cn': '插入 {text}' },
} as const satisfies Record<string, PhraseEntry>;

export type PhraseKey = keyof typeof PHRASES;
