// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { LoginPage } from './login-page.js';

function fillAndSubmit(email: string, password: string, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }) {
  fireEvent.change(screen.getByLabelText(labels.email, { exact: false, selector: 'input' }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(labels.password, { exact: false, selector: 'input' }), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

describe('LoginPage', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('says "E-mail or password is wrong" on bad credentials, whatever better-auth answers', async () => {
    vi.stubGlobal(
      'fetch',
      stubFetch({ 'POST /api/auth/sign-in/email': [401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' }] }),
    );
    renderApp(<LoginPage />, { route: '/login' });
    fillAndSubmit('aigerim@example.org', 'wrong password');
    expect((await screen.findByRole('alert')).textContent).toBe('E-mail or password is wrong.');
  });

  it('explains throttling in Russian', async () => {
    await i18n.changeLanguage('ru');
    vi.stubGlobal('fetch', stubFetch({ 'POST /api/auth/sign-in/email': [429, { message: 'Too many requests' }] }));
    renderApp(<LoginPage />, { route: '/login' });
    fillAndSubmit('aigerim@example.org', 'whatever', { email: 'Электронная почта', password: 'Пароль', submit: 'Войти' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Слишком много попыток входа/);
  });

  it('validates the e-mail before asking the server', async () => {
    const fetch = vi.fn(stubFetch({}));
    vi.stubGlobal('fetch', fetch);
    renderApp(<LoginPage />, { route: '/login' });
    fillAndSubmit('not-an-email', 'x');
    expect(await screen.findByText('Enter an e-mail address like name@example.org.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
