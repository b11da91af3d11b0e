// The requirement sets an emulated Excel supports, and the refusal Office.js gives a member above them:
// ApiNotFound, thrown where the member is touched (office.js's throwIfApiNotSupported does the same).

import { EXCEL_API_VERSIONS } from './api-set-table';
import { compareVersions } from './api-version';
import { EmulatorError, ErrorCode } from './errors';

/** The highest version of each set the emulated Excel has, e.g. { ExcelApi: '1.7' } as Excel 2019; absent sets are current. */
export interface ApiSetOptions {
  ExcelApi?: string;
  CustomFunctionsRuntime?: string;
  SharedRuntime?: string;
}

/** Sets an Excel with custom functions in a shared runtime has (Excel on the web, Microsoft 365). */
const EXCEL_SETS: ReadonlySet<string> = new Set(['ExcelApi', 'CustomFunctionsRuntime', 'SharedRuntime']);

export class ApiSets {
  private readonly limits: ReadonlyMap<string, string>;
  /** False when no set is limited: the member check is skipped altogether. */
  readonly limited: boolean;

  constructor(options: ApiSetOptions = {}) {
    this.limits = new Map(Object.entries(options).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    this.limited = this.limits.size > 0;
  }

  /** Office.context.requirements.isSetSupported: true when the set is there at `minVersion` or above. */
  isSetSupported(name: string, minVersion?: string): boolean {
    if (!EXCEL_SETS.has(name)) return false;
    const limit = this.limits.get(name);
    return limit === undefined || minVersion === undefined || compareVersions(limit, minVersion) >= 0;
  }

  /** Throws ApiNotFound, as Excel does, when `Type.member` belongs to an ExcelApi version above the limit. */
  check(typeName: string, member: string, access: 'read' | 'write'): void {
    const versions = EXCEL_API_VERSIONS[typeName]?.[member];
    if (versions === undefined) return;
    const version = typeof versions === 'string' ? versions : versions[access];
    if (this.isSetSupported('ExcelApi', version)) return;
    const api = `${typeName}.${member}`;
    throw new EmulatorError(
      ErrorCode.apiNotFound,
      `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
      api,
      404,
    );
  }
}

/** The check for an API object (its context's emulator) or a request context; nothing for other objects. */
export function requireApiSet(target: object, typeName: string, member: string, access: 'read' | 'write'): void {
  const record = target as { _context?: { _host?: { apiSets?: ApiSets } }; _host?: { apiSets?: ApiSets } };
  const apiSets = (record._context ?? record)._host?.apiSets;
  if (apiSets?.limited) apiSets.check(typeName, member, access);
}
