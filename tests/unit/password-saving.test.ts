import { describe, expect, it } from 'vitest';
import { describePasswordSaving, passwordSavingAction } from '../../utils/password-saving';

describe('password saving', () => {
  it('reads who keeps it off', () => {
    expect(describePasswordSaving({ value: false, levelOfControl: 'controlled_by_this_extension' }, true)).toEqual({ state: 'off', controlledBy: 'extension' });
    expect(describePasswordSaving({ value: false, levelOfControl: 'not_controllable' }, true)).toEqual({ state: 'off', controlledBy: 'policy' });
    expect(describePasswordSaving({ value: true, levelOfControl: 'controlled_by_other_extensions' }, true)).toEqual({ state: 'on', controlledBy: 'otherExtension', required: true });
    expect(describePasswordSaving(undefined, true)).toEqual({ state: 'unknown' });
  });

  it('turns it off when required and possible, hands control back when not required', () => {
    expect(passwordSavingAction({ value: true, levelOfControl: 'controllable_by_this_extension' }, true)).toBe('turnOff');
    expect(passwordSavingAction({ value: false, levelOfControl: 'controllable_by_this_extension' }, true)).toBe('turnOff');
    expect(passwordSavingAction({ value: false, levelOfControl: 'controlled_by_this_extension' }, true)).toBe('none');
    expect(passwordSavingAction({ value: false, levelOfControl: 'not_controllable' }, true)).toBe('none');
    expect(passwordSavingAction({ value: true, levelOfControl: 'controlled_by_other_extensions' }, true)).toBe('none');
    expect(passwordSavingAction({ value: false, levelOfControl: 'controlled_by_this_extension' }, false)).toBe('release');
  });
});
