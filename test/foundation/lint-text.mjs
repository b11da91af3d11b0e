// Lints snippets as if they were files of the project, with its eslint.config.mjs, through ESLint's Node API.
// A separate Node process because jest's module sandbox cannot load an ES-module config. Reads
// [{ filePath, code }] as JSON on stdin and writes, for each, the rules that reported it.
import { ESLint } from 'eslint';
import { readFileSync } from 'fs';

const eslint = new ESLint({ cwd: process.cwd() });
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const reports = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  reports.push(result.messages.map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(reports));
