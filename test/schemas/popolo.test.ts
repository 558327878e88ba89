import { describe, expect, it } from 'vitest';
import { popoloSchemaNames, popoloValidator } from './popolo.js';

describe('the vendored Popolo schemas, read through the draft-03 adapter', () => {
  const check = popoloValidator();

  it('loads every schema the export uses, with their references resolved', () => {
    for (const name of ['person', 'organization', 'membership', 'post', 'event', 'motion', 'vote_event', 'vote', 'count']) expect(popoloSchemaNames).toContain(name);
    expect(check('person', { id: 'plenum:person/1', name: '林晓东', gender: 'male' })).toEqual([]);
  });

  it('keeps what the published text requires: required fields, patterns, formats, nested references', () => {
    expect(check('count', { option: 'yes' })).toEqual(["count must have required property 'value'"]);
    expect(check('event', { start_date: '2025-01-09T01:00:00Z' })).toEqual([]);
    expect(check('event', { start_date: '2025-01-09T09:00:00+08:00' })).toHaveLength(1);
    expect(check('motion', { date: 'yesterday' })).toEqual(['motion/date must match format "date-time"']);
    expect(check('vote_event', { counts: [{ option: 'yes', value: 1.5 }] })).toEqual(['vote_event/counts/0/value must be integer']);
  });
});
