/**
 * The classic exchanges, offered as snippets by the completion provider
 * (contributed snippet files cannot be localized). Each is legal as
 * inserted: into an empty file with its declarations, or after a file's own
 * exchange when that file is in the state the scenario starts from.
 *
 * Bodies use VS Code snippet syntax: `${1:x}` is a placeholder, and a number
 * used twice is edited in both places at once.
 */
export type ScenarioStart = 'closed' | 'established';

export interface Scenario {
  /** What the user types to get it; also its identity in tests. */
  readonly prefix: string;
  /** English, translated through the l10n bundle. */
  readonly title: string;
  readonly description: string;
  /** The state both endpoints must be in for the body to be legal. */
  readonly start: ScenarioStart;
  /** Simultaneous open needs two active openers, so both are clients. */
  readonly bothClients?: boolean;
  /** Lines, with `A` the active side and `B` its peer. */
  body(a: string, b: string): readonly string[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    prefix: 'handshake',
    title: 'Three-way handshake',
    description: "SYN, SYN+ACK, ACK: both sides learn the other's initial sequence number (RFC 9293 §3.5, Figure 6).",
    start: 'closed',
    body: (a, b) => [
      `${a} -> ${b}: SYN seq=\${1:x}`,
      `${b} -> ${a}: SYN, ACK seq=\${2:y} ack=\${1:x}+1`,
      `${a} -> ${b}: ACK seq=\${1:x}+1 ack=\${2:y}+1`,
      `${a}: ESTABLISHED`,
      `${b}: ESTABLISHED`,
    ],
  },
  {
    prefix: 'teardown',
    title: 'Four-way teardown',
    description: "Each side sends its own FIN and acknowledges the other's; the side that closed first waits in TIME_WAIT (RFC 9293 §3.6, Figure 12).",
    start: 'established',
    body: (a, b) => [
      `${a} -> ${b}: FIN, ACK seq=\${1:u} ack=\${2:v}`,
      `${a}: FIN_WAIT_1`,
      `${b} -> ${a}: ACK seq=\${2:v} ack=\${1:u}+1`,
      `${a}: FIN_WAIT_2`,
      `${b}: CLOSE_WAIT`,
      `${b} -> ${a}: FIN, ACK seq=\${3:w} ack=\${1:u}+1`,
      `${b}: LAST_ACK`,
      `${a} -> ${b}: ACK seq=\${1:u}+1 ack=\${3:w}+1`,
      `${a}: TIME_WAIT`,
      `${b}: CLOSED`,
      `${a}: timeout`,
    ],
  },
  {
    prefix: 'fin-ack-shortcut',
    title: 'Teardown in three segments: FIN_WAIT_1 straight to TIME_WAIT',
    description: 'The peer acknowledges the FIN and sends its own in one segment, so the closer skips FIN_WAIT_2.',
    start: 'established',
    body: (a, b) => [
      `${a} -> ${b}: FIN, ACK seq=\${1:u} ack=\${2:v}`,
      `${a}: FIN_WAIT_1`,
      `${b} -> ${a}: FIN, ACK seq=\${2:v} ack=\${1:u}+1`,
      `${b}: LAST_ACK`,
      `${a}: TIME_WAIT`,
      `${a} -> ${b}: ACK seq=\${1:u}+1 ack=\${2:v}+1`,
      `${b}: CLOSED`,
    ],
  },
  {
    prefix: 'simultaneous-open',
    title: 'Simultaneous open',
    description: "Both sides send a SYN before receiving the other's: SYN_SENT → SYN_RCVD → ESTABLISHED on both (RFC 9293 Figure 7).",
    start: 'closed',
    bothClients: true,
    body: (a, b) => [
      `${a} ~> ${b}: SYN seq=\${1:x} as \${3:syn_a}`,
      `${b} -> ${a}: SYN seq=\${2:y}`,
      `${a}: SYN_RCVD`,
      `deliver \${3:syn_a}`,
      `${b}: SYN_RCVD`,
      `${a} ~> ${b}: SYN, ACK seq=\${1:x} ack=\${2:y}+1 as \${4:synack_a}`,
      `${b} -> ${a}: SYN, ACK seq=\${2:y} ack=\${1:x}+1`,
      `${a}: ESTABLISHED`,
      `deliver \${4:synack_a}`,
      `${b}: ESTABLISHED`,
    ],
  },
  {
    prefix: 'simultaneous-close',
    title: 'Simultaneous close',
    description: 'Both FINs cross in the network: FIN_WAIT_1 → CLOSING → TIME_WAIT on both sides (RFC 9293 Figure 13).',
    start: 'established',
    body: (a, b) => [
      `${a} ~> ${b}: FIN, ACK seq=\${1:u} ack=\${2:v} as \${3:fin_a}`,
      `${b} -> ${a}: FIN, ACK seq=\${2:v} ack=\${1:u}`,
      `${a}: CLOSING`,
      `deliver \${3:fin_a}`,
      `${b}: CLOSING`,
      `${a} ~> ${b}: ACK seq=\${1:u}+1 ack=\${2:v}+1 as \${4:ack_a}`,
      `${b} -> ${a}: ACK seq=\${2:v}+1 ack=\${1:u}+1`,
      `${a}: TIME_WAIT`,
      `deliver \${4:ack_a}`,
      `${b}: TIME_WAIT`,
    ],
  },
  {
    prefix: 'old-duplicate-syn',
    title: 'Old duplicate SYN',
    description: 'A delayed SYN of an earlier connection arrives first; the SYN+ACK it draws does not acknowledge the current SYN, so a RST clears it (RFC 9293 Figure 8).',
    start: 'closed',
    body: (a, b) => [
      `${a} ~> ${b}: SYN seq=\${1:z} as \${2:old}`,
      `${a}: close`,
      `${a} ~> ${b}: SYN seq=\${3:x} as \${4:new}`,
      `deliver \${2:old}`,
      `${b} -> ${a}: SYN, ACK seq=\${5:y} ack=\${1:z}+1`,
      `${a}: SYN_SENT`,
      `${a} -> ${b}: RST seq=\${1:z}+1`,
      `${b}: LISTEN`,
      `deliver \${4:new}`,
      `${b} -> ${a}: SYN, ACK seq=\${6:w} ack=\${3:x}+1`,
      `${a} -> ${b}: ACK seq=\${3:x}+1 ack=\${6:w}+1`,
      `${a}: ESTABLISHED`,
      `${b}: ESTABLISHED`,
    ],
  },
  {
    prefix: 'half-close',
    title: 'Half-close',
    description: 'One side has closed (FIN_WAIT_2) while the other keeps sending data from CLOSE_WAIT, then closes too.',
    start: 'established',
    body: (a, b) => [
      `${a} -> ${b}: FIN, ACK seq=\${1:u} ack=\${2:v}`,
      `${b} -> ${a}: ACK seq=\${2:v} ack=\${1:u}+1`,
      `${a}: FIN_WAIT_2`,
      `${b}: CLOSE_WAIT`,
      `${b} -> ${a}: ACK, PSH seq=\${2:v} ack=\${1:u}+1 len=\${3:100}`,
      `${a} -> ${b}: ACK seq=\${1:u}+1 ack=\${2:v}+\${3:100}`,
      `${b} -> ${a}: FIN, ACK seq=\${4:w} ack=\${1:u}+1`,
      `${a} -> ${b}: ACK seq=\${1:u}+1 ack=\${4:w}+1`,
      `${a}: TIME_WAIT`,
      `${b}: CLOSED`,
    ],
  },
];

