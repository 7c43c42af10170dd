import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../common/config/config.js';
import { ConfigError } from '../../../common/errors.js';

describe('loadConfig', () => {
  it('starts with no configuration at all: embedded Magento, PGlite, Orama, in-process jobs', () => {
    const config = loadConfig({}, '/srv/verity');
    expect(config.embeddedMagento).toBe(true);
    expect(config.dataDir).toBe('/srv/verity/data');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.EMBEDDER).toBe('glove');
    expect(config.REDIS_KEY_PREFIX).toBe('verity');
  });

  it('uses the production backends when their URLs are set', () => {
    const config = loadConfig({
      MAGENTO_URL: 'https://shop.example.com',
      MAGENTO_TOKEN: 'integration-token',
      DATABASE_URL: 'postgres://verity@db:5432/verity',
      REDIS_URL: 'redis://redis:6379',
      QDRANT_URL: 'http://qdrant:6333',
      REDIS_KEY_PREFIX: 'shop-eu:verity',
      PORT: '8081',
      INDEX_ON_START: 'false',
    });
    expect(config.embeddedMagento).toBe(false);
    expect(config.REDIS_KEY_PREFIX).toBe('shop-eu:verity');
    expect(config.PORT).toBe(8081);
    expect(config.INDEX_ON_START).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ MAGENTO_URL: '', PORT: '' }).embeddedMagento).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: .*got "eighty"/],
    [{ PORT: '70000' }, /PORT: .*got "70000"/],
    [{ MAGENTO_URL: 'not a url', MAGENTO_TOKEN: 'x' }, /MAGENTO_URL: .*got "not a url"/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: .*got "loud"/],
    [{ EMBEDDER: 'word2vec' }, /EMBEDDER: .*got "word2vec"/],
    [{ MAGENTO_STORE_CODES: 'default, fr' }, /MAGENTO_STORE_CODES: comma-separated store view codes/],
    [{ REDIS_KEY_PREFIX: 'verity:' }, /REDIS_KEY_PREFIX: letters, digits/],
    [{ REDIS_KEY_PREFIX: 'my shop' }, /REDIS_KEY_PREFIX: letters, digits/],
  ])('rejects %j naming the variable and the value', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a secret value in the error', () => {
    const run = () => loadConfig({ VERITY_SHARED_SECRET: 'short-secret' });
    expect(run).toThrow(/VERITY_SHARED_SECRET: at least 32 characters \(got "\[redacted\]"\)/);
    expect(run).not.toThrow(/short-secret/);
  });

  it('requires the Magento token with a Magento URL', () => {
    expect(() => loadConfig({ MAGENTO_URL: 'https://shop.example.com' })).toThrow(
      /MAGENTO_TOKEN: required when MAGENTO_URL is set/,
    );
  });

  it('requires secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /VERITY_SHARED_SECRET: required in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OPERATOR_API_KEY: required in production/);
  });

  it('requires what each embedder needs', () => {
    expect(() => loadConfig({ EMBEDDER: 'openai' })).toThrow(/OPENAI_API_KEY: required when EMBEDDER=openai/);
    expect(() => loadConfig({ EMBEDDER: 'transformers' })).toThrow(/TRANSFORMERS_MODEL_DIR/);
  });
});
