import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { errorCode, errorMessage } from './errors';
import i18n, { apply } from './i18n';

const gqlError = (code: string, message = 'server message') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('errors', () => {
  it('reads the code of the first error', () => {
    expect(errorCode(gqlError('FORBIDDEN'))).toBe('FORBIDDEN');
    expect(errorCode(gqlError('SOMETHING_NEW'))).toBe('INTERNAL');
    expect(errorCode(new CombinedError({ networkError: new Error('down') }))).toBe('NETWORK');
    expect(errorCode(undefined)).toBeNull();
  });

  it('translates by code, and keeps the server message of input errors', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorMessage(gqlError('FORBIDDEN'), i18n.t)).toBe('没有权限执行此操作');
    expect(errorMessage(gqlError('BAD_USER_INPUT', '统一社会信用代码无效'), i18n.t)).toBe('统一社会信用代码无效');
    await apply('en-US');
    expect(errorMessage(gqlError('NOT_FOUND'), i18n.t)).toBe('Not found, or not visible to you');
    expect(errorMessage(new CombinedError({ networkError: new Error('down') }), i18n.t)).toMatch(/Network error/);
    await i18n.changeLanguage('zh-CN');
  });
});