/** The declarations that put a file with no endpoints where the scenario starts. */
export function scenarioDeclarations(scenario: Scenario, a: string, b: string): string[] {
  const state = scenario.start === 'established' ? ' ESTABLISHED' : '';
  return [`client ${a}${state}`, `${scenario.bothClients ? 'client' : 'server'} ${b}${state}`];
}

/**
 * The text a snippet inserts when every placeholder keeps its default:
 * `${1:x}` becomes `x`, and `$0` or `${2}` nothing. (Our bodies hold no
 * escaped `$` and no nested placeholders.)
 */
export function expandSnippet(body: string): string {
  let out = '';
  let at = 0;
  while (at < body.length) {
    const dollar = body.indexOf('$', at);
    if (dollar < 0) break;
    out += body.slice(at, dollar);
    let end = dollar + 1;
    if (body[end] === '{') {
      end++;
      while (end < body.length && body[end]! >= '0' && body[end]! <= '9') end++;
      const close = body.indexOf('}', end);
      if (close < 0) return out + body.slice(dollar);
      if (body[end] === ':') out += body.slice(end + 1, close);
      at = close + 1;
    } else {
      while (end < body.length && body[end]! >= '0' && body[end]! <= '9') end++;
      at = end;
    }
  }
  return out + body.slice(at);
}
