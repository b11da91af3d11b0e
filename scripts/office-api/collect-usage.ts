// Every Office.js member the given files touch, resolved by the type checker (so `range.format.fill.color` is
// Excel.RangeFill.color), with the requirement set its @types JSDoc tag gives and the run-time checks around it.
import * as path from 'path';
import ts from 'typescript';
import { apiSetNeed, type AccessKind, type ApiSetNeed } from './api-set-tags';
import { docOf, isOfficeDeclaration, ownerName, resolvedSymbol } from './office-program';
import { runTimeGuards, type RunTimeGuard } from './run-time-guards';

export interface MemberUse {
  /** "Excel.RangeFill.color". */
  member: string;
  access: AccessKind;
  need: ApiSetNeed | null;
  /** Project-relative path, with "/" separators. */
  file: string;
  guards: RunTimeGuard[];
}

function accessKind(node: ts.Node): AccessKind {
  const parent = node.parent;
  const assigned = ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  return assigned ? 'write' : 'read';
}

/** The declarations a member access reaches: the overload a call resolved to, else every declaration (unions). */
function declarationsOf(checker: ts.TypeChecker, access: ts.Expression, symbol: ts.Symbol): readonly ts.Declaration[] {
  const call = access.parent;
  if (ts.isCallExpression(call) && call.expression === access) {
    const declaration = checker.getResolvedSignature(call)?.declaration;
    if (declaration && !ts.isJSDocSignature(declaration)) return [declaration];
  }
  return symbol.declarations ?? [];
}

/** Property names of `type` a load("a, b/c") string reaches, with the symbol each resolves to. */
function loadedSymbols(checker: ts.TypeChecker, type: ts.Type, spec: string): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  for (const item of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    let current: ts.Type | undefined = type;
    for (const name of item.split('/')) {
      const property: ts.Symbol | undefined = current?.getProperty(name);
      if (!property) break;
      found.push(property);
      const propertyType = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      // "items/name": the step after a collection's items is the item type.
      current = propertyType.getNumberIndexType() ?? propertyType;
    }
  }
  return found;
}

function loadSpecs(call: ts.CallExpression): string[] {
  const [first] = call.arguments;
  if (!first) return [];
  if (ts.isStringLiteralLike(first)) return [first.text];
  if (ts.isArrayLiteralExpression(first)) return first.elements.filter(ts.isStringLiteralLike).map((element) => element.text);
  return [];
}

export function collectMemberUses(program: ts.Program, root: string, files: readonly string[]): MemberUse[] {
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const record = (node: ts.Node, declarations: readonly ts.Declaration[], name: string, access: AccessKind, file: string) => {
    for (const declaration of declarations) {
      if (!isOfficeDeclaration(declaration)) continue;
      uses.push({ member: `${ownerName(declaration)}.${name}`, access, need: apiSetNeed(docOf(declaration), access), file, guards: runTimeGuards(node) });
    }
  };
  for (const fileName of files) {
    const source = program.getSourceFile(fileName);
    if (!source) throw new Error(`${fileName} is not in the program`);
    const file = path.relative(root, fileName).split(path.sep).join('/');
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = resolvedSymbol(checker, node.name);
        if (symbol) record(node, declarationsOf(checker, node, symbol), node.name.text, accessKind(node), file);
        const call = node.parent;
        if (node.name.text === 'load' && ts.isCallExpression(call) && call.expression === node) {
          const receiver = checker.getTypeAtLocation(node.expression);
          for (const spec of loadSpecs(call)) {
            for (const loaded of loadedSymbols(checker, receiver, spec)) record(node, loaded.declarations ?? [], loaded.name, 'read', file);
          }
        }
      } else if (ts.isElementAccessExpression(node)) {
        // obj[key] with a key typed as string literals reaches each of those members.
        const keyType = checker.getTypeAtLocation(node.argumentExpression);
        const objectType = checker.getTypeAtLocation(node.expression);
        for (const literal of keyType.isUnion() ? keyType.types : [keyType]) {
          if (!literal.isStringLiteral()) continue;
          const property = objectType.getProperty(literal.value);
          if (property) record(node, property.declarations ?? [], literal.value, accessKind(node), file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
