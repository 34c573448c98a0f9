/**
 * Symbolic numbers (spec, "Numbers and symbols"): the first use of a symbol
 * binds it, later uses are plain values, and expected values are written back
 * in the writer's own terms ("x+1" rather than 101).
 */
import type { Expression } from '../syntax/ast';
import { seqAdd, seqDistance } from '../tcp/sequence-numbers';

interface Binding {
  readonly value: number;
  /** The endpoint whose sequence space the symbol lives in. */
  readonly space: number;
}

export class SymbolTable {
  private readonly bindings = new Map<string, Binding>();
  /** Names bound per space, newest last, for writing values back. */
  private readonly bySpace: Array<Array<[string, number]>> = [[], []];

  /** How many symbols are bound: the cost of a copy. */
  get size(): number {
    return this.bindings.size;
  }

  /** An independent copy, for resuming validation from a checkpoint. */
  copy(): SymbolTable {
    const copy = new SymbolTable();
    for (const [name, binding] of this.bindings) copy.bindings.set(name, binding);
    this.bySpace.forEach((names, space) => copy.bySpace[space]!.push(...names));
    return copy;
  }

  get usesSymbols(): boolean {
    return this.bindings.size > 0;
  }

  isBound(name: string): boolean {
    return this.bindings.has(name);
  }

  /**
   * The value of an expression written as `name` and `number` (a symbol's
   * name and offset, or no name and a number: see SegmentSpec.seqName) if
   * it is already known, without binding anything.
   */
  peek(name: string | undefined, number: number): number | undefined {
    if (name === undefined) return number;
    const binding = this.bindings.get(name);
    return binding ? seqAdd(binding.value, number) : undefined;
  }

  /**
   * The value of an expression. A symbol seen for the first time is bound so
   * that the expression equals `valueIfNew` (the correct value at that place,
   * or a freely chosen ISS), which is why a new symbol is never an error.
   */
  evaluate(name: string | undefined, number: number, space: number, valueIfNew: number): number {
    if (name === undefined) return number;
    let binding = this.bindings.get(name);
    if (!binding) {
      binding = { value: seqAdd(valueIfNew, -number), space };
      this.bindings.set(name, binding);
      this.bySpace[space]?.push([name, binding.value]);
    }
    return seqAdd(binding.value, number);
  }

  /**
   * `value` written with the symbol of `space` closest to it (the newest on a
   * tie), or as a plain number when the writer uses no symbol there.
   */
  write(value: number, space: number): string {
    let best: { name: string; offset: number } | undefined;
    for (const [name, base] of this.bySpace[space] ?? []) {
      const offset = seqDistance(base, value);
      if (!best || Math.abs(offset) <= Math.abs(best.offset)) best = { name, offset };
    }
    if (!best) return String(value);
    if (best.offset === 0) return best.name;
    return best.offset > 0 ? `${best.name}+${best.offset}` : `${best.name}${best.offset}`;
  }

  /** A symbol name not yet used, for fixes that introduce a new ISS. */
  freshName(preferred: readonly string[]): string {
    for (const name of preferred) if (!this.bindings.has(name)) return name;
    for (let i = 1; ; i++) if (!this.bindings.has(`isn${i}`)) return `isn${i}`;
  }
}

/** `x+1 = 101`-style text for hovers: how it was written and what it is. */
export function writeExpression(expression: Expression): string {
  return expression.kind === 'number' ? writeValue(undefined, expression.value) : writeValue(expression.name, expression.offset);
}

/** An expression written as a name and a number (see SymbolTable.peek), as writeExpression writes it. */
export function writeValue(name: string | undefined, number: number): string {
  if (name === undefined) return String(number);
  if (number === 0) return name;
  return number > 0 ? `${name}+${number}` : `${name}${number}`;
}
