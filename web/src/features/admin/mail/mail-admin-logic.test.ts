import { describe, expect, it } from 'vitest';
import { defaultDomain, membersRequest, splitAddress } from './mail-admin-logic';

describe('mail administration helpers', () => {
  it('split an address at its last @', () => {
    expect(splitAddress('zhangwei@example.com')).toEqual({ localPart: 'zhangwei', domain: 'example.com' });
    expect(splitAddress('"odd@local"@example.com')).toEqual({ localPart: '"odd@local"', domain: 'example.com' });
    expect(splitAddress('nodomain')).toEqual({ localPart: 'nodomain', domain: '' });
  });

  it('find the default domain, or none', () => {
    expect(
      defaultDomain([
        { name: 'a.example', isDefault: false },
        { name: 'b.example', isDefault: true },
      ]),
    ).toBe('b.example');
    expect(defaultDomain([])).toBeUndefined();
    expect(defaultDomain(undefined)).toBeUndefined();
  });

  it('leave names out of a members request', () => {
    const members = [
      { kind: 'PERSON' as const, id: 'p1', name: '张伟', role: 'MANAGER' as const },
      { kind: 'DEPARTMENT' as const, id: 'd1', name: '人事部', role: 'READER' as const },
    ];
    expect(membersRequest(members)).toEqual([
      { kind: 'PERSON', id: 'p1', role: 'MANAGER' },
      { kind: 'DEPARTMENT', id: 'd1', role: 'READER' },
    ]);
  });
});
