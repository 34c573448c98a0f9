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
  'hint-did-you-mean': { en: '; did you mean {suggestion}?', 'zh-cn': ';你是想写 {suggestion} 吗?' },
  'expected-state': {
    en: 'not a state; expected one such as CLOSED, LISTEN, SYN_SENT or ESTABLISHED',
    'zh-cn': '不是状态;应为 CLOSED、LISTEN、SYN_SENT、ESTABLISHED 等状态',
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

  // the diagram
  'diagram-client': { en: 'client', 'zh-cn': '客户端' },
  'diagram-server': { en: 'server', 'zh-cn': '服务器' },
  'diagram-lost': { en: '(lost)', 'zh-cn': '(丢失)' },
  'diagram-dropped': { en: '(dropped)', 'zh-cn': '(被丢弃)' },
  'diagram-in-flight': { en: 'line {line}: sent, in flight as {label}', 'zh-cn': '第 {line} 行:已发送,在途标签 {label}' },
  'diagram-crossing': { en: 'crossing in flight', 'zh-cn': '在途中交叉' },
  'diagram-window': {
    en: 'Showing lines {first}-{last}: the flow has {total} steps, too many to draw at once',
    'zh-cn': '仅显示第 {first}-{last} 行:该交互共 {total} 步,无法一次全部绘制',
  },

  // quick-fix titles
  'fix-replace': { en: 'Change to {text}', 'zh-cn': '改为 {text}' },
  'fix-insert-line': { en: 'Insert {text}', 'zh-cn': '插入 {text}' },

  // what each state means (hovers on a state name; RFC 9293 §3.3.2)
  'state-explain-CLOSED': {
    en: 'No connection: there is no TCB. A segment that arrives is answered with a RST (unless it is a RST itself).',
    'zh-cn': '没有连接,也没有 TCB。收到的报文段会以 RST 应答(除非它本身就是 RST)。',
  },
  'state-explain-LISTEN': {
    en: 'A server waiting for a SYN from any peer. It has sent nothing and owes nothing yet.',
    'zh-cn': '服务器在等待任意对端发来的 SYN。它还没有发送任何内容,也不欠对方任何回复。',
  },
  'state-explain-SYN_SENT': {
    en: 'It has sent its SYN (an active open) and waits for the SYN+ACK that acknowledges it, or for a SYN of a simultaneous open.',
    'zh-cn': '已发送自己的 SYN(主动打开),正在等待确认它的 SYN+ACK,或同时打开时对方的 SYN。',
  },
  'state-explain-SYN_RCVD': {
    en: "It has received the peer's SYN and sent its own SYN+ACK; it waits for the ACK of its SYN to finish the handshake.",
    'zh-cn': '已收到对方的 SYN 并发出了自己的 SYN+ACK;正在等待对其 SYN 的确认,以完成握手。',
  },
  'state-explain-ESTABLISHED': {
    en: 'The handshake is done and both sequence numbers are known: data may flow both ways.',
    'zh-cn': '握手已完成,双方的初始序号都已确定:数据可以双向传输。',
  },
  'state-explain-FIN_WAIT_1': {
    en: "The application closed and its FIN has been sent; it waits for that FIN to be acknowledged (or for the peer's FIN).",
    'zh-cn': '应用已关闭,FIN 已发出;正在等待对这个 FIN 的确认(或对方的 FIN)。',
  },
  'state-explain-FIN_WAIT_2': {
    en: 'Its FIN has been acknowledged; it can still receive data and waits for the peer to send its own FIN.',
    'zh-cn': '它的 FIN 已被确认;仍可接收数据,正在等待对方发送自己的 FIN。',
  },
  'state-explain-CLOSE_WAIT': {
    en: "The peer's FIN has arrived: the peer sends no more. This side may still send data until its application closes.",
    'zh-cn': '对方的 FIN 已到达:对方不再发送数据。本端在应用关闭前仍可发送数据。',
  },
  'state-explain-CLOSING': {
    en: "Both sides sent a FIN at about the same time (simultaneous close): it has received the peer's FIN and waits for the ACK of its own.",
    'zh-cn': '双方几乎同时发送了 FIN(同时关闭):已收到对方的 FIN,正在等待对自己 FIN 的确认。',
  },
  'state-explain-LAST_ACK': {
    en: 'It closed after the peer did and has sent its FIN; the ACK of that FIN is the last thing it waits for.',
    'zh-cn': '它在对方之后关闭并已发出 FIN;对这个 FIN 的确认是它最后等待的内容。',
  },
  'state-explain-TIME_WAIT': {
    en: 'Both FINs are acknowledged. It waits twice the maximum segment lifetime (2MSL) so that a lost last ACK can be sent again and old segments die out, then goes to CLOSED.',
    'zh-cn': '双方的 FIN 都已确认。它等待两倍最长报文段寿命(2MSL),以便在最后的 ACK 丢失时重发,并让旧报文段消失,然后进入 CLOSED。',
  },

  // what each control bit means (hovers on a flag; RFC 9293 §3.1, RFC 3168)
  'flag-explain-SYN': {
    en: "Synchronize: opens a connection and carries the sender's initial sequence number (ISN). It takes one sequence number.",
    'zh-cn': '同步:用于建立连接,携带发送方的初始序号(ISN)。它占用一个序号。',
  },
  'flag-explain-ACK': {
    en: 'Acknowledgment: the ack field is valid and names the next sequence number the sender expects. Every segment after the handshake has it.',
    'zh-cn': '确认:ack 字段有效,表示发送方期望收到的下一个序号。握手之后的每个报文段都带有它。',
  },
  'flag-explain-FIN': {
    en: 'Finish: the sender has no more data to send. It takes one sequence number, so the peer acknowledges it with seq+1.',
    'zh-cn': '结束:发送方没有更多数据要发送。它占用一个序号,因此对方用 seq+1 来确认。',
  },
  'flag-explain-RST': {
    en: 'Reset: abandon the connection at once, or refuse a segment that belongs to no connection.',
    'zh-cn': '复位:立即放弃连接,或拒绝不属于任何连接的报文段。',
  },
  'flag-explain-PSH': {
    en: 'Push: deliver the data to the receiving application without waiting for more. It does not change any state.',
    'zh-cn': '推送:让接收方立即把数据交给应用,而不必等待更多数据。它不改变任何状态。',
  },
  'flag-explain-URG': {
    en: 'Urgent: the urgent pointer is valid. Kept for compatibility; new applications should not use it.',
    'zh-cn': '紧急:紧急指针有效。仅为兼容而保留,新应用不应使用。',
  },
  'flag-explain-ECE': {
    en: 'ECN-Echo (RFC 3168): the receiver saw congestion marked by the network. It does not change any state.',
    'zh-cn': 'ECN 回显(RFC 3168):接收方发现网络标记了拥塞。它不改变任何状态。',
  },
  'flag-explain-CWR': {
    en: 'Congestion Window Reduced (RFC 3168): the sender has slowed down after an ECN-Echo. It does not change any state.',
    'zh-cn': '拥塞窗口已减小(RFC 3168):发送方在收到 ECN 回显后已减速。它不改变任何状态。',
  },

  // what each action does (completion; the spec's table of actions)
  'action-explain-listen': {
    en: 'Passive open: CLOSED → LISTEN, waiting for a SYN.',
    'zh-cn': '被动打开:CLOSED → LISTEN,等待 SYN。',
  },
  'action-explain-connect': {
    en: 'Active open from CLOSED or LISTEN: the next segment must be its SYN.',
    'zh-cn': '从 CLOSED 或 LISTEN 主动打开:下一个报文段必须是它的 SYN。',
  },
  'action-explain-close': {
    en: 'The application closes: the next segment must be its FIN (in LISTEN or SYN_SENT it goes straight to CLOSED).',
    'zh-cn': '应用关闭连接:下一个报文段必须是它的 FIN(在 LISTEN 或 SYN_SENT 状态下直接进入 CLOSED)。',
  },
  'action-explain-abort': {
    en: 'The application aborts: the next segment must be a RST, and it goes to CLOSED.',
    'zh-cn': '应用中止连接:下一个报文段必须是 RST,并进入 CLOSED。',
  },
  'action-explain-timeout': {
    en: 'The 2MSL timer expires in TIME_WAIT: to CLOSED.',
    'zh-cn': 'TIME_WAIT 状态下 2MSL 计时器到期:进入 CLOSED。',
  },

  // the phases of an exchange (outline, folding)
  'phase-establishment': { en: 'Connection establishment', 'zh-cn': '建立连接' },
  'phase-data-transfer': { en: 'Data transfer', 'zh-cn': '数据传输' },
  'phase-termination': { en: 'Connection termination', 'zh-cn': '释放连接' },
  'phase-reset': { en: 'Reset', 'zh-cn': '复位' },
} as const satisfies Record<string, PhraseEntry>;

export type PhraseKey = keyof typeof PHRASES;
