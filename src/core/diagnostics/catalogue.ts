/**
 * Every diagnostic tcpflow reports, with its stable code, severity and
 * message in each language. No diagnostic text is built anywhere else.
 *
 * Placeholders `{name}` are filled from Diagnostic.args; an argument that is
 * a Phrase is rendered in the same language first (see render.ts).
 * Codes are stable: tests, quick fixes and graders key on them.
 */
import type { Diagnostic, Fix, MessageArg, RelatedLocation, Severity } from './diagnostic';
import type { Range } from '../text/range';

export interface CatalogueEntry {
  readonly severity: Severity;
  readonly en: string;
  readonly 'zh-cn': string;
}

export const DIAGNOSTICS = {
  // ── Syntax (the parser) ────────────────────────────────────────────────
  'unknown-statement': {
    severity: 'error',
    en: "expected a statement such as 'client A', 'A -> B: SYN', 'deliver LABEL' or 'A: ESTABLISHED'{hint}",
    'zh-cn': "此处应为一条语句,例如 'client A'、'A -> B: SYN'、'deliver LABEL' 或 'A: ESTABLISHED'{hint}",
  },
  'expected-colon': {
    severity: 'error',
    en: "expected ':' after {after}",
    'zh-cn': "{after} 之后应为 ':'",
  },
  'expected-endpoint': {
    severity: 'error',
    en: 'expected an endpoint name after {after}',
    'zh-cn': '{after} 之后应为端点名称',
  },
  'expected-flag': {
    severity: 'error',
    en: "expected a flag such as SYN, ACK, FIN after ':'",
    'zh-cn': "':' 之后应为标志位,例如 SYN、ACK、FIN",
  },
  'unknown-flag': {
    severity: 'error',
    en: '{word}: {hint}',
    'zh-cn': '{word}:{hint}',
  },
  'bad-flag-value': {
    severity: 'error',
    en: '{flag}={value}: a flag is 1 (set) or 0 (absent)',
    'zh-cn': '{flag}={value}:标志位只能为 1(置位)或 0(不置位)',
  },
  'repeated-flag': {
    severity: 'warning',
    en: '{flag} is written twice',
    'zh-cn': '{flag} 写了两次',
  },
  'unknown-field': {
    severity: 'error',
    en: '{word}: {hint}',
    'zh-cn': '{word}:{hint}',
  },
  'repeated-field': {
    severity: 'error',
    en: '{field}= is given twice; a segment has one {field}',
    'zh-cn': '{field}= 出现了两次;一个报文段只有一个 {field}',
  },
  'expected-value': {
    severity: 'error',
    en: 'expected a value after {field}=',
    'zh-cn': '{field}= 之后应有取值',
  },
  'bad-number': {
    severity: 'error',
    en: '{text}: expected a whole number from 0 to 4294967295',
    'zh-cn': '{text}:应为 0 到 4294967295 之间的整数',
  },
  'bad-expression': {
    severity: 'error',
    en: '{text}: expected a number or a symbol such as x, x+1 or y-1',
    'zh-cn': '{text}:应为数字或符号,例如 x、x+1、y-1',
  },
  'uppercase-symbol': {
    severity: 'error',
    en: '{text}: symbols are lowercase (write {suggestion})',
    'zh-cn': '{text}:符号必须为小写(应写作 {suggestion})',
  },
  'unterminated-string': {
    severity: 'error',
    en: 'this string has no closing quote',
    'zh-cn': '字符串缺少结尾的引号',
  },
  'ack-without-ack-flag': {
    severity: 'error',
    en: 'ack= is only allowed when the ACK flag is set',
    'zh-cn': '只有置位 ACK 标志时才能写 ack=',
  },
  'unknown-state-or-action': {
    severity: 'error',
    en: '{word}: {hint}',
    'zh-cn': '{word}:{hint}',
  },
  'reserved-name': {
    severity: 'error',
    en: "'{name}' is a keyword and cannot name an endpoint",
    'zh-cn': "'{name}' 是关键字,不能用作端点名称",
  },
  'expected-sender': {
    severity: 'error',
    en: "expected the sending endpoint's name before '{arrow}'",
    'zh-cn': "'{arrow}' 之前应为发送方端点的名称",
  },
  'bad-name': {
    severity: 'error',
    en: "'{text}' is not an endpoint name: a name is a letter followed by letters, digits, '_' or '-'",
    'zh-cn': "'{text}' 不是合法的端点名称:名称以字母开头,后跟字母、数字、'_' 或 '-'",
  },
  'expected-label': {
    severity: 'error',
    en: "expected a label after '{after}', such as 'syn1'",
    'zh-cn': "'{after}' 之后应为标签,例如 'syn1'",
  },
  'bad-label': {
    severity: 'error',
    en: "'{text}' is not a label: a label is letters, digits, '_' or '-'",
    'zh-cn': "'{text}' 不是合法的标签:标签由字母、数字、'_' 或 '-' 组成",
  },
  'expected-string': {
    severity: 'error',
    en: '{text}: data= takes quoted text, such as data="hello"',
    'zh-cn': '{text}:data= 的取值应为带引号的文本,例如 data="hello"',
  },
  'unknown-state': {
    severity: 'error',
    en: '{word}: {hint}',
    'zh-cn': '{word}:{hint}',
  },
  'expected-state-or-action': {
    severity: 'error',
    en: "expected a state such as ESTABLISHED or an action such as close after ':'",
    'zh-cn': "':' 之后应为状态(如 ESTABLISHED)或动作(如 close)",
  },
  'full-width-punctuation': {
    severity: 'error',
    en: "'{char}' is a full-width character; write '{ascii}'",
    'zh-cn': "'{char}' 是全角字符;请改为半角的 '{ascii}'",
  },
  'missing-flight-label': {
    severity: 'error',
    en: "a segment sent with '~>' stays in flight: name it with 'as LABEL' so that 'deliver LABEL' can deliver it",
    'zh-cn': "用 '~>' 发送的报文段会滞留在网络中:请用 'as 标签' 为它命名,以便之后用 'deliver 标签' 投递",
  },
  'flight-label-on-arrow': {
    severity: 'error',
    en: "'as {label}' names an in-flight segment; only '~>' sends one",
    'zh-cn': "'as {label}' 用于命名在途报文段;只有 '~>' 才会发送在途报文段",
  },
  'unexpected-text': {
    severity: 'error',
    en: "unexpected '{text}' at the end of the line",
    'zh-cn': "行尾出现多余内容 '{text}'",
  },
  'repeated-title': {
    severity: 'warning',
    en: 'the title is already given on line {line}; this one replaces it',
    'zh-cn': '标题已在第 {line} 行给出;此处的标题将取代它',
  },

  // ── Endpoints and labels ───────────────────────────────────────────────
  'third-endpoint': {
    severity: 'error',
    en: '{name} would be a third endpoint; a file describes one connection between {first} and {second}',
    'zh-cn': '{name} 将成为第三个端点;一个文件只描述 {first} 与 {second} 之间的一条连接',
  },
  'duplicate-declaration': {
    severity: 'error',
    en: '{name} is already declared on line {line}',
    'zh-cn': '{name} 已在第 {line} 行声明',
  },
  'late-declaration': {
    severity: 'error',
    en: '{name} is declared after the exchange has begun; declare both endpoints before the first segment',
    'zh-cn': '{name} 在交互开始后才声明;请在第一个报文段之前声明两个端点',
  },
  'unknown-endpoint': {
    severity: 'error',
    en: '{name} is not an endpoint of this connection{hint}',
    'zh-cn': '{name} 不是此连接的端点{hint}',
  },
  'send-to-self': {
    severity: 'error',
    en: '{name} cannot send a segment to itself',
    'zh-cn': '{name} 不能向自己发送报文段',
  },
  'duplicate-flight-label': {
    severity: 'error',
    en: "the label '{label}' already names the segment sent on line {line}",
    'zh-cn': "标签 '{label}' 已用于第 {line} 行发送的报文段",
  },
  'unknown-flight-label': {
    severity: 'error',
    en: "no segment in flight is labelled '{label}'{hint}",
    'zh-cn': "没有标签为 '{label}' 的在途报文段{hint}",
  },
  'already-delivered': {
    severity: 'error',
    en: "the segment '{label}' was already delivered on line {line}",
    'zh-cn': "报文段 '{label}' 已在第 {line} 行投递",
  },
  'never-delivered': {
    severity: 'warning',
    en: "the segment '{label}' is still in flight at the end; deliver it or send it with '-x' if it is lost",
    'zh-cn': "报文段 '{label}' 到结尾仍在途中;请投递它,或如果它丢失了,用 '-x' 发送",
  },

  // ── The sender (RFC 9293 §3.10.1–§3.10.4 and segment generation) ───────
  'cannot-send': {
    severity: 'error',
    en: '{sender} cannot send {what} in {state}: {reason}',
    'zh-cn': '{sender} 在 {state} 状态下不能发送{what}:{reason}',
  },
  'owed-first': {
    severity: 'error',
    en: '{sender} must send {owed} next ({reason})',
    'zh-cn': '{sender} 接下来必须发送{owed}({reason})',
  },
  'wrong-seq': {
    severity: 'error',
    en: 'seq must be {expected}: {reason}',
    'zh-cn': 'seq 应为 {expected}:{reason}',
  },
  'retransmission': {
    severity: 'information',
    en: 'retransmission: seq={given} was sent before; new data would start at {expected}',
    'zh-cn': '重传:seq={given} 之前已发送过;新数据应从 {expected} 开始',
  },
  'ack-too-high': {
    severity: 'error',
    en: 'ack must be {expected}: {reason}; ack={given} acknowledges bytes {sender} never received',
    'zh-cn': 'ack 应为 {expected}:{reason};ack={given} 确认了 {sender} 从未收到的字节',
  },
  'stale-ack': {
    severity: 'warning',
    en: 'stale ACK: ack={given} is below what {sender} has received; expected ack={expected} ({reason})',
    'zh-cn': '过时的 ACK:ack={given} 小于 {sender} 已收到的数据;应为 ack={expected}({reason})',
  },
  'syn-not-acknowledged': {
    severity: 'error',
    en: 'ack must be {expected}: a SYN+ACK acknowledges the SYN it answers ({reason}); ack={given} leaves it unacknowledged, so {sender}\'s peer would reject it',
    'zh-cn': 'ack 应为 {expected}:SYN+ACK 必须确认它所应答的 SYN({reason});ack={given} 没有确认该 SYN,{sender} 的对端会拒绝它',
  },
  'missing-ack-flag': {
    severity: 'error',
    en: '{sender} is synchronized ({state}) and must set ACK with ack={expected}: RFC 9293 §3.10.7.4 drops a segment without ACK',
    'zh-cn': '{sender} 已同步({state}),必须置位 ACK 并写 ack={expected}:RFC 9293 §3.10.7.4 会丢弃不带 ACK 的报文段',
  },
  'window-exceeded': {
    severity: 'error',
    en: '{len} bytes from seq={seq} exceed the window of {window} that {receiver} advertised on line {line}',
    'zh-cn': '从 seq={seq} 开始的 {len} 字节超出了 {receiver} 在第 {line} 行通告的窗口 {window}',
  },

  // ── The receiver (RFC 9293 §3.10.7, RFC 5961) ─────────────────────────
  'dropped': {
    severity: 'warning',
    en: '{receiver} drops this segment in {state}: {reason}',
    'zh-cn': '{receiver} 在 {state} 状态下丢弃该报文段:{reason}',
  },

  // ── Assertions, actions and the end of the flow ────────────────────────
  'state-mismatch': {
    severity: 'error',
    en: '{name} is in {actual} here, not {expected}',
    'zh-cn': '{name} 此时处于 {actual} 状态,而不是 {expected}',
  },
  'action-not-allowed': {
    severity: 'error',
    en: '{name} cannot {action} in {state}: {reason}',
    'zh-cn': '{name} 在 {state} 状态下不能执行 {action}:{reason}',
  },
  'owed-at-end': {
    severity: 'warning',
    en: 'the exchange ends with {name} still owing {owed}',
    'zh-cn': '交互结束时 {name} 仍欠对方{owed}',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as DiagnosticCode[];

/** A diagnostic of `code`, with the severity this catalogue gives it. */
export function diagnosticOf(
  code: DiagnosticCode,
  range: Range,
  args: Readonly<Record<string, MessageArg>> = {},
  extras: { readonly related?: readonly RelatedLocation[]; readonly fixes?: readonly Fix[]; readonly tags?: readonly 'unnecessary'[] } = {},
): Diagnostic {
  return { code, severity: DIAGNOSTICS[code].severity, range, args, ...extras };
}
