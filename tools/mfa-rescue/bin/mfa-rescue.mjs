#!/usr/bin/env node
// The `mfa-rescue` command: reads the arguments and the files, and hands each file's text to the
// widget's own journey loader compiled to wasm (../src, built into ../pkg by scripts/build-cli).
// Exit status: 0 fine, 1 a journey has problems, 2 the command line or a file is not usable.
import { readFileSync, statSync } from 'node:fs';

const USAGE = `usage: mfa-rescue check FILE...
       mfa-rescue map FILE [--lang ja|en]
       mfa-rescue --help | --version

  check   checks journey files as the widget does when it loads them; prints every
          problem with the file, the step and the field, or one "ok" line per file
  map     prints a Mermaid flowchart of every step and transition of a journey,
          outcomes styled by kind; --lang picks the labels' language (default: en)

exit status: 0 fine, 1 a journey has problems, 2 the command or a file could not be used
the journey format: docs/JOURNEYS.md (in the package: node_modules/mfa-rescue/docs/JOURNEYS.md)`;

/** One clear line on standard error and exit status 2: never a stack trace. */
class BadInput extends Error {}
const bad = (message) => {
  throw new BadInput(message);
};

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

/** The text of FILE, or a BadInput that says why there is none. */
function read(file) {
  let info;
  try {
    info = statSync(file);
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') bad(`${file}: no such file`);
    bad(`${file}: cannot be read (${e.code ?? e.message})`);
  }
  if (info.isDirectory()) bad(`${file}: is a folder; name the journey's .json file`);
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    bad(`${file}: cannot be read (${e.code ?? e.message})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    bad(`${file}: not UTF-8 text; save the journey as UTF-8 JSON`);
  }
}

/** Splits the arguments after the command into files and `--name value` options. */
function parse(args, known) {
  const files = [];
  const options = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.split(/=(.*)/s, 2);
      if (!known.includes(name)) bad(`unknown option ${name} (see mfa-rescue --help)`);
      const value = inline ?? args[++i];
      if (value === undefined) bad(`${name} needs a value (see mfa-rescue --help)`);
      options[name] = value;
    } else {
      files.push(arg);
    }
  }
  return { files, options };
}

async function core() {
  const wasm = new URL('../pkg/mfa_rescue_cli_bg.wasm', import.meta.url);
  let glue;
  let bytes;
  try {
    glue = await import('../pkg/mfa_rescue_cli.js');
    bytes = readFileSync(wasm);
  } catch {
    bad('the validator (pkg/mfa_rescue_cli_bg.wasm) is missing: run scripts/build-cli');
  }
  glue.initSync({ module: bytes });
  return glue;
}

async function main(argv) {
  if (argv.length === 0) bad('no command given (see mfa-rescue --help)');
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    console.log(version());
    return 0;
  }
  const [command, ...rest] = argv;
  const reports = [];
  if (command === 'check') {
    const { files } = parse(rest, []);
    if (files.length === 0) bad('check needs at least one FILE (see mfa-rescue --help)');
    // Every file is read before any is checked: a missing one is found at once.
    const texts = files.map((file) => [file, read(file)]);
    const { check } = await core();
    for (const [file, text] of texts) reports.push(check(file, text));
  } else if (command === 'map') {
    const { files, options } = parse(rest, ['--lang']);
    if (files.length !== 1) bad('map needs exactly one FILE (see mfa-rescue --help)');
    const lang = options['--lang'] ?? 'en';
    if (lang !== 'ja' && lang !== 'en') bad(`--lang is ja or en, not ${JSON.stringify(lang)}`);
    const text = read(files[0]);
    const { map } = await core();
    reports.push(map(files[0], text, lang));
  } else {
    bad(`unknown command ${JSON.stringify(command)}: the commands are check and map (see mfa-rescue --help)`);
  }
  let code = 0;
  for (const report of reports) {
    process.stdout.write(report.stdout);
    process.stderr.write(report.stderr);
    code = Math.max(code, report.code);
    report.free();
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof BadInput) process.stderr.write(`mfa-rescue: ${e.message}\n`);
    else process.stderr.write(`mfa-rescue: internal error, please report it: ${e?.message ?? e}\n`);
    process.exitCode = 2;
  },
);
