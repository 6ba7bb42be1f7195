import { describe, expect, it } from 'vitest';
import { DEFUSE_NAMESPACE, URL_NAMESPACE, isUuid, uuidV5 } from './uuid-v5';
import { XAPI_BASE } from './xapi-iris';

describe('uuidV5', () => {
  it('gives RFC 4122’s name-based UUIDs (the DNS namespace example)', async () => {
    expect(await uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('names Defuse’s namespace after its base IRI', async () => {
    expect(await uuidV5(URL_NAMESPACE, XAPI_BASE)).toBe(DEFUSE_NAMESPACE);
  });

  it('is the same for the same name, different for another, and refuses a namespace that is not a UUID', async () => {
    const a = await uuidV5(DEFUSE_NAMESPACE, 'answered|abc');
    expect(await uuidV5(DEFUSE_NAMESPACE, 'answered|abc')).toBe(a);
    expect(await uuidV5(DEFUSE_NAMESPACE, 'answered|abd')).not.toBe(a);
    expect(isUuid(a)).toBe(true);
    await expect(uuidV5('not-a-uuid', 'x')).rejects.toThrow('not a UUID: "not-a-uuid"');
  });
});
