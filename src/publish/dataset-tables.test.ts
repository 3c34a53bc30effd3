import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/dataset-index.ts';
import { makeFactsheet, makeFactsheetV2 } from '../testing/data-generators.ts';
import { PUBLISHED_TABLES } from './dataset-tables.ts';

describe('PUBLISHED_TABLES', () => {
  it('have an id first, then uniquely named snake_case columns, each described', () => {
    for (const table of PUBLISHED_TABLES) {
      const names = table.columns.map((column) => column.name);
      expect(names[0]).toBe('id');
      expect(new Set(names).size).toBe(names.length);
      for (const column of table.columns) {
        expect(column.name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
        expect(column.description.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('give every row one cell per column, for a format-1 and a format-2 sheet', () => {
    for (const data of [makeFactsheet(), makeFactsheetV2()]) {
      const index = buildIndex(data);
      for (const table of PUBLISHED_TABLES) {
        for (const row of table.rows(index)) expect(row).toHaveLength(table.columns.length);
      }
    }
  });

  it('fill in every column the format requires', () => {
    const index = buildIndex(makeFactsheet());
    for (const table of PUBLISHED_TABLES) {
      table.columns.forEach((column, at) => {
        if (!column.required) return;
        for (const row of table.rows(index)) expect(row[at], `${table.name}.${column.name}`).not.toBe('');
      });
    }
  });
});
