import { readFile } from 'node:fs/promises';

/** The last `lineCount` lines of a log file, or a note saying why there are none; for error messages. */
export async function tailOfLog(file: string, lineCount = 40): Promise<string> {
  const lines = await readLines(file);
  if (typeof lines === 'string') {
    return lines;
  }
  return `--- last ${Math.min(lineCount, lines.length)} lines of ${file} ---\n${lines.slice(-lineCount).join('\n')}`;
}

/**
 * The first `maxMatches` lines matching `pattern`, each with the line after it, which in a Java log is the
 * exception message. A failing server logs its cause first and then pages of shutdown noise.
 */
export async function firstMatchesOfLog(file: string, pattern: RegExp, maxMatches = 3): Promise<string> {
  const lines = await readLines(file);
  if (typeof lines === 'string') {
    return lines;
  }
  const matches = lines
    .flatMap((line, index) => (pattern.test(line) ? [lines.slice(index, index + 2).join('\n')] : []))
    .slice(0, maxMatches);
  return `--- first lines matching ${pattern} in ${file} ---\n${matches.join('\n') || '(none)'}`;
}

/** The file's lines, or why it could not be read. */
async function readLines(file: string): Promise<string[] | string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n');
  } catch (error) {
    return `--- ${file}: ${(error as Error).message} ---`;
  }
}
