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

  // what a sender may not send ({what} in 'cannot-send')
  'what-syn': { en: 'a SYN', 'zh-cn': ' SYN' },
  'what-syn-ack': { en: 'a SYN+ACK', 'zh-cn': ' SYN+ACK' },
  'what-fin': { en: 'a FIN', 'zh-cn': ' FIN' },
  'what-data': { en: 'data', 'zh-cn': '数据' },
  'what-ack': { en: 'an ACK', 'zh-cn': ' ACK' },
  'what-rst': { en: 'a RST', 'zh-cn': ' RST' },
  'what-bare': { en: 'a segment without ACK', 'zh-cn': '不带 ACK 的报文段' },

  // why not ({reason} in 'cannot-send' and 'action-not-allowed')
  'why-closed-only-rst': {
    en: 'a CLOSED endpoint sends nothing but a SYN to open or a RST',
    'zh-cn': '处于 CLOSED 的端点只能发送用于打开连接的 SYN 或 RST',
  },
  'why-listen': {
    en: 'LISTEN sends nothing but a SYN (an active open) or a RST it owes',
    'zh-cn': 'LISTEN 状态只能发送 SYN(主动打开)或它应答的 RST',
  },
  'why-syn-opening': {
    en: 'a SYN opens a connection from CLOSED or LISTEN, or repeats one in SYN_SENT or SYN_RCVD',
    'zh-cn': 'SYN 只能在 CLOSED 或 LISTEN 状态下打开连接,或在 SYN_SENT、SYN_RCVD 状态下重传',
  },
  'why-synack-no-syn': { en: 'it has received no SYN to acknowledge', 'zh-cn': '它还没有收到需要确认的 SYN' },
  'why-synack-states': {
    en: 'a SYN+ACK answers a SYN, in SYN_RCVD only',
    'zh-cn': 'SYN+ACK 用于应答 SYN,只能在 SYN_RCVD 状态下发送',
  },
  'why-fin-states': {
    en: 'a FIN closes from SYN_RCVD, ESTABLISHED or CLOSE_WAIT, or repeats the FIN already sent',
    'zh-cn': 'FIN 只能在 SYN_RCVD、ESTABLISHED 或 CLOSE_WAIT 状态下发送,或重传已发送的 FIN',
  },
  'why-data-states': {
    en: 'new data flows only in ESTABLISHED or CLOSE_WAIT',
    'zh-cn': '新数据只能在 ESTABLISHED 或 CLOSE_WAIT 状态下发送',
  },
  'why-nothing-to-ack': { en: 'it has received nothing to acknowledge yet', 'zh-cn': '它还没有收到任何需要确认的内容' },
  'why-rst-nothing-to-reset': {
    en: 'no connection is synchronized yet, so there is nothing to reset',
    'zh-cn': '连接尚未同步,没有可以复位的连接',
  },
  'why-listen-from-closed': { en: 'a passive open starts from CLOSED', 'zh-cn': '被动打开只能从 CLOSED 开始' },
  'why-connect-states': { en: 'an active open starts from CLOSED or LISTEN', 'zh-cn': '主动打开只能从 CLOSED 或 LISTEN 开始' },
  'why-timeout-time-wait': {
    en: 'only TIME_WAIT waits for the 2MSL timeout',
    'zh-cn': '只有 TIME_WAIT 状态才等待 2MSL 超时',
  },

  // what must come first ('owed-first')
  'owed-synack': { en: 'a SYN+ACK', 'zh-cn': ' SYN+ACK' },
  'owed-ack': { en: 'an ACK', 'zh-cn': ' ACK' },
  'owed-rst': { en: 'a RST', 'zh-cn': ' RST' },
  'owed-its-syn': { en: 'its SYN', 'zh-cn': '自己的 SYN' },
  'owed-its-fin': { en: 'its FIN', 'zh-cn': '自己的 FIN' },
  'because-connect': { en: 'connect at line {line}', 'zh-cn': '第 {line} 行执行了 connect' },
  'because-close': { en: 'close at line {line}', 'zh-cn': '第 {line} 行执行了 close' },
  'because-abort': { en: 'abort at line {line}', 'zh-cn': '第 {line} 行执行了 abort' },
  'because-syn-received': {
    en: 'the SYN at line {line} waits for its SYN+ACK',
    'zh-cn': '第 {line} 行的 SYN 正在等待 SYN+ACK',
  },

  // related locations
  'related-put-in-state': { en: 'this line put {name} in {state}', 'zh-cn': '这一行使 {name} 进入 {state}' },
  'related-connect': { en: '{name} connects here', 'zh-cn': '{name} 在此执行 connect' },
  'related-close': { en: '{name} closes here', 'zh-cn': '{name} 在此执行 close' },
  'related-abort': { en: '{name} aborts here', 'zh-cn': '{name} 在此执行 abort' },
  'related-syn-received': { en: '{name} received this SYN', 'zh-cn': '{name} 收到了这个 SYN' },

  // why a number must be what it is
  'num-syn': { en: 'the SYN at line {line} takes one sequence number', 'zh-cn': '第 {line} 行的 SYN 占用一个序号' },
  'num-fin': { en: 'the FIN at line {line} takes one sequence number', 'zh-cn': '第 {line} 行的 FIN 占用一个序号' },
  'num-bytes': { en: 'the {len} bytes at line {line} come before it', 'zh-cn': '第 {line} 行的 {len} 字节数据在它之前' },
  'num-learned': { en: 'line {line} showed this number first', 'zh-cn': '第 {line} 行首次给出了这个序号' },
  'num-next': { en: 'it is the next sequence number', 'zh-cn': '这是下一个序号' },
  'num-rst-answer': {
    en: 'a RST answering line {line} takes its numbers from that segment (RFC 9293 §3.10.7)',
    'zh-cn': '应答第 {line} 行的 RST 要使用该报文段中的序号(RFC 9293 §3.10.7)',
  },
  'num-syn-repeat': { en: 'a repeated SYN carries the same ISS, {iss}', 'zh-cn': '重传的 SYN 携带相同的初始序号 {iss}' },
  'num-fin-repeat': {
    en: 'a repeated FIN sits where the FIN of line {line} did',
    'zh-cn': '重传的 FIN 必须与第 {line} 行的 FIN 位于同一序号',
  },

  // what the receiver does (hovers)
  'outcome-moves': { en: '{receiver} accepts it: {from} → {to}{owes}', 'zh-cn': '{receiver} 接受该报文段:{from} → {to}{owes}' },
  'outcome-stays': { en: '{receiver} accepts it and stays in {state}{owes}', 'zh-cn': '{receiver} 接受该报文段,保持 {state}{owes}' },
  'outcome-dropped': { en: '{receiver} drops it{owes}: {reason}', 'zh-cn': '{receiver} 丢弃该报文段{owes}:{reason}' },
  'owes-suffix': { en: '; it now owes {owed}', 'zh-cn': ';它现在需要回复{owed}' },

  // why a receiver drops a segment (RFC 9293 §3.10.7)
  'drop-closed': {
    en: 'no connection exists, so it answers with a RST (RFC 9293 §3.10.7.1)',
    'zh-cn': '连接不存在,因此以 RST 应答(RFC 9293 §3.10.7.1)',
  },
  'drop-closed-rst': { en: 'a RST to a closed port is discarded (RFC 9293 §3.10.7.1)', 'zh-cn': '发往已关闭端口的 RST 被丢弃(RFC 9293 §3.10.7.1)' },
  'drop-listen-rst': { en: 'a RST in LISTEN is ignored (RFC 9293 §3.10.7.2)', 'zh-cn': 'LISTEN 状态忽略 RST(RFC 9293 §3.10.7.2)' },
  'drop-listen-ack': {
    en: 'any ACK in LISTEN is bad, so it answers with RST seq={ack} (RFC 9293 §3.10.7.2)',
    'zh-cn': 'LISTEN 状态收到任何 ACK 都是错误的,因此以 RST seq={ack} 应答(RFC 9293 §3.10.7.2)',
  },
  'drop-listen-other': { en: 'LISTEN waits for a SYN (RFC 9293 §3.10.7.2)', 'zh-cn': 'LISTEN 状态只等待 SYN(RFC 9293 §3.10.7.2)' },
  'drop-synsent-bad-ack': {
    en: 'ack={ack} does not acknowledge its SYN (it must lie after ISS {iss} and at most SND.NXT {nxt}), so it answers with RST seq={ack} (RFC 9293 §3.10.7.3)',
    'zh-cn': 'ack={ack} 没有确认它的 SYN(必须大于 ISS {iss} 且不超过 SND.NXT {nxt}),因此以 RST seq={ack} 应答(RFC 9293 §3.10.7.3)',
  },
  'drop-synsent-rst-bad-ack': {
    en: 'a RST whose ACK does not acknowledge its SYN is ignored (RFC 9293 §3.10.7.3)',
    'zh-cn': 'ACK 未确认其 SYN 的 RST 被忽略(RFC 9293 §3.10.7.3)',
  },
  'drop-synsent-rst-no-ack': {
    en: 'in SYN_SENT a RST counts only with an ACK of its SYN (RFC 9293 §3.10.7.3)',
    'zh-cn': 'SYN_SENT 状态下,只有确认了其 SYN 的 RST 才有效(RFC 9293 §3.10.7.3)',
  },
  'drop-synsent-other': {
    en: 'SYN_SENT waits for a SYN or a SYN+ACK (RFC 9293 §3.10.7.3)',
    'zh-cn': 'SYN_SENT 状态只等待 SYN 或 SYN+ACK(RFC 9293 §3.10.7.3)',
  },
  'drop-unacceptable': {
    en: 'seq={seq} lies outside its receive window, which starts at {expected}, so it answers with an ACK (RFC 9293 §3.10.7.4)',
    'zh-cn': 'seq={seq} 不在接收窗口内(窗口从 {expected} 开始),因此以 ACK 应答(RFC 9293 §3.10.7.4)',
  },
  'drop-old-duplicate': {
    en: 'it carries nothing new (everything before {expected} has arrived), so it answers with an ACK (RFC 9293 §3.10.7.4)',
    'zh-cn': '它不含新内容({expected} 之前的数据都已收到),因此以 ACK 应答(RFC 9293 §3.10.7.4)',
  },
  'drop-duplicate-syn': {
    en: 'it repeats the SYN already received, so it answers with its SYN+ACK again',
    'zh-cn': '这是已收到的 SYN 的重复,因此再次以 SYN+ACK 应答',
  },
  'drop-rst-outside': {
    en: 'a RST outside the receive window (seq={seq}, expected {expected}) is ignored (RFC 9293 §3.10.7.4)',
    'zh-cn': '接收窗口外的 RST(seq={seq},应为 {expected})被忽略(RFC 9293 §3.10.7.4)',
  },
  'drop-rst-challenge': {
    en: "the RST's seq={seq} is in the window but not exactly RCV.NXT={expected}, so it answers with a challenge ACK (RFC 5961 §3.2)",
    'zh-cn': 'RST 的 seq={seq} 在窗口内但不等于 RCV.NXT={expected},因此以挑战 ACK 应答(RFC 5961 §3.2)',
  },
  'drop-syn-challenge': {
    en: 'a SYN in a synchronized state gets a challenge ACK (RFC 5961 §4.2)',
    'zh-cn': '已同步状态下收到 SYN,以挑战 ACK 应答(RFC 5961 §4.2)',
  },
  'drop-no-ack': {
    en: 'a segment without ACK is dropped in this state (RFC 9293 §3.10.7.4)',
    'zh-cn': '此状态下不带 ACK 的报文段被丢弃(RFC 9293 §3.10.7.4)',
  },
  'drop-synrcvd-bad-ack': {
    en: 'ack={ack} does not acknowledge its SYN+ACK, so it answers with RST seq={ack} (RFC 9293 §3.10.7.4)',
    'zh-cn': 'ack={ack} 没有确认它的 SYN+ACK,因此以 RST seq={ack} 应答(RFC 9293 §3.10.7.4)',
  },
  'drop-ack-unsent': {
    en: 'ack={ack} acknowledges data it never sent (SND.NXT is {nxt}), so it answers with an ACK (RFC 9293 §3.10.7.4)',
    'zh-cn': 'ack={ack} 确认了它从未发送的数据(SND.NXT 为 {nxt}),因此以 ACK 应答(RFC 9293 §3.10.7.4)',
  },

  // quick-fix titles
  'fix-replace': { en: 'Change to {text}', 'zh-cn': '改为 {text}' },
  'fix-insert-line': { en: 'Insert {text}', 'zh-cn': '插入 {text}' },
} as const satisfies Record<string, PhraseEntry>;

export type PhraseKey = keyof typeof PHRASES;
