import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import '../../app/i18n';
import { AuthContext, LoginError } from '../../app/auth';
import { LoginForm } from './LoginForm';

function renderWith(login: (u: string, p: string) => Promise<void>) {
  const value = { session: null, me: null, loading: false, expired: false, login, logout: vi.fn() };
  // As in the app: no space inserted between two Chinese characters.
  return render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <AuthContext.Provider value={value}><LoginForm /></AuthContext.Provider>
    </ConfigProvider>,
  );
}

describe('LoginForm', () => {
  it('asks for both fields before calling the server', async () => {
    const login = vi.fn();
    renderWith(login);
    fireEvent.click(screen.getByRole('button', { name: /登录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(login).not.toHaveBeenCalled();
  });

  it('shows the server message of a refused sign-in, and a translated one for other codes', async () => {
    const login = vi.fn()
      .mockRejectedValueOnce(new LoginError('RATE_LIMITED', '登录失败次数过多，请 15 分钟后再试'))
      .mockRejectedValueOnce(new LoginError('INTERNAL', 'internal details'));
    renderWith(login);
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: ' qiye ' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: /登录/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('15 分钟'));
    expect(login).toHaveBeenCalledWith('qiye', 'x');
    await waitFor(() => expect(screen.getByRole('button', { name: /登录/ }).className).not.toContain('loading'));
    fireEvent.click(screen.getByRole('button', { name: /登录/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('服务器内部错误'));
  });
});
