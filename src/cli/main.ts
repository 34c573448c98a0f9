/**
 * `tcpflow`: the command line that teachers grade with. Output and exit
 * codes follow the spec's "Command line" section exactly.
 */
import { readFileSync } from 'node:fs';
import { analyze, localeFrom, renderMessage, toMermaid, type Analysis, type Locale } from '../core/index';
import { cliMessage } from './messages';

interface Options {
  command: 'check' | 'mermaid' | 'help';
  json: boolean;
  locale: Locale;
  files: string[];
}

class UsageError extends Error {}

export const EXIT_LEGAL = 0;
export const EXIT_ILLEGAL = 1;
export const EXIT_USAGE_OR_READ = 2;

function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  return localeFrom(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const options: Options = { command: 'help', json: false, locale: environmentLocale(env), files: [] };
  // --lang is read first so that every later message is in the chosen language.
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const arg = argv[langAt]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[langAt + 1];
    if (value !== 'en' && value !== 'zh-cn') throw new UsageError(cliMessage('badLanguage', options.locale, { arg: value ?? '' }));
    options.locale = value;
  }
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return options;
  if (command !== 'check' && command !== 'mermaid') {
    throw new UsageError(cliMessage(command.startsWith('-') ? 'unknownOption' : 'unknownCommand', options.locale, { arg: command }));
  }
  options.command = command;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json' && command === 'check') options.json = true;
    else if (arg === '--lang') i++;
    else if (arg.startsWith('--lang=')) continue;
    else if (arg === '--help' || arg === '-h') options.command = 'help';
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(cliMessage('unknownOption', options.locale, { arg }));
    else options.files.push(arg);
  }
  if (options.command !== 'help' && options.files.length === 0) throw new UsageError(cliMessage('noFiles', options.locale));
  if (options.command === 'mermaid' && options.files.length !== 1) throw new UsageError(cliMessage('oneFile', options.locale));
  return options;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  readonly env: NodeJS.ProcessEnv;
  readonly stderrIsTty: boolean;
}

interface Checked {
  readonly file: string;
  readonly analysis: Analysis;
}

function readSource(io: Io, file: string): string {
  return file === '-' ? io.readStdin() : io.readFile(file);
}

/** One line per problem: FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], lines and columns from 1. */
function formatText(checked: Checked, locale: Locale): string {
  return checked.analysis.diagnostics
    .map((d) => `${checked.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${renderMessage(d, locale)} [${d.code}]\n`)
    .join('');
}

function toJson(checked: Checked, locale: Locale): object {
  const { analysis } = checked;
  return {
    file: checked.file,
    legal: analysis.legal,
    diagnostics: analysis.diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: d.severity,
      code: d.code,
      message: renderMessage(d, locale),
    })),
    endpoints: analysis.endpoints.map((e) => ({ name: e.name, role: e.role, finalState: e.finalState })),
  };
}

export function run(argv: readonly string[], io: Io): number {
  let options: Options;
  try {
    options = parseArguments(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${cliMessage('usage', environmentLocale(io.env))}\n`);
    return EXIT_USAGE_OR_READ;
  }
  const locale = options.locale;
  if (options.command === 'help') {
    io.stdout(`${cliMessage('usage', locale)}\n`);
    return EXIT_LEGAL;
  }

  let readFailed = false;
  const checked: Checked[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = readSource(io, file);
    } catch (error) {
      readFailed = true;
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(`${cliMessage('cannotRead', locale, { file, reason })}\n`);
      continue;
    }
    const result: Checked = { file: file === '-' ? '<stdin>' : file, analysis: analyze(text) };
    checked.push(result);
    if (options.command === 'check' && !options.json) io.stdout(formatText(result, locale));
  }

  if (options.command === 'mermaid') {
    const only = checked[0];
    if (only) io.stdout(renderMermaid(only.analysis, locale));
  } else if (options.json) {
    io.stdout(`${JSON.stringify(checked.map((c) => toJson(c, locale)), null, 2)}\n`);
  }
  const illegal = checked.filter((c) => !c.analysis.legal).length;
  if (options.command === 'check' && io.stderrIsTty) {
    io.stderr(`${cliMessage('summary', locale, { files: checked.length, legal: checked.length - illegal, errors: illegal })}\n`);
  }
  if (readFailed) return EXIT_USAGE_OR_READ;
  return illegal > 0 ? EXIT_ILLEGAL : EXIT_LEGAL;
}

/** The whole flow, never windowed: a file is written for Mermaid tools, not for a live preview. */
function renderMermaid(analysis: Analysis, locale: Locale): string {
  return toMermaid(analysis, { locale, maxSteps: Number.MAX_SAFE_INTEGER }).source;
}

/* c8 ignore start: the process wiring is exercised by the CLI tests through the built bin */
if (require.main === module) {
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    env: process.env,
    stderrIsTty: Boolean(process.stderr.isTTY),
  };
  process.exitCode = run(process.argv.slice(2), io);
}
/* c8 ignore stop */
