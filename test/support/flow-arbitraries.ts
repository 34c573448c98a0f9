/**
 * fast-check arbitraries over the flow generator's plans: any opening, data
 * steps with losses and crossings, any closing, and any initial sequence
 * numbers, including some a few bytes short of 2^32 so that numbers wrap.
 */
import fc from 'fast-check';
import type { DataStep, FlowPlan } from './flow-generator';

export const dataStep: fc.Arbitrary<DataStep> = fc.oneof(
  fc.record({ kind: fc.constant('data' as const), from: fc.constantFrom(0 as const, 1 as const), len: fc.integer({ min: 1, max: 1460 }) }),
  fc.record({ kind: fc.constant('lost-then-retransmitted' as const), from: fc.constantFrom(0 as const, 1 as const), len: fc.integer({ min: 1, max: 1460 }) }),
  fc.record({ kind: fc.constant('crossing' as const), len: fc.integer({ min: 1, max: 1460 }), otherLen: fc.integer({ min: 1, max: 1460 }) }),
);

/** Plans whose data steps number between `minSteps` and `maxSteps`. */
export function flowPlan(minSteps: number, maxSteps: number): fc.Arbitrary<FlowPlan> {
  return fc.record({
    symbolic: fc.boolean(),
    iss: fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2 ** 32 - 3000, max: 2 ** 32 - 1 })),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    ),
    opening: fc.constantFrom('handshake' as const, 'simultaneous' as const, 'piggyback' as const),
    steps: fc.array(dataStep, { minLength: minSteps, maxLength: maxSteps }),
    closing: fc.constantFrom('normal' as const, 'fin-ack-shortcut' as const, 'simultaneous' as const, 'server-first' as const, 'none' as const),
  });
}
