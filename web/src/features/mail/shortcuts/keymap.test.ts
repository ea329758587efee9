import { describe, expect, it } from 'vitest';
import { commandFor } from './keymap';

const press = (key: string, target: Partial<HTMLElement> = { tagName: 'DIV', isContentEditable: false }, mods = {}) =>
  commandFor({ key, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...mods });

describe('commandFor', () => {
  it('maps the mail keys', () => {
    expect(['j', 'k', 'r', 'a', 'f', 'e', '#', 'c', '/', 's'].map((key) => press(key))).toEqual([
      'next',
      'previous',
      'reply',
      'replyAll',
      'forward',
      'archive',
      'trash',
      'compose',
      'search',
      'star',
    ]);
  });

  it('leaves typing alone', () => {
    expect(press('r', { tagName: 'INPUT', isContentEditable: false })).toBeNull();
    expect(press('r', { tagName: 'DIV', isContentEditable: true })).toBeNull();
  });

  it('leaves the browser its own shortcuts', () => {
    expect(press('r', undefined, { ctrlKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });
});
