// Requirement sets: an emulator limited to an older ExcelApi refuses the members above it as Office.js does
// (ApiNotFound, where the member is touched), answers isSetSupported like Office.context.requirements, and lets
// everything through when it is not limited.

import { EXCEL_API_VERSIONS } from '../src/api-set-table';
import { emulator, rejection } from './helpers';

// office.js (excel-win32-16.01.js, throwIfApiNotSupported) builds this message from L_ApiNotFoundDetails.
const NOT_AVAILABLE = 'The method or property Worksheet.customProperties is part of the ExcelApi 1.12 requirement set, which is not available in your version of Excel.';

describe('an emulator limited to ExcelApi 1.8', () => {
  it('refuses Worksheet.customProperties (ExcelApi 1.12) with ApiNotFound, and getRanges (1.9) too', async () => {
    const emu = emulator({ apiSets: { ExcelApi: '1.8' } });
    const error = await rejection(
      emu.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').customProperties.add('traguardo', '{}');
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'ApiNotFound', message: NOT_AVAILABLE, debugInfo: { errorLocation: 'Worksheet.customProperties' } });
    const areas = await rejection(emu.Excel.run(async (context) => void context.workbook.worksheets.getItem('Sheet1').getRanges('A1, B2')));
    expect(areas.code).toBe('ApiNotFound');
    expect(emu.customProperties('Sheet1')).toEqual({});
  });

  it('keeps what 1.8 has: freeze panes (1.7), tab colour (1.7), a chart axis number format (1.8)', async () => {
    const emu = emulator({ apiSets: { ExcelApi: '1.8' } });
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(2);
      sheet.tabColor = '#FF0000';
      await context.sync();
    });
    expect(emu.sheets()[0]).toMatchObject({ tabColor: '#FF0000' });
  });

  it('refuses a write needing a higher version than the read: Worksheet.visibility is read from 1.1, set from 1.2', async () => {
    const emu = emulator({ apiSets: { ExcelApi: '1.1' }, sheets: ['A', 'B'] });
    await emu.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('B');
      sheet.load('visibility');
      await context.sync();
      expect(sheet.visibility).toBe('Visible');
      expect(() => {
        sheet.visibility = 'Hidden';
      }).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  it('answers isSetSupported as Office.context.requirements would', () => {
    const { requirements } = emulator({ apiSets: { ExcelApi: '1.8', CustomFunctionsRuntime: '1.2' } });
    expect(requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi')).toBe(true);
    expect(requirements.isSetSupported('CustomFunctionsRuntime', '1.3')).toBe(false);
    expect(requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    expect(requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });
});

describe('an emulator without limits (Excel on the web)', () => {
  it('has every set and lets custom properties through', async () => {
    const emu = emulator();
    expect(emu.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    await emu.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').customProperties.add('traguardo', '{}');
      await context.sync();
    });
    expect(emu.customProperties('Sheet1')).toEqual({ traguardo: '{}' });
  });

  it('knows a requirement set for the members it emulates, from the generated table', () => {
    expect(EXCEL_API_VERSIONS.Worksheet.customProperties).toBe('1.12');
    expect(EXCEL_API_VERSIONS.Worksheet.getRanges).toBe('1.9');
    expect(EXCEL_API_VERSIONS.Worksheet.visibility).toEqual({ read: '1.1', write: '1.2' });
    expect(EXCEL_API_VERSIONS.RangeFill.color).toBe('1.1');
  });
});
