// A TypeScript program over some of the project's files with the project's compiler options, and what it knows of
// the Office.js declarations (@types/office-js, @types/custom-functions-runtime, @types/office-runtime).
import * as path from 'path';
import ts from 'typescript';

const OFFICE_TYPES = /[\\/]@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;

export function createProjectProgram(root: string, files: readonly string[]): ts.Program {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  return ts.createProgram({ rootNames: [...files], options: { ...parsed.options, noEmit: true } });
}

export function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return OFFICE_TYPES.test(declaration.getSourceFile().fileName);
}

/**
 * "Excel.RangeFill" for a member of that interface, "Excel" for a function of the namespace itself,
 * "Office.onReady()" for a field of the object a function's signature spells out.
 */
export function ownerName(declaration: ts.Node): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) {
      if (node.name && !ts.isStringLiteral(node.name)) names.unshift(node.name.text);
    } else if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isMethodSignature(node)) && node.name && ts.isIdentifier(node.name)) {
      names.unshift(`${node.name.text}()`);
    }
  }
  return names.join('.');
}

/** The JSDoc text above a declaration (a variable's doc sits on its statement). */
export function docOf(declaration: ts.Node): string {
  const documented = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return ts
    .getJSDocCommentsAndTags(documented)
    .map((doc) => doc.getText())
    .join('\n');
}

/** The symbol a name resolves to, through import aliases. */
export function resolvedSymbol(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
