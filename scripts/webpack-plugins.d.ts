// Types of scripts/webpack-plugins.js, for the tests that import it.
import type { Compiler } from 'webpack';

export declare class EntrypointsManifestPlugin {
  constructor(options: { filename: string });
  apply(compiler: Compiler): void;
}

export declare class ForbiddenModulesPlugin {
  constructor(options: { entries: string[]; packages: string[] });
  apply(compiler: Compiler): void;
}
