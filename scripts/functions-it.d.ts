// Types of scripts/functions-it.js for the TypeScript tests.
import type { Compiler } from 'webpack';

export interface ItalianFunctionNames {
  [id: string]: {
    name: string;
    description: string;
    parameters: Record<string, { name: string; description: string }>;
  };
}

export interface CustomFunctionsMetadataJson {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }>;
    result?: { type?: string; dimensionality?: string };
  }>;
  [key: string]: unknown;
}

export function buildItalianMetadata<T extends CustomFunctionsMetadataJson>(metadata: T, names: ItalianFunctionNames): T;

export class FunctionsItalianMetadataPlugin {
  constructor(options?: { input?: string; output?: string; names?: string });
  apply(compiler: Compiler): void;
}
