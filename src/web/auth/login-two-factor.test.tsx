// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.js';
import { AppProviders } from '../layout/app-providers.js';
import { adminMe } from '../test-fixtures.js';
import { LoginPage } from './login-page.js';

type Answer = [number, unknown];

/** A server whose answers are queued per "METHOD /path" (the last one repeats); records every call. */
function server(routes: Record<string, Answer[]>) {
  const calls: { key: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${new URL(String(input), 'http://localhost').pathname}`;
    calls.push({ key, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const queue = routes[key] ?? [[404, { error: { code: 'not-found', message: key } }]];
    const [status, body] = queue.length > 1 ? queue.shift()! : queue[0]!;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

function renderLogin() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/dashboard', element: <p>Dashboard page</p> },
    ],
    { initialEntries: ['/login'] },
  );
  render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

const UNAUTHENTICATED: Answer = [401, { error: { code: 'unauthenticated', message: 'Please sign in.' } }];
const SECOND_STEP: Answer = [200, { twoFactorRedirect: true, twoFactorMethods: ['totp'] }];
const WRONG_CODE: Answer = [422, { error: { code: 'two-factor-code-invalid', message: 'This code is not right.', details: { field: 'code' } } }];

async function passPassword(labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }) {
  fireEvent.change(await screen.findByLabelText(labels.email, { exact: false, selector: 'input' }), { target: { value: 'aigerim@example.org' } });
  fireEvent.change(screen.getByLabelText(labels.password, { exact: false, selector: 'input' }), { target: { value: 'correct horse battery' } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

function typeCode(label: string, value: string, submit = 'Verify') {
  fireEvent.change(screen.getByLabelText(label, { exact: false, selector: 'input' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('LoginPage, second step', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('asks for the authenticator code after a right password, says when it is wrong, and signs in with the right one', async () => {
    const calls = server({
      'GET /api/me': [UNAUTHENTICATED, UNAUTHENTICATED, [200, adminMe]],
      'POST /api/auth/sign-in/email': [SECOND_STEP],
      'POST /api/auth/two-factor/verify-totp': [WRONG_CODE, [200, { user: { email: 'aigerim@example.org' } }]],
    });
    renderLogin();
    await passPassword();
    expect(await screen.findByRole('heading', { name: 'Two-step sign-in' })).toBeTruthy();
    typeCode('Code from the app', '123 456');
    expect(await screen.findByText(/This code is not right/)).toBeTruthy();
    typeCode('Code from the app', '654321');
    expect(await screen.findByText('Dashboard page')).toBeTruthy();
    const verifications = calls.filter((c) => c.key === 'POST /api/auth/two-factor/verify-totp').map((c) => c.body);
    expect(verifications).toEqual([{ code: '123456' }, { code: '654321' }]);
  }, 20_000);

  it('checks the format before asking the server', async () => {
    const calls = server({ 'GET /api/me': [UNAUTHENTICATED], 'POST /api/auth/sign-in/email': [SECOND_STEP] });
    renderLogin();
    await passPassword();
    await screen.findByRole('heading', { name: 'Two-step sign-in' });
    typeCode('Code from the app', '12ab');
    expect(await screen.findByText('Type the 6 digits the app shows.')).toBeTruthy();
    expect(calls.some((c) => c.key.includes('two-factor'))).toBe(false);
  });

  it('takes a recovery code instead, with or without its dash', async () => {
    const calls = server({
      'GET /api/me': [UNAUTHENTICATED, UNAUTHENTICATED, [200, adminMe]],
      'POST /api/auth/sign-in/email': [SECOND_STEP],
      'POST /api/auth/two-factor/verify-backup-code': [WRONG_CODE, [200, { user: { email: 'aigerim@example.org' } }]],
    });
    renderLogin();
    await passPassword();
    fireEvent.click(await screen.findByRole('button', { name: /use a recovery code/ }));
    typeCode('Recovery code', 'abCD1-efGH2');
    expect(await screen.findByText('This recovery code is not right, or it was already used.')).toBeTruthy();
    typeCode('Recovery code', 'ijKL3mnOP4');
    expect(await screen.findByText('Dashboard page')).toBeTruthy();
    expect(calls.filter((c) => c.key.includes('verify-backup-code')).map((c) => c.body)).toEqual([{ code: 'abCD1-efGH2' }, { code: 'ijKL3-mnOP4' }]);
  }, 20_000);

  it('sends the person back to the password, in Russian, when the challenge has ended', async () => {
    await i18n.changeLanguage('ru');
    server({
      'GET /api/me': [UNAUTHENTICATED],
      'POST /api/auth/sign-in/email': [SECOND_STEP],
      'POST /api/auth/two-factor/verify-totp': [[401, { error: { code: 'unauthenticated', message: 'Start again', details: { restart: true } } }]],
    });
    renderLogin();
    await passPassword({ email: 'Электронная почта', password: 'Пароль', submit: 'Войти' });
    await screen.findByRole('heading', { name: 'Двухэтапный вход' });
    typeCode('Код из приложения', '123456', 'Подтвердить');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Начните заново с пароля/);
    fireEvent.click(screen.getByRole('button', { name: 'Начать заново' }));
    expect(await screen.findByRole('button', { name: 'Войти' })).toBeTruthy();
    expect((screen.getByLabelText('Пароль', { exact: false, selector: 'input' }) as HTMLInputElement).value).toBe('');
  });

  it('keeps the one-step sign-in of accounts without two-step sign-in', async () => {
    const calls = server({
      'GET /api/me': [UNAUTHENTICATED, [200, adminMe]],
      'POST /api/auth/sign-in/email': [[200, { redirect: false, user: { email: 'aigerim@example.org' } }]],
    });
    renderLogin();
    await passPassword();
    expect(await screen.findByText('Dashboard page')).toBeTruthy();
    expect(calls.some((c) => c.key.includes('two-factor'))).toBe(false);
  });
});
