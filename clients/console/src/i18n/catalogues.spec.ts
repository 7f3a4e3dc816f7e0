import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from './en.json';
import es from './es.json';
import { initialLocale } from './index';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function has(tree: object, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the English and Spanish catalogues', () => {
  it('have the same keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('leave no Spanish message empty', () => {
    expect(
      keys(es).filter(
        (key) =>
          !has(es, key) ||
          key
            .split('.')
            .reduce<any>((n, p) => n[p], es)
            .trim() === '',
      ),
    ).toEqual([]);
  });

  it('hold every literal key the screens ask for', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sources(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !has(en, key))).toEqual([]);
  });

  it('translate every message, but for the words Spanish shares with English', () => {
    const value = (tree: object, key: string) => key.split('.').reduce<any>((node, part) => node[part], tree);
    // The product name, each language's own name, and words OMniLeads' Spanish agents use as they are.
    const shared = [
      'app.name',
      'locale.en',
      'locale.es',
      'nav.agenda',
      'preview.title',
      'supervision.type.PREVIEW',
      // The acronym and the unit symbol are the same in Spanish.
      'admin.destination.type.IVR',
      'admin.audio.seconds',
    ];
    expect(keys(en).filter((key) => value(en, key) === value(es, key))).toEqual(shared);
  });

  it('name every agent state, registration state and connection status', () => {
    for (const state of ['DIALING', 'OFFLINE', 'ON_CALL', 'PAUSED', 'READY', 'RINGING', 'UNAVAILABLE']) {
      expect(has(es, `status.state.${state}`)).toBe(true);
    }
    for (const state of ['registering', 'registered', 'unregistered', 'failed']) {
      expect(has(es, `webphone.registration.${state}`)).toBe(true);
    }
  });
});

describe('initialLocale', () => {
  it('takes the stored choice, else the first browser language we have, else English', () => {
    expect(initialLocale('es', ['en-US'])).toBe('es');
    expect(initialLocale(null, ['fr-FR', 'es-AR', 'en'])).toBe('es');
    expect(initialLocale(null, ['de-DE'])).toBe('en');
    expect(initialLocale('xx', [])).toBe('en');
  });
});
