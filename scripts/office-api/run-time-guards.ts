// Which requirement sets the code checks before an access: `if (apiSetSupported('ExcelApi', '1.12')) ...`,
// `apiSetSupported(...) ? ... : ...` or `apiSetSupported(...) && ...` around it (or Office's own isSetSupported).
import ts from 'typescript';

export interface RunTimeGuard {
  set: string;
  version: string;
}

const GUARD_NAMES = new Set(['apiSetSupported', 'isSetSupported']);

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** The checks a condition asserts when it is true: calls, possibly joined by && and in parentheses. */
function guardsIn(condition: ts.Expression): RunTimeGuard[] {
  if (ts.isParenthesizedExpression(condition)) return guardsIn(condition.expression);
  if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...guardsIn(condition.left), ...guardsIn(condition.right)];
  }
  if (!ts.isCallExpression(condition)) return [];
  const name = calleeName(condition);
  const [set, version] = condition.arguments;
  if (name === null || !GUARD_NAMES.has(name) || !set || !version || !ts.isStringLiteral(set) || !ts.isStringLiteral(version)) return [];
  return [{ set: set.text, version: version.text }];
}

/** Every set checked, on the way from `node` out to its file, before the code that contains it can run. */
export function runTimeGuards(node: ts.Node): RunTimeGuard[] {
  const guards: RunTimeGuard[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) guards.push(...guardsIn(parent.expression));
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) guards.push(...guardsIn(parent.condition));
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child) {
      guards.push(...guardsIn(parent.left));
    }
  }
  return guards;
}
