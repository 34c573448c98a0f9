/**
 * The few snapshots there are: a state, and what is owed in it. Each is a
 * number (see snapshotIndex), and both endpoints' a pair number: a run
 * records two numbers a step, and the objects a front end reads are made
 * once each and shared by every step of every analysis.
 */
import type { EndpointSnapshot, Owed, StateChange } from '../analysis/model';
import { TCP_STATES } from '../tcp/states';
import { OWED_SLOTS, owedOfSlot, owedSlot } from './context';
import type { Tcb } from './tcb';

const SNAPSHOT_KINDS = TCP_STATES.length * OWED_SLOTS;

function snapshotIndex(tcb: Tcb): number {
  return tcb.stateIndex * OWED_SLOTS + owedSlot(tcb.debt?.owed);
}

/** Both endpoints' snapshots now, as one number. */
export function snapshotPairOf(tcbs: readonly [Tcb, Tcb]): number {
  return snapshotIndex(tcbs[0]) * SNAPSHOT_KINDS + snapshotIndex(tcbs[1]);
}

const snapshots: (EndpointSnapshot | undefined)[] = [];

function snapshotOf(index: number): EndpointSnapshot {
  const state = TCP_STATES[Math.floor(index / OWED_SLOTS)]!;
  const owes: Owed | undefined = owedOfSlot(index % OWED_SLOTS);
  return (snapshots[index] ??= Object.freeze(owes ? { state, owes } : { state }));
}

const pairs: (readonly EndpointSnapshot[] | undefined)[] = [];

/** The snapshots of pair number `pair`, both endpoints in declaration order. */
export function snapshotPair(pair: number): readonly EndpointSnapshot[] {
  return (pairs[pair] ??= Object.freeze([snapshotOf(Math.floor(pair / SNAPSHOT_KINDS)), snapshotOf(pair % SNAPSHOT_KINDS)]));
}

/** Most lines change no state: they share one empty list. */
const NO_CHANGES: readonly StateChange[] = Object.freeze([]);

/** The changes from one pair to another, by the two pair numbers. */
const changesMade = new Map<number, readonly StateChange[]>();

/** The state changes from pair `before` to pair `after`; made once for each two pairs, as the pairs are. */
export function changesBetween(before: number, after: number): readonly StateChange[] {
  if (before === after) return NO_CHANGES;
  const key = before * SNAPSHOT_KINDS * SNAPSHOT_KINDS + after;
  let changes = changesMade.get(key);
  if (!changes) changesMade.set(key, (changes = Object.freeze(stateChanges(snapshotPair(before), snapshotPair(after)))));
  return changes;
}

function stateChanges(before: readonly EndpointSnapshot[], after: readonly EndpointSnapshot[]): readonly StateChange[] {
  // Most new snapshots differ by what is owed alone.
  let changes: StateChange[] | undefined;
  for (let i = 0; i < before.length; i++) {
    const from = before[i]!.state;
    const to = after[i]!.state;
    if (from !== to) (changes ??= []).push(Object.freeze({ endpoint: i, from, to }));
  }
  return changes ?? NO_CHANGES;
}
