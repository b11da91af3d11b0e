// A sheet whose four footer names all point at it, and no other name of ours, is known without asking Excel for its
// tag property; any doubt (a name elsewhere, a name missing, two tags on one sheet) sends the question.
import { sheetsTaggedByNames, type InventoryName } from '../../src/excel/inventory';

const footer = (number: number, sheet: string): InventoryName[] =>
  ['SCORE', 'DEGREE', 'STATUS', 'PAYABLE'].map((cell, index) => ({ name: `TRG_OBJ${number}_${cell}`, formula: `'${sheet}'!$B$${27 + index}` }));

describe('sheets our named items tag beyond doubt', () => {
  it('takes a sheet all four of whose footer names point at it, whatever case its name is read in', () => {
    const names = [...footer(5, 'Obiettivo 5'), ...footer(6, "L'obiettivo sei")];
    expect([...sheetsTaggedByNames(names)].sort()).toEqual(["l'obiettivo sei", 'obiettivo 5']);
  });

  it('leaves a sheet in doubt when a footer name is missing or points elsewhere', () => {
    const missing = footer(5, 'Obiettivo 5').slice(1);
    expect(sheetsTaggedByNames(missing).size).toBe(0);
    const elsewhere = footer(5, 'Obiettivo 5');
    elsewhere[2] = { ...elsewhere[2], formula: "'Riepilogo'!$B$30" };
    expect(sheetsTaggedByNames(elsewhere).has('obiettivo 5')).toBe(false);
  });

  it('leaves a sheet in doubt when names of two tags point at it', () => {
    const two = [...footer(5, 'Obiettivo 5'), ...footer(6, 'Obiettivo 5')];
    expect(sheetsTaggedByNames(two).size).toBe(0);
    const anchored = [...footer(5, 'Obiettivo 5'), { name: 'TRG_SUMMARY', formula: "'Obiettivo 5'!$A$1" }];
    expect(sheetsTaggedByNames(anchored).size).toBe(0);
  });

  it('leaves the summary and settings sheets, tagged by one name each, to their property', () => {
    const anchors = [{ name: 'TRG_SUMMARY', formula: "'Riepilogo'!$A$1" }, { name: 'TRG_SETTINGS', formula: "'Traguardo'!$A$1" }];
    expect(sheetsTaggedByNames(anchors).size).toBe(0);
  });
});
