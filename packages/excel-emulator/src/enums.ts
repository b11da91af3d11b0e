// The enum-like objects of the Excel namespace, with Office.js's string values (Excel.ChartType.barClustered === "BarClustered").

import { guardUnemulated } from './client-object';
import { CHART_TYPES } from './charts';

/** { barClustered: "BarClustered", ... } from the values, as Office.js names its enum members. */
function enumOf(values: readonly string[]): Record<string, string> {
  const members: Record<string, string> = {};
  for (const value of values) {
    const key = /^[0-9]/.test(value) ? `_${value}` : value[0].toLowerCase() + value.slice(1);
    members[key] = value;
  }
  return members;
}

const ENUM_VALUES = {
  ChartType: CHART_TYPES,
  ChartSeriesBy: ['Auto', 'Columns', 'Rows'],
  ChartLegendPosition: ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'],
  ConditionalFormatType: ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'],
  ConditionalCellValueOperator: ['Invalid', 'Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'],
  ConditionalTextOperator: ['Invalid', 'Contains', 'NotContains', 'BeginsWith', 'EndsWith'],
  HorizontalAlignment: ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'],
  VerticalAlignment: ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'],
  SheetVisibility: ['Visible', 'Hidden', 'VeryHidden'],
  ClearApplyTo: ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'],
  BorderIndex: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'],
  BorderLineStyle: ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'],
  BorderWeight: ['Hairline', 'Thin', 'Medium', 'Thick'],
  NamedItemType: ['String', 'Integer', 'Double', 'Boolean', 'Range', 'Error', 'Array'],
  NamedItemScope: ['Worksheet', 'Workbook'],
  RangeValueType: ['Unknown', 'Empty', 'String', 'Integer', 'Double', 'Boolean', 'Error', 'RichValue'],
  RangeUnderlineStyle: ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'],
  CalculationType: ['Recalculate', 'Full', 'FullRebuild'],
  CalculationMode: ['Automatic', 'AutomaticExceptTables', 'Manual'],
} as const;

/** Excel.ErrorCodes (the codes the emulator raises are among them). */
export const EXCEL_ERROR_CODES: Readonly<Record<string, string>> = enumOf([
  'AccessDenied', 'ApiNotFound', 'Conflict', 'GeneralException', 'InsertDeleteConflict', 'InvalidArgument', 'InvalidBinding',
  'InvalidOperation', 'InvalidReference', 'InvalidSelection', 'ItemAlreadyExists', 'ItemNotFound', 'NotImplemented',
  'RangeExceedsLimit', 'RequestAborted', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded',
  'UnsupportedOperation', 'UnsupportedFeature',
]);

/** OfficeExtension.ErrorCodes the client side raises. */
export const OFFICE_EXTENSION_ERROR_CODES: Readonly<Record<string, string>> = enumOf([
  'AccessDenied', 'GeneralException', 'InvalidArgument', 'InvalidObjectPath', 'InvalidRequestContext', 'PropertyNotLoaded',
  'ValueNotLoaded', 'RunMustReturnPromise', 'ApiNotFound',
]);

export type ExcelEnums = { readonly [K in keyof typeof ENUM_VALUES]: Readonly<Record<string, string>> };

/** Every enum, each guarded so a member the emulator does not list throws "not emulated: Excel.ChartType.x". */
export function createExcelEnums(): ExcelEnums {
  const enums = {} as Record<string, Readonly<Record<string, string>>>;
  for (const [name, values] of Object.entries(ENUM_VALUES)) {
    enums[name] = guardUnemulated(Object.freeze(enumOf(values)), `Excel.${name}`);
  }
  return enums as ExcelEnums;
}
