/**
 * Which two endpoints a file talks about (spec, "Endpoints"): the declared
 * ones in declaration order, else the sender of the first segment as client
 * and its receiver as server.
 */
import type { DeclarationStatement, ParsedDocument, Role, Statement } from '../syntax/ast';
import type { Range } from '../text/range';
import type { TcpState } from '../tcp/states';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diagnosticOf } from '../diagnostics/catalogue';

export interface Endpoint {
  readonly name: string;
  readonly role: Role;
  readonly label?: string;
  readonly declaredAt?: Range;
  readonly initialState: TcpState;
  readonly declarationLine?: number;
}

export interface EndpointResolution {
  readonly endpoints: Endpoint[];
  readonly diagnostics: Diagnostic[];
}

function initialStateOf(role: Role): TcpState {
  return role === 'client' ? 'CLOSED' : 'LISTEN';
}

export function resolveEndpoints(document: ParsedDocument): EndpointResolution {
  const endpoints: Endpoint[] = [];
  const diagnostics: Diagnostic[] = [];
  const statements = document.statements;
  const firstEvent = statements.find((s) => !s.hasSyntaxError && s.kind !== 'declaration' && s.kind !== 'title');

  // By index: this runs once per analysis, too few times for the engine to make an iterator free.
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    if (statement.kind !== 'declaration' || statement.hasSyntaxError) continue;
    const name = statement.name.value;
    const existing = endpointNamed(endpoints, name);
    if (existing) {
      diagnostics.push(diagnosticOf('duplicate-declaration', statement.name.range, { name, line: (existing.declarationLine ?? 0) + 1 }));
    } else if (firstEvent && firstEvent.line < statement.line) {
      diagnostics.push(diagnosticOf('late-declaration', statement.name.range, { name }));
    } else if (endpoints.length === 2) {
      diagnostics.push(diagnosticOf('third-endpoint', statement.name.range, { name, first: endpoints[0]!.name, second: endpoints[1]!.name }));
    } else {
      endpoints.push(fromDeclaration(statement));
    }
  }

  // Undeclared endpoints come from the first segment (its sender opens), else from the first name used.
  const candidate = (name: string, role: Role): void => {
    if (endpoints.length >= 2 || endpoints.some((e) => e.name === name)) return;
    // The undeclared one takes the role the declared one leaves free.
    const free: Role = endpoints.length === 1 ? (endpoints[0]!.role === 'client' ? 'server' : 'client') : role;
    endpoints.push({ name, role: free, initialState: initialStateOf(free) });
  };
  const firstSegment = statements.find((s) => !s.hasSyntaxError && s.kind === 'segment');
  if (firstSegment?.kind === 'segment') {
    candidate(firstSegment.senderValue, 'client');
    candidate(firstSegment.receiverValue, 'server');
  }
  for (let i = 0; i < statements.length && endpoints.length < 2; i++) {
    const statement = statements[i]!;
    const name = statement.hasSyntaxError ? undefined : endpointNameOf(statement);
    if (name) candidate(name, 'client');
  }
  return { endpoints, diagnostics };
}

/**
 * A helper rather than a closure in the loop above: a closure over the
 * loop's `name` made the engine allocate a scope for every statement of
 * the file, declaration or not.
 */
function endpointNamed(endpoints: readonly Endpoint[], name: string): Endpoint | undefined {
  for (const e of endpoints) if (e.name === name) return e;
  return undefined;
}

function fromDeclaration(statement: DeclarationStatement): Endpoint {
  const role = statement.role.value;
  return {
    name: statement.name.value,
    role,
    ...(statement.label ? { label: statement.label.value } : {}),
    declaredAt: statement.name.range,
    initialState: statement.state?.value ?? initialStateOf(role),
    declarationLine: statement.line,
  };
}

function endpointNameOf(statement: Statement): string | undefined {
  switch (statement.kind) {
    case 'segment':
      return statement.senderValue;
    case 'assertion':
    case 'action':
      return statement.endpoint.value;
    default:
      return undefined;
  }
}
